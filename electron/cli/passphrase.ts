import { createInterface } from 'node:readline';
import { readSmallText } from './io';

export const PASSPHRASE_ENV = 'CLINIC_ASSESSOR_PASSPHRASE';

/** Asks on the terminal without echoing what is typed. */
function prompt(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const mute = rl as unknown as { _writeToOutput: (s: string) => void };
    process.stderr.write(question);
    mute._writeToOutput = () => undefined;
    rl.question('', (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}

/** A passphrase kept in a file: its text without the final line break. */
export async function passphraseFromFile(file: string): Promise<string> {
  return (await readSmallText(file, 'passphrase file')).replace(/\r?\n$/, '');
}

/**
 * The passphrase from CLINIC_ASSESSOR_PASSPHRASE, a --passphrase-file, or a prompt on a
 * terminal; never from an argument, where other users could read it in the process list.
 */
export async function readPassphrase(
  passphraseFile: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | undefined> {
  if (env[PASSPHRASE_ENV]) return env[PASSPHRASE_ENV];
  if (passphraseFile) return passphraseFromFile(passphraseFile);
  if (process.stdin.isTTY) return prompt('Passphrase: ');
  return undefined;
}

import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';

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

/**
 * The passphrase from CLINIC_ASSESSOR_PASSPHRASE, a --passphrase-file, or a prompt on a
 * terminal; never from an argument, where other users could read it in the process list.
 */
export async function readPassphrase(passphraseFile: string | undefined, env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  if (env[PASSPHRASE_ENV]) return env[PASSPHRASE_ENV];
  if (passphraseFile) return (await readFile(passphraseFile, 'utf8')).replace(/\r?\n$/, '');
  if (process.stdin.isTTY) return prompt('Passphrase: ');
  return undefined;
}

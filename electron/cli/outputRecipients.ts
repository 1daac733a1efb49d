/**
 * Who a written file is for. Named on the command line with --recipient PUBKEY_FILE
 * (repeatable: each firm public key) and --passphrase-recipient FILE (the passphrase in
 * FILE); otherwise, for merge, the same recipients its inputs had, never fewer kinds.
 */
import type { BundleHeader } from '../../shared/bundle/bundleFormat';
import { isPassphrase, isPublicKey } from '../../shared/bundle/recipients';
import type { RecipientSpec } from '../../shared/bundle/writeBundle';
import { deriveKeyBytes } from '../../shared/crypto/kdf';
import { CliError } from './io';
import { publicKeyFile, type OpeningKey } from './keys';
import { passphraseFromFile } from './passphrase';

export interface RecipientOptions {
  recipient?: string[];
  passphraseRecipient?: string;
}

export interface OutputRecipients {
  specs: RecipientSpec[];
  /** In words, for the line that says what was written: "passphrase", "firm key 3f2a … ("Northwind")". */
  words: string[];
}

const passphraseSpec = (passphrase: string): RecipientSpec => ({
  type: 'passphrase',
  passphrase,
  derive: deriveKeyBytes,
});

/** The recipients named with --recipient and --passphrase-recipient, or undefined when none were. */
export async function namedRecipients(options: RecipientOptions): Promise<OutputRecipients | undefined> {
  const files = options.recipient ?? [];
  if (!files.length && !options.passphraseRecipient) return undefined;
  const result: OutputRecipients = { specs: [], words: [] };
  for (const file of files) {
    const key = await publicKeyFile(file);
    result.specs.push({ type: 'public-key', publicKey: key.publicKey });
    result.words.push(`firm key ${key.fingerprint} ("${key.name}")`);
  }
  if (options.passphraseRecipient) {
    const passphrase = await passphraseFromFile(options.passphraseRecipient);
    if (!passphrase) throw new CliError(`The passphrase file ${options.passphraseRecipient} is empty.`);
    result.specs.push(passphraseSpec(passphrase));
    result.words.push(`passphrase (from ${options.passphraseRecipient})`);
  }
  return result;
}

const NAME_THEM = 'say who the merged file is for with --recipient PUBKEY_FILE and/or --passphrase-recipient FILE';

/**
 * The recipients of the inputs, again: their firm keys (whose public half this merge
 * holds only for the --key it opened them with) and their passphrase (known only when
 * they were opened with it). Anything it cannot seal for again stops the merge.
 */
export function inputRecipients(inputs: { file: string; header: BundleHeader }[], key: OpeningKey): OutputRecipients {
  const result: OutputRecipients = { specs: [], words: [] };
  const seen = new Set<string>();
  for (const { file, header } of inputs) {
    for (const r of header.recipients) {
      const id = isPassphrase(r) ? 'passphrase' : isPublicKey(r) ? r.keyId : `other:${r.type}`;
      if (seen.has(id)) continue;
      seen.add(id);
      if (isPassphrase(r)) {
        if (key.type !== 'passphrase')
          throw new CliError(`${file} also opens with a passphrase, which --key does not give: ${NAME_THEM}.`);
        result.specs.push(passphraseSpec(key.passphrase));
        result.words.push('passphrase (the one that opened the inputs)');
      } else if (isPublicKey(r)) {
        if (key.type !== 'private-key' || key.fingerprint !== r.keyId)
          throw new CliError(
            `${file} is also sealed for the firm key ${r.keyId}, whose public key this merge does not hold: ${NAME_THEM}.`,
          );
        result.specs.push({ type: 'public-key', publicKey: key.publicKey });
        result.words.push(`firm key ${r.keyId} (the one that opened the inputs)`);
      } else {
        throw new CliError(
          `${file} is also sealed for a "${r.type}" recipient this version cannot write: ${NAME_THEM}.`,
        );
      }
    }
  }
  return result;
}

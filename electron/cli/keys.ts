/** The key files a command is given: the firm's private key to open, public keys to write for, a signing key to sign with. */
import {
  KeyFileError,
  readPrivateKeyFile,
  readPublicKeyFile,
  type FirmPublicKey,
} from '../../shared/bundle/firmKeyFiles';
import type { UnlockKey } from '../../shared/bundle/readBundle';
import { readSigningKeyFile, type SigningKey } from '../../shared/bundle/signingKeyFile';
import { BundleError } from '../../shared/bundle/bundleErrors';
import { deriveKeyBytes } from '../../shared/crypto/kdf';
import { CliError, needPassphrase, readSmallText, type Io } from './io';
import { passphraseFromFile } from './passphrase';

/** How the inputs open: a passphrase, or the firm private key file (then its fingerprint is known). */
export type OpeningKey = UnlockKey & { fingerprint?: string };

/** A key file problem, prefixed with the file it is about; exit 2, as for a bad assessment file. */
async function keyFile<T>(file: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof KeyFileError || error instanceof BundleError)
      throw new CliError(`${file}: ${error.message}`, 2);
    throw error;
  }
}

/** The firm's private key file, opened with the usual passphrase. */
export async function firmPrivateKeyFile(file: string, io: Io) {
  const text = await readSmallText(file, 'private key file');
  const passphrase = await needPassphrase(io, 'the private key file');
  return keyFile(file, () => readPrivateKeyFile(text, passphrase, deriveKeyBytes));
}

export async function openingKey(keyFileName: string | undefined, io: Io): Promise<OpeningKey> {
  if (!keyFileName) return { type: 'passphrase', passphrase: await needPassphrase(io), derive: deriveKeyBytes };
  const key = await firmPrivateKeyFile(keyFileName, io);
  return { type: 'private-key', privateKey: key.privateKey, publicKey: key.publicKey, fingerprint: key.fingerprint };
}

export async function publicKeyFile(file: string): Promise<FirmPublicKey> {
  const text = await readSmallText(file, 'public key file');
  return keyFile(file, () => readPublicKeyFile(text));
}

/** The signing key file, opened with --sign-passphrase-file when given, else the usual passphrase. */
export async function signingKey(file: string, passphraseFile: string | undefined, io: Io): Promise<SigningKey> {
  const text = await readSmallText(file, 'signing key file');
  const passphrase = passphraseFile
    ? await passphraseFromFile(passphraseFile)
    : await needPassphrase(io, 'the signing key file');
  return keyFile(file, () => readSigningKeyFile(text, passphrase, deriveKeyBytes));
}

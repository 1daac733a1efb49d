/**
 * `keygen`: the firm's key pair (firm.capub to hand out, firm.cakey sealed with the
 * passphrase), or with --signing an assessor's signing key (signing.casign, sealed the
 * same way) and the line that trusts it.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import {
  privateKeyFileText,
  publicKeyFileText,
  PRIVATE_KEY_EXTENSION,
  PUBLIC_KEY_EXTENSION,
  type KeyEndorsement,
} from '../../shared/bundle/firmKeyFiles';
import { SIGNING_KEY_EXTENSION, signingKeyFileText } from '../../shared/bundle/signingKeyFile';
import { utf8 } from '../../shared/crypto/bytes';
import { generateKeyPair, keyFingerprint, type EcKeyPair } from '../../shared/crypto/p256Keys';
import { deriveKeyBytes } from '../../shared/crypto/kdf';
import { CliError, makeFolder, needPassphrase, writeOutput, type Io } from './io';
import { trustLine } from './trustFile';

async function refuseExisting(files: string[], command = 'keygen'): Promise<void> {
  for (const file of files) {
    const there = await stat(file).then(
      () => true,
      () => false,
    );
    if (there) throw new CliError(`${file} exists already; ${command} never overwrites a key.`);
  }
}

/** The firm key files a new pair goes to in DIR; refuses when either is there already. */
export async function firmKeyFiles(
  outDir: string,
  command: string,
): Promise<{ publicFile: string; privateFile: string }> {
  const files = {
    publicFile: path.join(outDir, `firm.${PUBLIC_KEY_EXTENSION}`),
    privateFile: path.join(outDir, `firm.${PRIVATE_KEY_EXTENSION}`),
  };
  await refuseExisting([files.publicFile, files.privateFile], command);
  return files;
}

/** Writes a new firm key pair (endorsed by the key it replaces, after a rotation) and wipes its private key. */
export async function writeFirmKeyPair(
  files: { publicFile: string; privateFile: string },
  outDir: string,
  name: string,
  pair: EcKeyPair,
  passphrase: string,
  endorsement?: KeyEndorsement,
): Promise<void> {
  await makeFolder(outDir);
  await writeOutput(
    files.privateFile,
    utf8(await privateKeyFileText(name, pair, passphrase, deriveKeyBytes, undefined, endorsement)),
  );
  await writeOutput(files.publicFile, utf8(await publicKeyFileText({ name, publicKey: pair.publicKey, endorsement })));
  pair.privateKey.fill(0);
}

export async function keygen(outDir: string, name: string, io: Io): Promise<void> {
  const passphrase = await needPassphrase(io, 'the new private key');
  const { publicFile, privateFile } = await firmKeyFiles(outDir, 'keygen');
  const pair = await generateKeyPair('ecdh');
  await writeFirmKeyPair({ publicFile, privateFile }, outDir, name, pair, passphrase);
  io.out(
    `Wrote ${publicFile} (hand this to assessors) and ${privateFile} (keep it; it opens only with its passphrase).`,
  );
  io.out(`Fingerprint: ${await keyFingerprint(pair.publicKey)}`);
}

export async function keygenSigning(outDir: string, name: string, io: Io): Promise<void> {
  const passphrase = await needPassphrase(io, 'the new signing key');
  const file = path.join(outDir, `signing.${SIGNING_KEY_EXTENSION}`);
  await refuseExisting([file]);
  const pair = await generateKeyPair('ecdsa');
  await makeFolder(outDir);
  await writeOutput(file, utf8(await signingKeyFileText(name, pair, passphrase, deriveKeyBytes)));
  pair.privateKey.fill(0);
  const fingerprint = await keyFingerprint(pair.publicKey);
  io.out(`Wrote ${file} (keep it; it signs only with its passphrase: merge --sign ${file}).`);
  io.out(`Fingerprint: ${fingerprint}`);
  io.out(`Trust line (for the firm's trusted-signers file): ${trustLine(fingerprint, name)}`);
}

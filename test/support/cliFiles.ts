/** Real assessment and key files for the command-line tests, sealed with the cheapest KDF the format allows. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildBundleContent, type BundleRecords } from '../../shared/bundle/bundleContent';
import { privateKeyFileText, publicKeyFileText } from '../../shared/bundle/firmKeyFiles';
import { signingKeyFileText } from '../../shared/bundle/signingKeyFile';
import { sealBundle, type RecipientSpec, type SignerSpec } from '../../shared/bundle/writeBundle';
import { utf8 } from '../../shared/crypto/bytes';
import { generateKeyPair, keyFingerprint, type EcKeyPair } from '../../shared/crypto/p256Keys';
import { deriveKeyBytes } from '../../shared/crypto/kdf';
import { sampleRecords } from '../../shared/sample/sampleRecords';
import { cheapKdf } from './bundleTestKit';

export const byPassphrase = (passphrase: string): RecipientSpec => ({
  type: 'passphrase',
  passphrase,
  derive: deriveKeyBytes,
  kdf: cheapKdf(),
});
export const byFirmKey = (pair: EcKeyPair): RecipientSpec => ({ type: 'public-key', publicKey: pair.publicKey });

let sample: BundleRecords | undefined;

/** The sample clinic sealed into `dir/name` for the recipients given, signed when a signer is. */
export async function writeSample(
  dir: string,
  name: string,
  recipients: RecipientSpec[],
  signer?: SignerSpec,
): Promise<string> {
  sample ??= await sampleRecords('cli-test', '2026-11-28');
  const file = path.join(dir, name);
  await writeFile(
    file,
    await sealBundle(utf8(JSON.stringify(buildBundleContent(sample, { kind: 'all' }, 'cli-test', ''))), {
      recipients,
      ...(signer ? { signer } : {}),
    }),
  );
  return file;
}

/** A firm key pair as `dir/NAME.capub` and `dir/NAME.cakey` (opened with `passphrase`). */
export async function writeFirmKey(dir: string, name: string, passphrase: string) {
  const pair = await generateKeyPair('ecdh');
  const publicFile = path.join(dir, `${name}.capub`);
  const privateFile = path.join(dir, `${name}.cakey`);
  await writeFile(publicFile, await publicKeyFileText({ name, publicKey: pair.publicKey }));
  await writeFile(privateFile, await privateKeyFileText(name, pair, passphrase, deriveKeyBytes, cheapKdf()));
  return { pair, publicFile, privateFile, fingerprint: await keyFingerprint(pair.publicKey) };
}

/** An assessor's signing key: the pair, as a signer for sealBundle, and as `dir/FILE.casign`. */
export async function writeSigningKey(dir: string, file: string, name: string, passphrase: string) {
  const pair = await generateKeyPair('ecdsa');
  const keyFile = path.join(dir, `${file}.casign`);
  await writeFile(keyFile, await signingKeyFileText(name, pair, passphrase, deriveKeyBytes, cheapKdf()));
  const signer: SignerSpec = { name, privateKey: pair.privateKey, publicKey: pair.publicKey };
  return { signer, keyFile, fingerprint: await keyFingerprint(pair.publicKey) };
}

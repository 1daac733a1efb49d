/**
 * The firm's key commands: `revoke` (the signed list of revoked signer keys),
 * `rotate-key` (a new firm key pair endorsed by the old one), and the `--revoked` check
 * that `verify` and `inspect` run before their own work.
 */
import { mkdir, open as openFile, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { MAC_BYTES, MAX_HEADER_BYTES, PREAMBLE_BYTES } from '../../shared/bundle/bundleFormat';
import { endorseKey, privateKeyFileText, PRIVATE_KEY_EXTENSION, publicKeyFileText, PUBLIC_KEY_EXTENSION, readPrivateKeyFile, readPublicKeyFile, type FirmPublicKey } from '../../shared/bundle/keyFiles';
import { parseBundle } from '../../shared/bundle/readBundle';
import { findRevocation, nextRevocationList, readRevocationList, revocationListText, RevocationError, revokedSignerSentence, type TrustedFirmKey } from '../../shared/bundle/revocationList';
import { fromBase64, fromUtf8, utf8 } from '../../shared/crypto/bytes';
import { generateKeyPair, keyFingerprint } from '../../shared/crypto/ecKeys';
import { deriveKeyBytes } from '../../shared/crypto/kdf';
import { writeFileAtomic } from '../ipc/atomicWrite';
import { CliError, type Io } from './commands';

async function readText(file: string): Promise<string> {
  try {
    return fromUtf8(new Uint8Array(await readFile(file)));
  } catch (error) {
    throw new CliError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'it is not readable UTF-8 text'}.`);
  }
}

async function passphraseFor(io: Io, what: string): Promise<string> {
  const passphrase = await io.passphrase();
  if (!passphrase) throw new CliError(`No passphrase for ${what}: set CLINIC_ASSESSOR_PASSPHRASE, pass --passphrase-file, or run on a terminal to be asked.`);
  return passphrase;
}

const firmPrivateKey = async (file: string, io: Io) => readPrivateKeyFile(await readText(file), await passphraseFor(io, 'the private key file'), deriveKeyBytes);

/** A firm key and the key it replaced (its endorsement checked when the key file was read): both sign for the firm. */
function chainOf(key: FirmPublicKey): TrustedFirmKey[] {
  return key.endorsement ? [key, key.endorsement] : [key];
}

export interface RevokeOptions {
  key: string;
  out: string;
  list?: string | undefined;
  fingerprint: string;
  name?: string | undefined;
  reason: string;
}

/** Adds a signer key to the firm's revocation list (a new one, or the next number of --list), signed with the firm key. */
export async function revoke(options: RevokeOptions, io: Io): Promise<void> {
  const firm = await firmPrivateKey(options.key, io);
  const previous = options.list ? await readRevocationList(await readText(options.list), chainOf(firm)) : undefined;
  const list = await nextRevocationList(previous, firm, { fingerprint: options.fingerprint, name: options.name ?? '', reason: options.reason });
  await writeFileAtomic(options.out, utf8(await revocationListText(list, firm)));
  firm.privateKey.fill(0);
  io.out(`Wrote ${options.out}: revocation list number ${list.sequence}, ${list.revoked.length} revoked key(s), signed by the firm key ${firm.fingerprint}.`);
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** A new firm key pair in DIR, endorsed by the old one, its key file under the same passphrase; never overwrites. */
export async function rotateKey(options: { key: string; out: string; name?: string | undefined }, io: Io): Promise<void> {
  const publicFile = path.join(options.out, `firm.${PUBLIC_KEY_EXTENSION}`);
  const privateFile = path.join(options.out, `firm.${PRIVATE_KEY_EXTENSION}`);
  for (const file of [publicFile, privateFile]) if (await exists(file)) throw new CliError(`${file} exists already; rotate-key never overwrites a key.`);
  const old = await firmPrivateKey(options.key, io);
  const next = await generateKeyPair('ecdh');
  const endorsement = await endorseKey(old, next.publicKey);
  old.privateKey.fill(0);
  const name = options.name ?? old.name;
  await mkdir(options.out, { recursive: true });
  await writeFileAtomic(privateFile, utf8(await privateKeyFileText(name, next, await passphraseFor(io, 'the new private key'), deriveKeyBytes, undefined, endorsement)));
  await writeFileAtomic(publicFile, utf8(await publicKeyFileText({ name, publicKey: next.publicKey, endorsement })));
  next.privateKey.fill(0);
  io.out(`Wrote ${publicFile} (hand this to assessors: it says it replaces ${old.fingerprint}, endorsed by it) and ${privateFile} (same passphrase as the old key file).`);
  io.out(`Fingerprint: ${await keyFingerprint(next.publicKey)}. Keep ${options.key}: files sent to the old key open only with it.`);
}

/** The header of an assessment file, read without the rest of it. */
async function headerOf(file: string) {
  let handle;
  try {
    handle = await openFile(file, 'r');
  } catch (error) {
    throw new CliError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'it is not readable'}.`);
  }
  try {
    const buffer = new Uint8Array(PREAMBLE_BYTES + MAX_HEADER_BYTES + MAC_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, buffer.byteLength, 0);
    return parseBundle(buffer.subarray(0, bytesRead)).header;
  } finally {
    await handle.close();
  }
}

export interface RevokedCheckOptions {
  revoked: string;
  /** The firm's private key file… */
  key?: string | undefined;
  /** …or its public key file: the list must be signed by this key or the one it replaced. */
  firm?: string | undefined;
}

/** Refuses (exit 2) a file whose signer is on the firm's revocation list; says which list was checked otherwise. */
export async function refuseRevokedSigner(file: string, options: RevokedCheckOptions, io: Io): Promise<void> {
  if (!options.key && !options.firm) throw new CliError('--revoked needs the firm key that signed the list: --key FIRM.cakey or --firm FIRM.capub.');
  const header = await headerOf(file);
  const firm = options.firm ? await readPublicKeyFile(await readText(options.firm)) : await firmPrivateKey(options.key ?? '', io);
  const list = await readRevocationList(await readText(options.revoked), chainOf(firm));
  if (header.signer) {
    const signer = { name: header.signer.name, fingerprint: await keyFingerprint(fromBase64(header.signer.publicKey)) };
    const entry = findRevocation(list, signer.fingerprint);
    if (entry) throw new RevocationError(revokedSignerSentence(signer, entry));
  }
  io.out(`Revocations: ${header.signer ? 'the signer is not' : 'the file is not signed, so nobody is'} on revocation list number ${list.sequence} of ${list.firm.name || 'the firm'}, issued ${list.issued.slice(0, 10)}.`);
}

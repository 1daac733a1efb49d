/**
 * The firm's key commands: `revoke` (the signed list of revoked signer keys),
 * `rotate-key` (a new firm key pair endorsed by the old one), and the `--revoked` check
 * that `verify` and `inspect` run before their own work.
 */
import { endorseKey, type FirmPublicKey } from '../../shared/bundle/firmKeyFiles';
import { parseBundle } from '../../shared/bundle/readBundle';
import {
  findRevocation,
  nextRevocationList,
  readRevocationList,
  revocationListText,
  RevocationError,
  revokedSignerSentence,
  type TrustedFirmKey,
} from '../../shared/bundle/revocationList';
import { fromBase64, utf8 } from '../../shared/crypto/bytes';
import { generateKeyPair, keyFingerprint } from '../../shared/crypto/p256Keys';
import { headBytes } from './inspect';
import { CliError, inputSize, needPassphrase, readSmallText, writeOutput, type Io } from './io';
import { firmKeyFiles, writeFirmKeyPair } from './keygen';
import { firmPrivateKeyFile, publicKeyFile } from './keys';
import { openFailure } from './openInput';
import { count } from '../../shared/model/plural';

/** A revocation list problem, prefixed with its file; exit 2, as for a bad assessment file. */
async function revocationList(file: string, trusted: TrustedFirmKey[]) {
  const text = await readSmallText(file, 'revocation list');
  try {
    return await readRevocationList(text, trusted);
  } catch (error) {
    if (error instanceof RevocationError) throw new CliError(`${file}: ${error.message}`, 2);
    throw error;
  }
}

/** A firm key and the key it replaced (its endorsement checked when the key file was read): both sign for the firm. */
export function chainOf(key: FirmPublicKey): TrustedFirmKey[] {
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
  const firm = await firmPrivateKeyFile(options.key, io);
  const previous = options.list ? await revocationList(options.list, chainOf(firm)) : undefined;
  let list;
  try {
    list = await nextRevocationList(previous, firm, {
      fingerprint: options.fingerprint,
      name: options.name ?? '',
      reason: options.reason,
    });
  } catch (error) {
    if (error instanceof RevocationError) throw new CliError(error.message);
    throw error;
  }
  await writeOutput(options.out, utf8(await revocationListText(list, firm)));
  firm.privateKey.fill(0);
  io.out(
    `Wrote ${options.out}: revocation list number ${list.sequence}, ${count(list.revoked.length, 'revoked key')}, signed by the firm key ${firm.fingerprint}.`,
  );
}

/** A new firm key pair in DIR, endorsed by the old one, its key file under the same passphrase; never overwrites. */
export async function rotateKey(
  options: { key: string; out: string; name?: string | undefined },
  io: Io,
): Promise<void> {
  const { publicFile, privateFile } = await firmKeyFiles(options.out, 'rotate-key');
  const old = await firmPrivateKeyFile(options.key, io);
  const next = await generateKeyPair('ecdh');
  const endorsement = await endorseKey(old, next.publicKey);
  old.privateKey.fill(0);
  const name = options.name ?? old.name;
  const nextPublic = next.publicKey;
  await writeFirmKeyPair(
    { publicFile, privateFile },
    options.out,
    name,
    next,
    await needPassphrase(io, 'the new private key'),
    endorsement,
  );
  io.out(
    `Wrote ${publicFile} (hand this to assessors: it says it replaces ${old.fingerprint}, endorsed by it) and ${privateFile} (same passphrase as the old key file).`,
  );
  io.out(
    `Fingerprint: ${await keyFingerprint(nextPublic)}. Keep ${options.key}: files sent to the old key open only with it.`,
  );
}

/** The header of an assessment file, read without the rest of it. */
async function headerOf(file: string) {
  const size = await inputSize(file);
  try {
    return parseBundle(await headBytes(file, size)).header;
  } catch (error) {
    throw openFailure(file, error);
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
  if (!options.key && !options.firm)
    throw new CliError('--revoked needs the firm key that signed the list: --key FIRM.cakey or --firm FIRM.capub.');
  const header = await headerOf(file);
  const firm = options.firm ? await publicKeyFile(options.firm) : await firmPrivateKeyFile(options.key ?? '', io);
  const list = await revocationList(options.revoked, chainOf(firm));
  if (header.signer) {
    const signer = { name: header.signer.name, fingerprint: await keyFingerprint(fromBase64(header.signer.publicKey)) };
    const entry = findRevocation(list, signer.fingerprint);
    if (entry) throw new CliError(`${file}: ${revokedSignerSentence(signer, entry)}`, 2);
  }
  io.out(
    `Revocations: ${header.signer ? 'the signer is not' : 'the file is not signed, so nobody is'} on revocation list number ${list.sequence} of ${list.firm.name || 'the firm'}, issued ${list.issued.slice(0, 10)}.`,
  );
}

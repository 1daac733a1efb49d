/**
 * The firm's signed list of revoked signer keys (`.carevoked`, SPEC.md "Revocation
 * lists"). The body is JSON carried as base64 and the signature covers those exact
 * bytes, so no canonical JSON is needed. It is signed with the firm's P-256 key used as
 * ECDSA, under its own context string; readers accept it only from a firm key they
 * trust, and never a list older than the one they hold.
 */
import { z } from 'zod';
import { concatBytes, fromBase64, fromUtf8, isBase64, toBase64, utf8 } from '../crypto/bytes';
import {
  importPrivateKey,
  importPublicKey,
  keyFingerprint,
  PUBLIC_KEY_BYTES,
  signBytes,
  verifyBytes,
  type EcKeyPair,
} from '../crypto/p256Keys';

export const REVOCATION_LIST_EXTENSION = 'carevoked';
const LIST_CONTEXT = utf8('clinic-assessor revocation list v1');
export const MAX_REVOCATION_FILE_CHARS = 1024 * 1024;
export const MAX_REVOKED_KEYS = 2000;
const FINGERPRINT = /^([0-9a-f]{4} ){7}[0-9a-f]{4}$/;

const isoTime = z
  .string()
  .max(40)
  .refine((v) => !Number.isNaN(Date.parse(v)), 'not a date');
const fingerprint = z.string().regex(FINGERPRINT);

const revokedKey = z.strictObject({
  fingerprint,
  name: z.string().max(200),
  revokedAt: isoTime,
  reason: z.string().max(500),
});
const listBody = z.strictObject({
  firm: z.strictObject({ name: z.string().max(200), publicKey: z.string().max(100).refine(isBase64), fingerprint }),
  issued: isoTime,
  sequence: z
    .number()
    .int()
    .min(1)
    .max(2 ** 31),
  revoked: z.array(revokedKey).max(MAX_REVOKED_KEYS),
});
const listFile = z.strictObject({
  format: z.literal('clinic-assessor-revocations'),
  version: z.literal(1),
  list: z.string().max(MAX_REVOCATION_FILE_CHARS).refine(isBase64),
  signature: z.string().max(100).refine(isBase64),
});

export type RevokedKey = z.infer<typeof revokedKey>;
export type RevocationList = z.infer<typeof listBody>;

/** A revocation list that is not one, does not check out, or may not be used: the message says which. */
export class RevocationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RevocationError';
  }
}

/** A fingerprint as typed or pasted (any case, spaces or none) in its usual form, or undefined. */
export function normalFingerprint(text: string): string | undefined {
  const hex = text.replace(/\s+/g, '').toLowerCase();
  return /^[0-9a-f]{32}$/.test(hex) ? (hex.match(/.{4}/g) ?? []).join(' ') : undefined;
}

/** The list with one more revoked key, numbered one past the previous list, issued by the given firm key. */
export async function nextRevocationList(
  previous: RevocationList | undefined,
  firm: { name: string; publicKey: Uint8Array },
  entry: { fingerprint: string; name: string; reason: string },
  now = new Date(),
): Promise<RevocationList> {
  const fp = normalFingerprint(entry.fingerprint);
  if (!fp)
    throw new RevocationError('A key fingerprint is 32 hexadecimal digits, as shown in Settings (like "1a2b 3c4d …").');
  if (!entry.reason.trim())
    throw new RevocationError('Say why the key is revoked: the reason is shown to everyone whose import it stops.');
  const already = previous?.revoked.find((r) => r.fingerprint === fp);
  if (already) throw new RevocationError(`The key ${fp} is already revoked, since ${already.revokedAt.slice(0, 10)}.`);
  if ((previous?.revoked.length ?? 0) >= MAX_REVOKED_KEYS)
    throw new RevocationError(`A revocation list holds at most ${MAX_REVOKED_KEYS} keys.`);
  const revoked = [
    ...(previous?.revoked ?? []),
    {
      fingerprint: fp,
      name: entry.name.trim().slice(0, 200),
      revokedAt: now.toISOString(),
      reason: entry.reason.trim().slice(0, 500),
    },
  ];
  return {
    firm: {
      name: firm.name.slice(0, 200),
      publicKey: toBase64(firm.publicKey),
      fingerprint: await keyFingerprint(firm.publicKey),
    },
    issued: now.toISOString(),
    sequence: (previous?.sequence ?? 0) + 1,
    revoked,
  };
}

/** The `.carevoked` file text: the list signed with the firm key pair it names. */
export async function revocationListText(list: RevocationList, firm: EcKeyPair): Promise<string> {
  if (list.firm.publicKey !== toBase64(firm.publicKey))
    throw new RevocationError('The revocation list names another firm key than the one signing it.');
  const body = utf8(JSON.stringify(listBody.parse(list)));
  const signature = await signBytes(await importPrivateKey('ecdsa', firm.privateKey), concatBytes(LIST_CONTEXT, body));
  return `${JSON.stringify({ format: 'clinic-assessor-revocations', version: 1, list: toBase64(body), signature: toBase64(signature) }, null, 2)}\n`;
}

const notAList = 'This is not a Clinic Assessor revocation list, or it is damaged.';

/** The list and its signed bytes, with no signature check: for a list this installation already verified and kept. */
export function decodeRevocationList(text: string): { list: RevocationList; body: Uint8Array; signature: Uint8Array } {
  if (text.length > MAX_REVOCATION_FILE_CHARS)
    throw new RevocationError('This is not a Clinic Assessor revocation list: it is far too large.');
  try {
    const file = listFile.parse(JSON.parse(text.trim()));
    const body = fromBase64(file.list);
    const list = listBody.parse(JSON.parse(fromUtf8(body)));
    if (new Set(list.revoked.map((r) => r.fingerprint)).size === list.revoked.length)
      return { list, body, signature: fromBase64(file.signature) };
  } catch {
    // Said below, in one sentence.
  }
  throw new RevocationError(notAList);
}

export interface TrustedFirmKey {
  publicKey: Uint8Array;
  fingerprint: string;
}

/**
 * A revocation list checked from end to end: well formed, signed by one of the firm keys
 * given (the firm key adopted, the firm key pair held, earlier keys of a rotation), and
 * not older than the list held (`heldSequence`).
 */
export async function readRevocationList(
  text: string,
  trusted: TrustedFirmKey[],
  heldSequence = 0,
): Promise<RevocationList> {
  const { list, body, signature } = decodeRevocationList(text);
  const firmKey = fromBase64(list.firm.publicKey);
  if (
    firmKey.byteLength !== PUBLIC_KEY_BYTES ||
    (await keyFingerprint(firmKey)) !== list.firm.fingerprint ||
    signature.byteLength !== 64
  )
    throw new RevocationError(notAList);
  if (!trusted.some((k) => k.fingerprint === list.firm.fingerprint)) {
    throw new RevocationError(
      `This revocation list is signed by the key ${list.firm.fingerprint} (${list.firm.name || 'unnamed'}), which is not a firm key you hold or were given, so it was not used.`,
    );
  }
  let valid = false;
  try {
    valid = await verifyBytes(await importPublicKey('ecdsa', firmKey), signature, concatBytes(LIST_CONTEXT, body));
  } catch {
    valid = false;
  }
  if (!valid)
    throw new RevocationError('This revocation list was altered after the firm signed it, so it was not used.');
  if (list.sequence < heldSequence)
    throw new RevocationError(
      `This revocation list is number ${list.sequence}, older than number ${heldSequence} already held, so it was not used.`,
    );
  return list;
}

export function findRevocation(list: RevocationList | undefined, fingerprint: string): RevokedKey | undefined {
  return list?.revoked.find((r) => r.fingerprint === fingerprint);
}

/** Why a file signed by a revoked key is refused, in one sentence. */
export function revokedSignerSentence(signer: { name: string; fingerprint: string }, entry: RevokedKey): string {
  const reason = entry.reason.replace(/[.\s]+$/, '');
  return `This file is signed by ${signer.name || entry.name || 'an unnamed assessor'} (key ${signer.fingerprint}), whose key the firm revoked on ${entry.revokedAt.slice(0, 10)} (reason: ${reason}), so it is refused.`;
}

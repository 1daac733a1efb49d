/**
 * The signed content pack file (`.capack`, SPEC.md "Content packs"): a small JSON
 * envelope carrying the pack's content (shared/reference/contentPack.ts) as base64 of its
 * exact JSON bytes, the firm key that signed it, and an ECDSA P-256 SHA-256 signature
 * over a context string and those bytes, so no canonical JSON is needed.
 *
 * A reader accepts a pack only from a firm key it trusts, or from a newer firm key that a
 * trusted one endorsed (the rotation chain, firmKeyFiles.ts). The content is parsed only
 * after the signature holds, and its size is bounded before anything is parsed. A pack
 * of a lower version than the one in force is refused: the firm numbers its packs, and
 * going back means the firm issuing the older standard again under a higher number.
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
import { packContent, type ActivePack, type PackContent } from '../reference/contentPack';
import { endorsementHolds, type KeyEndorsement } from './firmKeyFiles';
import type { TrustedFirmKey } from './revocationList';
import { count } from '../model/plural';
import { validateStandards } from '../rules/standardConditions';

export const PACK_EXTENSION = 'capack';
/** A pack with the whole KEV catalogue is about 2 MB; anything far larger is not a pack. */
export const MAX_PACK_FILE_BYTES = 16 * 1024 * 1024;
const PACK_CONTEXT = utf8('clinic-assessor content pack v1');
const FINGERPRINT = /^([0-9a-f]{4} ){7}[0-9a-f]{4}$/;
const b64 = (max: number) => z.string().max(max).refine(isBase64);

const signerField = z.strictObject({
  name: z.string().max(200),
  publicKey: b64(100),
  fingerprint: z.string().regex(FINGERPRINT),
  /** When the signing key replaced an earlier firm key: that key's endorsement of it. */
  endorsement: z
    .strictObject({ publicKey: b64(100), fingerprint: z.string().regex(FINGERPRINT), signature: b64(100) })
    .optional(),
});

const packEnvelope = z.strictObject({
  format: z.literal('clinic-assessor-content-pack'),
  version: z.literal(1),
  /** The content's JSON, as base64 of its exact UTF-8 bytes. */
  content: b64(MAX_PACK_FILE_BYTES),
  signer: signerField,
  /** ECDSA P-256 SHA-256, r || s, over PACK_CONTEXT || the content bytes. */
  signature: b64(100),
});

/** A pack file that is not one, does not check out, or may not be used: the message says which, in one sentence. */
export class PackError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackError';
  }
}

/** A pack whose signature and content checked out. */
export interface VerifiedPack {
  pack: ActivePack & { signedBy: { name: string; fingerprint: string } };
  /** The file text, as kept by the installation that took it in. */
  text: string;
  /** The key that signed it was not trusted itself but endorsed by one that is. */
  endorsedBy?: string;
}

/** "profile.standards[2].severity" from a zod issue's path. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}${out ? '.' : ''}${String(key)}`),
    '',
  );
}

/** One sentence naming the first bad field of pack content and what is wrong with it. */
export function contentIssueSentence(error: z.ZodError, what = 'The pack'): string {
  const issue = error.issues[0];
  if (!issue) return `${what} is not valid.`;
  const where = fieldPath(issue.path);
  const why = issue.message.replace(/[.\s]+$/, '');
  return where ? `${what} has a bad field ${where}: ${why}.` : `${what} is not valid: ${why}.`;
}

/** The content, checked against the schema; a bad field is named in one sentence. */
export function checkedPackContent(input: unknown, what = 'The pack'): PackContent {
  const parsed = packContent.safeParse(input);
  if (!parsed.success) throw new PackError(contentIssueSentence(parsed.error, what));
  // A standard naming a field its records do not have would never be met: refused here, not ignored later.
  const [problem] = validateStandards(parsed.data.profile);
  if (problem) throw new PackError(`${what} has a standard the app cannot check. ${problem}`);
  return parsed.data;
}

/** The firm key pair that signs a pack, with the endorsement by the key it replaced when it has one. */
export interface PackSigner extends EcKeyPair {
  name: string;
  endorsement?: KeyEndorsement | undefined;
}

/** The `.capack` file text of the content, signed with the firm key pair. */
export async function packFileText(content: PackContent, firm: PackSigner): Promise<string> {
  const body = utf8(JSON.stringify(checkedPackContent(content)));
  if (body.byteLength * 1.4 > MAX_PACK_FILE_BYTES)
    throw new PackError(`The pack would be ${Math.round(body.byteLength / 1048576)} MiB, over the 16 MiB limit.`);
  const signature = await signBytes(await importPrivateKey('ecdsa', firm.privateKey), concatBytes(PACK_CONTEXT, body));
  const endorsement = firm.endorsement && {
    publicKey: toBase64(firm.endorsement.publicKey),
    fingerprint: firm.endorsement.fingerprint,
    signature: toBase64(firm.endorsement.signature),
  };
  const envelope: z.infer<typeof packEnvelope> = {
    format: 'clinic-assessor-content-pack',
    version: 1,
    content: toBase64(body),
    signer: {
      name: firm.name.slice(0, 200),
      publicKey: toBase64(firm.publicKey),
      fingerprint: await keyFingerprint(firm.publicKey),
      ...(endorsement ? { endorsement } : {}),
    },
    signature: toBase64(signature),
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

const notAPack = 'This is not a Clinic Assessor content pack, or it is damaged.';

function envelopeOf(text: string): z.infer<typeof packEnvelope> {
  if (text.length > MAX_PACK_FILE_BYTES)
    throw new PackError('This is not a Clinic Assessor content pack: it is over the 16 MiB limit.');
  let raw: unknown;
  try {
    raw = JSON.parse(text.trim());
  } catch {
    throw new PackError(notAPack);
  }
  const parsed = packEnvelope.safeParse(raw);
  if (!parsed.success) throw new PackError(notAPack);
  return parsed.data;
}

/** Whether the signer is trusted here, or endorsed by a key that is; the endorsing key's fingerprint when so. */
async function signerTrust(
  signer: z.infer<typeof signerField>,
  publicKey: Uint8Array,
  trusted: TrustedFirmKey[],
): Promise<{ endorsedBy?: string } | undefined> {
  if (trusted.some((k) => k.fingerprint === signer.fingerprint)) return {};
  const e = signer.endorsement;
  if (!e || !trusted.some((k) => k.fingerprint === e.fingerprint)) return undefined;
  const endorsement = {
    publicKey: fromBase64(e.publicKey),
    fingerprint: e.fingerprint,
    signature: fromBase64(e.signature),
  };
  return (await endorsementHolds(endorsement, publicKey)) ? { endorsedBy: e.fingerprint } : undefined;
}

/**
 * A pack checked from end to end: well formed, signed by a firm key trusted here (or one
 * a trusted key endorsed), its content valid, and not older than `heldVersion`.
 */
export async function readPackFile(text: string, trusted: TrustedFirmKey[], heldVersion = 0): Promise<VerifiedPack> {
  const envelope = envelopeOf(text);
  const { signer } = envelope;
  const publicKey = fromBase64(signer.publicKey);
  const signature = fromBase64(envelope.signature);
  if (
    publicKey.byteLength !== PUBLIC_KEY_BYTES ||
    signature.byteLength !== 64 ||
    (await keyFingerprint(publicKey)) !== signer.fingerprint
  )
    throw new PackError(notAPack);
  const trust = await signerTrust(signer, publicKey, trusted);
  if (!trust)
    throw new PackError(
      `This content pack is signed by the key ${signer.fingerprint} (${signer.name || 'unnamed'}), which is not a firm key you hold or were given, so it was not used.`,
    );
  const body = fromBase64(envelope.content);
  let valid = false;
  try {
    valid = await verifyBytes(await importPublicKey('ecdsa', publicKey), signature, concatBytes(PACK_CONTEXT, body));
  } catch {
    valid = false;
  }
  if (!valid) throw new PackError('This content pack was altered after the firm signed it, so it was not used.');
  let raw: unknown;
  try {
    raw = JSON.parse(fromUtf8(body));
  } catch {
    throw new PackError('This content pack is signed but its content is not readable JSON, so it was not used.');
  }
  const content = checkedPackContent(raw, 'This content pack');
  if (content.version < heldVersion)
    throw new PackError(
      `This content pack is version ${content.version}, older than version ${heldVersion} in force, so it was not used.`,
    );
  return {
    pack: { content, signedBy: { name: signer.name, fingerprint: signer.fingerprint } },
    text,
    ...(trust.endorsedBy ? { endorsedBy: trust.endorsedBy } : {}),
  };
}

/** What a pack carries, counted: for the CLI's `pack verify` and the Settings preview. */
export function packCounts(content: PackContent) {
  return {
    standards: content.profile.standards.length,
    addressRanges: content.profile.addressPlan.length,
    agents: content.profile.requiredAgents.length,
    tunedRules: content.profile.severityTuning.length,
    osProducts: content.osLifecycle.length,
    bandwidthWorkloads: content.bandwidth.length,
    kevEntries: content.kev?.vulnerabilities.length ?? 0,
  };
}

/** What a pack carries, in words: "3 minimum standards, 4 address ranges, 2 required agents, 1,245 KEV entries". */
export function packCarries(content: PackContent): string {
  const c = packCounts(content);
  const parts = [
    count(c.standards, 'minimum standard'),
    count(c.addressRanges, 'address range'),
    count(c.agents, 'required agent'),
    count(c.tunedRules, 'tuned rule'),
    ...(c.osProducts ? [count(c.osProducts, 'OS lifecycle entry', 'OS lifecycle entries')] : []),
    ...(c.bandwidthWorkloads ? [count(c.bandwidthWorkloads, 'bandwidth workload')] : []),
    content.kev
      ? `${count(c.kevEntries, 'KEV entry', 'KEV entries')} (catalogue ${content.kev.catalogVersion}, released ${content.kev.dateReleased.slice(0, 10)})`
      : 'no KEV catalogue',
  ];
  return parts.join(', ');
}

/**
 * The one place where the command line decides what it says about a file's signer:
 * unsigned, signed by a key nobody vouched for (no list given, or not on it), or by a
 * key on the trusted-signers list. `verify` and `inspect` both print this verdict, and
 * `--require-trusted` fails on anything but 'trusted'.
 *
 * Revocation hooks in here: a `revoked` list in VerdictContext and a 'revoked' state
 * checked before 'trusted' (a revoked key is never trusted, whatever the trust list).
 */
import { fromBase64 } from '../../shared/crypto/bytes';
import { keyFingerprint } from '../../shared/crypto/p256Keys';
import type { BundleHeader } from '../../shared/bundle/bundleFormat';
import { CliError } from './io';
import type { TrustList } from './trustFile';

export interface Signer {
  name: string;
  fingerprint: string;
}

export type SignerState = 'unsigned' | 'unverified' | 'untrusted' | 'trusted';

export interface VerdictContext {
  trust?: TrustList;
  /** verify checked the signature; inspect only read what the header claims. */
  signatureChecked: boolean;
}

export interface SignerVerdict {
  state: SignerState;
  line: string;
}

/** The signer a header names, before any check: for inspect. */
export async function claimedSigner(header: BundleHeader): Promise<Signer | undefined> {
  return header.signer
    ? { name: header.signer.name, fingerprint: await keyFingerprint(fromBase64(header.signer.publicKey)) }
    : undefined;
}

export function signerVerdict(signer: Signer | undefined, context: VerdictContext): SignerVerdict {
  if (!signer) return { state: 'unsigned', line: 'not signed' };
  const who = `signed by "${signer.name}" (key ${signer.fingerprint}), ${context.signatureChecked ? 'signature valid' : 'signature not checked (verify checks it)'}`;
  const { trust } = context;
  if (!trust)
    return {
      state: 'unverified',
      line: `${who}; signer unverified: no trusted-signers list given (--trust FILE), and the name is only what the signer wrote`,
    };
  const listed = trust.names.get(signer.fingerprint);
  if (listed === undefined)
    return {
      state: 'untrusted',
      line: `${who}; NOT in the trusted list ${trust.file}: the name is only what the signer wrote`,
    };
  return { state: 'trusted', line: `${who}; TRUSTED (listed in ${trust.file} as "${listed}")` };
}

/** --require-trusted: exit 2 unless the file is signed by a listed key. */
export function requireTrusted(file: string, verdict: SignerVerdict): void {
  if (verdict.state === 'trusted') return;
  if (verdict.state === 'unsigned')
    throw new CliError(`${file} is not signed, and --require-trusted asks for a trusted signer.`, 2);
  throw new CliError(`${file} is not signed by a trusted key (--require-trusted): ${verdict.line}.`, 2);
}

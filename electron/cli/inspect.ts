/** `inspect`: what the header says, with no secret; reads only the preamble, header and MAC. */
import { open } from 'node:fs/promises';
import {
  MAC_BYTES,
  MAX_HEADER_BYTES,
  PREAMBLE_BYTES,
  SIGNATURE_BYTES,
  TAG_BYTES,
} from '../../shared/bundle/bundleFormat';
import { parseBundle } from '../../shared/bundle/readBundle';
import { isPassphrase, isPublicKey } from '../../shared/bundle/recipients';
import { inputSize, type Io } from './io';
import { openFailure } from './openInput';
import { claimedSigner, requireTrusted, signerVerdict } from './signerVerdict';
import type { TrustList } from './trustFile';
import { count } from '../../shared/model/plural';

export interface TrustOptions {
  trust?: TrustList;
  requireTrusted?: boolean;
}

/** The file's first bytes, at most what a header can take. */
export async function headBytes(file: string, size: number): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const bytes = new Uint8Array(Math.min(size, PREAMBLE_BYTES + MAX_HEADER_BYTES + MAC_BYTES));
    let done = 0;
    while (done < bytes.byteLength) {
      const { bytesRead } = await handle.read(bytes, done, bytes.byteLength - done, done);
      if (!bytesRead) break;
      done += bytesRead;
    }
    return bytes.subarray(0, done);
  } finally {
    await handle.close();
  }
}

export async function inspect(file: string, options: TrustOptions, io: Io): Promise<void> {
  const size = await inputSize(file);
  let parsed;
  try {
    parsed = parseBundle(await headBytes(file, size));
  } catch (error) {
    throw openFailure(file, error);
  }
  const { version, header } = parsed;
  const headerEnd = parsed.authenticated.byteLength + MAC_BYTES;
  const payload = Math.max(0, size - headerEnd - (header.signer ? SIGNATURE_BYTES : 0));
  io.out(`Clinic Assessor assessment file, format ${version.major}.${version.minor}`);
  io.out(`Created: ${header.created}`);
  io.out(
    `Size: ${size} bytes, payload ${payload} bytes in ${count(Math.max(1, Math.ceil(payload / (header.chunkBytes + TAG_BYTES))), 'chunk')}`,
  );
  for (const r of header.recipients) {
    if (isPassphrase(r))
      io.out(
        `Recipient: passphrase (Argon2id, ${Math.round(r.kdf.memoryKiB / 1024)} MiB, ${r.kdf.iterations} passes, parallelism ${r.kdf.parallelism})`,
      );
    else if (isPublicKey(r)) io.out(`Recipient: public key ${r.keyId} (ECDH P-256)`);
    else io.out(`Recipient: ${r.type} (unknown to this version, skipped)`);
  }
  const verdict = signerVerdict(await claimedSigner(header), { trust: options.trust, signatureChecked: false });
  io.out(`Signer: ${verdict.line}`);
  if (options.requireTrusted) requireTrusted(file, verdict);
}

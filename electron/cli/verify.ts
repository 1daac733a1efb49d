/** `verify` and `export-json`: open a file, check everything, say what it holds. */
import type { BundleContent, BundleRecords } from '../../shared/bundle/bundleContent';
import { entityNouns, entityTypes } from '../../shared/model/entities';
import { count, countOrNo } from '../../shared/model/plural';
import { CliError, MAX_CONTENT_BYTES, sizeWords, type Io } from './io';
import { openingKey } from './keys';
import { openContents, openInput } from './openInput';
import { requireTrusted, signerVerdict } from './signerVerdict';
import type { TrustOptions } from './inspect';
import { issuedVerdicts, type IssuedReport } from './issuedVerdicts';

export interface OpenOptions {
  /** A firm private key file: inputs open with it (its passphrase comes from the usual sources). */
  key?: string;
}

/** What a file holds, in words: "1 clinic, 2 assessments, 13 devices, …, no findings". */
export function countLine(records: BundleRecords): string {
  return entityTypes.map((t) => countOrNo(records[t].length, entityNouns[t])).join(', ');
}

/**
 * Checks every chunk and the signature as the file streams by. The records are counted
 * only when the file is small enough to hold (MAX_CONTENT_BYTES); a larger file is
 * checked all the same, in memory of about one chunk, and the line says it was not counted.
 * Each issued assessment it holds gets a line: revision, reviewer, signer key, and whether
 * its signature holds over its content (a bad signature fails the file, exit 2).
 */
export async function verify(file: string, options: OpenOptions & TrustOptions, io: Io): Promise<void> {
  const key = await openingKey(options.key, io);
  const { info, plainBytes, content, blobs } = await openInput(file, key, { maySkip: true });
  const verdict = signerVerdict(info.signer, { trust: options.trust, signatureChecked: true });
  let what: string;
  let issued: IssuedReport = { lines: [], badSignature: false };
  if (content) {
    what = `exported ${content.manifest.created}; ${countLine(content.records)}; ${evidenceLine(content, blobs)}`;
    issued = await issuedVerdicts(content.records);
  } else {
    what = `records not counted: the content is ${sizeWords(plainBytes)}, more than the ${sizeWords(MAX_CONTENT_BYTES)} verify reads as records`;
  }
  io.out(`OK: every chunk decrypted and checked; ${verdict.line}; ${what}.`);
  for (const line of issued.lines) io.out(line);
  if (issued.badSignature) throw new CliError(`${file} holds an issued assessment whose signature does not verify.`, 2);
  if (options.requireTrusted) requireTrusted(file, verdict);
}

/** What the file says of its evidence bytes: how many, checked, or that they were left out. */
export function evidenceLine(content: BundleContent, blobs: { count: number; bytes: number }): string {
  if (content.manifest.evidenceLeftOut) return 'photos and files left out';
  return `${count(blobs.count, 'evidence file')} (${sizeWords(blobs.bytes)}) checked against their SHA-256`;
}

export async function exportJson(file: string, options: OpenOptions, io: Io): Promise<void> {
  const [opened] = await openContents([file], await openingKey(options.key, io), 'export-json');
  if (!opened) throw new CliError('export-json needs a FILE.');
  const carried = opened.content.manifest.blobs?.length ?? 0;
  // The evidence bytes are not JSON: the output says so where a reader of it looks.
  const note = carried
    ? { evidenceBytes: `left out: the ${count(carried, 'photo or file', 'photos and files')} the file carries` }
    : {};
  io.out(JSON.stringify({ ...opened.content, ...note }, null, 2));
}

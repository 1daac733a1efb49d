/**
 * What the page asks the assessment-file worker to seal or open with. The file itself
 * passes in pieces through callbacks the page lends the worker (bundlePipe.ts).
 */
import type { BundleContent } from '../../shared/bundle/bundleContent';
import type { BundleInfo } from '../../shared/bundle/readBundle';
import type { SignerSpec } from '../../shared/bundle/writeBundle';

export type WorkerRecipient =
  { type: 'passphrase'; passphrase: string } | { type: 'public-key'; publicKey: Uint8Array };
export type WorkerKey =
  { type: 'passphrase'; passphrase: string } | { type: 'private-key'; privateKey: Uint8Array; publicKey: Uint8Array };

export type SealTask = { op: 'seal'; content: BundleContent; recipients: WorkerRecipient[]; signer?: SignerSpec };

export interface OpenedContent {
  content: BundleContent;
  info: BundleInfo;
}

/** The page writes each sealed piece; the worker waits for the write before it sends the next (backpressure). */
export type WritePiece = (piece: Uint8Array<ArrayBuffer>) => Promise<void>;
/** The page reads the file's next piece, or null at its end. */
export type PullPiece = () => Promise<Uint8Array | null>;

/** Sealed bytes the worker gathers into one piece for the page to write. */
export const PIECE_BYTES = 1024 * 1024;

/** The page reads the next piece of the evidence bytes with this SHA-256, or null at their end. */
export type PullBlob = (sha256: string) => Promise<Uint8Array | null>;
/** The page stages the next piece of the evidence bytes with this SHA-256; null: they ended (resolves once stored). */
export type StageBlob = (sha256: string, piece: Uint8Array | null) => Promise<void>;

/**
 * The records of a file are read as one text, and a browser's text stops short of 512 MiB:
 * the limit of a file's JSON part, not of its evidence bytes, which stream to the database.
 */
export const MAX_IMPORT_BYTES = 500 * 1024 * 1024;

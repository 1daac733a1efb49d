/**
 * What the page asks the assessment-file worker to do, and what comes back. The file
 * itself passes in pieces: sealing, the worker posts each piece and waits for the page
 * to say it was written ('ack') before running ahead; opening, the worker asks for each
 * piece ('pull') and the page answers with the next piece of the file, or null at its end.
 */
import type { BundleContent } from '../../shared/bundle/bundleContent';
import type { BundleInfo } from '../../shared/bundle/readBundle';
import type { SignerSpec } from '../../shared/bundle/writeBundle';

export type WorkerRecipient =
  { type: 'passphrase'; passphrase: string } | { type: 'public-key'; publicKey: Uint8Array };
export type WorkerKey =
  { type: 'passphrase'; passphrase: string } | { type: 'private-key'; privateKey: Uint8Array; publicKey: Uint8Array };

export type SealTask = { op: 'seal'; content: BundleContent; recipients: WorkerRecipient[]; signer?: SignerSpec };
export type OpenTask = { op: 'open'; size: number; key: WorkerKey };
export type BundleTask = SealTask | OpenTask;

/** What the page sends while a task runs. */
export type PageMessage = { kind: 'ack' } | { kind: 'chunk'; bytes: Uint8Array | null };

export interface OpenedContent {
  content: BundleContent;
  info: BundleInfo;
}

export type WorkerMessage =
  | { kind: 'progress'; label: string; done: number; total: number }
  | { kind: 'piece'; bytes: Uint8Array<ArrayBuffer> }
  | { kind: 'pull' }
  | { kind: 'sealed'; bytesWritten: number }
  | { kind: 'opened'; result: OpenedContent }
  | { kind: 'error'; message: string; code?: string };

/** Sealed bytes the worker gathers into one piece for the page to write. */
export const PIECE_BYTES = 1024 * 1024;
/** Pieces posted but not yet written that the worker allows before it waits. */
export const PIECES_IN_FLIGHT = 2;

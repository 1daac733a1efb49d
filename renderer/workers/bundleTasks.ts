/** What the page asks the assessment-file worker to do, and what comes back. */
import type { BundleContent } from '../../shared/bundle/bundleContent';
import type { BundleInfo } from '../../shared/bundle/readBundle';
import type { SignerSpec } from '../../shared/bundle/writeBundle';

export type WorkerRecipient = { type: 'passphrase'; passphrase: string } | { type: 'public-key'; publicKey: Uint8Array };
export type WorkerKey = { type: 'passphrase'; passphrase: string } | { type: 'private-key'; privateKey: Uint8Array; publicKey: Uint8Array };

export type BundleTask =
  | { op: 'seal'; content: BundleContent; recipients: WorkerRecipient[]; signer?: SignerSpec }
  | { op: 'open'; bytes: Uint8Array; key: WorkerKey };

export interface OpenedContent {
  content: BundleContent;
  info: BundleInfo;
}

export type WorkerMessage =
  | { kind: 'progress'; label: string; done: number; total: number }
  | { kind: 'sealed'; bytes: Uint8Array<ArrayBuffer> }
  | { kind: 'opened'; result: OpenedContent }
  | { kind: 'error'; message: string; code?: string };

/**
 * Runs in Chromium with the app's file bridge: the app's own export and import path
 * (bundleFileIo.ts: the assessment-file worker, a piece at a time through the chunked
 * file handles) on a portfolio. Exposed as `window.benchAppExchange`.
 */
import { buildBundleContent, type BundleContent } from '../../../shared/bundle/bundleContent';
import { generateKeyPair } from '../../../shared/crypto/p256Keys';
import {
  chooseBundle,
  chooseBundleTarget,
  openChosenBundle,
  sealBundleTo,
} from '../../../renderer/features/exchange/bundleFileIo';
import { appBundleIo } from '../../../renderer/features/exchange/appBundleIo';
import { portfolioRecords, recordCount } from '../../support/bundleFixture';

let prepared: { content: BundleContent; firm: { publicKey: Uint8Array; privateKey: Uint8Array } } | undefined;

const benchAppExchange = {
  /** Builds the records before anything is measured; answers how many there are. */
  async prepare(clinics: number, total: number): Promise<number> {
    const records = await portfolioRecords(clinics, total);
    prepared = {
      content: buildBundleContent(records, { kind: 'all' }, 'bench-laptop', 'Bench assessor'),
      firm: await generateKeyPair('ecdh'),
    };
    return recordCount(records);
  },
  async exportFile(): Promise<{ ms: number; bytes: number }> {
    if (!prepared) throw new Error('prepare first');
    const start = performance.now();
    const target = await chooseBundleTarget(appBundleIo.files, 'portfolio.cabundle');
    if (!target) throw new Error('the save dialog was cancelled');
    const saved = await sealBundleTo(
      appBundleIo.worker,
      target,
      {
        op: 'seal',
        content: prepared.content,
        recipients: [{ type: 'public-key', publicKey: prepared.firm.publicKey }],
      },
      () => undefined,
    );
    return { ms: performance.now() - start, bytes: saved.bytesWritten };
  },
  async importFile(): Promise<{ ms: number; records: number }> {
    if (!prepared) throw new Error('prepare first');
    const start = performance.now();
    const chosen = await chooseBundle(appBundleIo.files);
    if (!chosen) throw new Error('the open dialog was cancelled');
    const opened = await openChosenBundle(
      appBundleIo.worker,
      chosen,
      { type: 'private-key', ...prepared.firm },
      () => undefined,
    );
    return { ms: performance.now() - start, records: recordCount(opened.content.records) };
  },
};

(window as unknown as { benchAppExchange: typeof benchAppExchange }).benchAppExchange = benchAppExchange;

/** Makes a report PDF (one clinic's, or the portfolio) in a fresh Web Worker, with progress and cancel. */
import { transfer } from 'comlink';
import { entityTypes } from '../../shared/model/entities';
import type { ReportApi, ReportTask } from './report.worker';
import { progressFor, runInWorker, type Progress } from './runInWorker';

const RECORDS_PER_PART = 250;

const makeWorker = () => new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module', name: 'report' });

export function reportInWorker(
  task: ReportTask,
  onProgress: Progress,
  signal?: AbortSignal,
): Promise<Uint8Array<ArrayBuffer>> {
  return runInWorker<ReportApi, Uint8Array<ArrayBuffer>>(
    makeWorker,
    async (api, lend) => {
      if (task.kind === 'clinic') {
        // The photos' bytes move to the worker rather than being copied: up to 60 MB.
        const buffers = [...(task.photos?.bytes.values() ?? [])].map((b) => b.buffer as ArrayBuffer);
        return api.clinic(transfer(task, [...new Set(buffers)]), lend(progressFor(onProgress)));
      }
      // A portfolio's records go over a few hundred at a time, so the page never stalls on one big copy.
      for (const type of entityTypes) {
        const list = task.records[type];
        for (let i = 0; i < list.length; i += RECORDS_PER_PART)
          await api.addRecords(type, list.slice(i, i + RECORDS_PER_PART));
      }
      return api.portfolio(task.reportDate, lend(progressFor(onProgress)), task.pack);
    },
    { signal },
  );
}

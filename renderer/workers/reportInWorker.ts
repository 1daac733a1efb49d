/** Makes a report PDF (one clinic's, or the portfolio) in a fresh Web Worker, with progress and cancel. */
import type { ReportMessage, ReportPart, ReportTask } from './report.worker';
import { entityTypes } from '../../shared/model/entities';
import { runInWorker, WorkerTaskError, type InParts, type Progress } from './runInWorker';

const RECORDS_PER_PART = 250;

/** A portfolio's records go over a few hundred at a time, so the page never stalls on one big copy. */
function inParts(task: ReportTask): ReportTask | InParts {
  if (task.kind !== 'portfolio') return task;
  const parts: ReportPart[] = [];
  for (const type of entityTypes) {
    const list = task.records[type] as unknown[];
    for (let i = 0; i < list.length; i += RECORDS_PER_PART)
      parts.push({ kind: 'records', type, records: list.slice(i, i + RECORDS_PER_PART) });
  }
  return { parts: [...parts, { kind: 'portfolio-ready', reportDate: task.reportDate }] };
}

export async function reportInWorker(
  task: ReportTask,
  onProgress: Progress,
  signal?: AbortSignal,
): Promise<Uint8Array<ArrayBuffer>> {
  const message = await runInWorker<ReportMessage>(
    () => new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module', name: 'report' }),
    inParts(task),
    onProgress,
    signal,
  );
  if (message.kind !== 'done') throw new WorkerTaskError('The report worker answered out of turn.');
  return message.pdf;
}

/** Reads an edited plan in a fresh Web Worker: a large workbook never holds up the page; cancel stops it. */
import type { EditedPlanRow } from '../../shared/integration/planColumns';
import type { PlanFileApi } from './planFile.worker';
import { runInWorker } from './runInWorker';

const makeWorker = () =>
  new Worker(new URL('./planFile.worker.ts', import.meta.url), { type: 'module', name: 'plan-import' });

export function readPlanInWorker(bytes: Uint8Array, fileName: string, signal?: AbortSignal): Promise<EditedPlanRow[]> {
  return runInWorker<PlanFileApi, EditedPlanRow[]>(makeWorker, (api) => api.readPlan(bytes, fileName), { signal });
}

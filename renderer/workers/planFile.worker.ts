/// <reference lib="webworker" />
/** The plan-import worker: reads an edited plan (XLSX or CSV) off the page's thread. */
import { expose } from 'comlink';
import { readPlanFile } from '../../shared/integration/planSheetRead';
import { carryTaskErrors, failPlainly } from './workerTask';

const planFileApi = {
  readPlan: (bytes: Uint8Array, fileName: string) =>
    failPlainly('The plan could not be read, so nothing was changed.', () => readPlanFile(bytes, fileName)),
};

export type PlanFileApi = typeof planFileApi;

carryTaskErrors();
expose(planFileApi);

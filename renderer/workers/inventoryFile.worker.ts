/// <reference lib="webworker" />
/** The inventory-import worker: exposes scanApi. */
import { expose } from 'comlink';
import { scanApi } from './inventoryFileApi';
import { carryTaskErrors } from './workerTask';

export type ScanApi = typeof scanApi;
export type { ScanResult } from './inventoryFileApi';

carryTaskErrors();
expose(scanApi);

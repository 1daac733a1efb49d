/// <reference lib="webworker" />
/** The evidence worker: exposes evidenceApi. */
import { expose } from 'comlink';
import { evidenceApi } from './evidenceApi';
import { carryTaskErrors } from './workerTask';

export type EvidenceApi = typeof evidenceApi;
export type { PreparedEvidence } from './evidenceApi';

carryTaskErrors();
expose(evidenceApi);

/// <reference lib="webworker" />
/** The assessment-file worker: exposes bundleApi. Cancelling terminates it; it holds nothing that needs cleaning up. */
import { expose } from 'comlink';
import { bundleApi } from './bundleApi';
import { carryTaskErrors } from './workerTask';

export type BundleApi = typeof bundleApi;

carryTaskErrors();
expose(bundleApi);

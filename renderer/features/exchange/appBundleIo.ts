/** The app's own file dialogs and assessment-file worker, as the exchange use cases take them. */
import { chooseReadable, chooseWritable } from '../../platform/fileHandles';
import { openFromFile, sealToFile } from '../../workers/bundleInWorker';
import type { BundleFiles, BundleWorkerClient } from './bundleFileIo';

export const appBundleIo: { files: BundleFiles; worker: BundleWorkerClient } = {
  files: { chooseReadable, chooseWritable },
  worker: { openFromFile, sealToFile },
};

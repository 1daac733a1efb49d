/** Exports through the app's use case into a real file on disk, for tests that then import it. */
import path from 'node:path';
import type { Vault } from '../../renderer/db/vault';
import { assessmentExport, type ExportChoice } from '../../renderer/features/exchange/exportAssessmentFile';
import { inProcessBundleWorker, type dialogsPerTest } from './inProcessWorkers';

type Dialogs = Awaited<ReturnType<ReturnType<typeof dialogsPerTest>>>;

/** Runs the export of `choice` from `from`'s vault into its folder; the path of the file written. */
export async function exportedFile(
  from: { vault: Vault } & Dialogs,
  choice: ExportChoice,
  clock: () => Date,
): Promise<string> {
  from.dialogs.answer('');
  const state = await assessmentExport({
    vault: from.vault,
    ...from.dialogs,
    worker: inProcessBundleWorker,
    clock,
  }).run(choice);
  if (state.step !== 'saved') throw new Error(`export ended ${JSON.stringify(state)}`);
  return path.join(from.dir, state.name);
}

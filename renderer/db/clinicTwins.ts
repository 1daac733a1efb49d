/**
 * Look-alike clinics the assessor said are the same: a file's clinic id and the id of the
 * clinic here it was taken as, remembered so that importing the file again asks nothing
 * and changes nothing. Random ids, no clinic data: kept in the clear like the CSV mappings.
 */
import type { AssessorDatabase } from './database';
import { readSetting, updateSetting } from './settings';

/** The remembered "same clinic" answers: the file's clinic id → the id of the clinic here. */
export const rememberedTwins = (db: AssessorDatabase) => readSetting(db, 'clinicTwins');

/** Remembers each file clinic taken as a clinic here. */
export async function rememberTwins(db: AssessorDatabase, same: ReadonlyMap<string, string>): Promise<void> {
  if (!same.size) return;
  await updateSetting(db, 'clinicTwins', (all) => ({ ...all, ...Object.fromEntries(same) }));
}

import type { AssessorDatabase } from '../db/database';
import { readSetting, settingDefault, writeSetting } from '../db/settings';

/** How long the session stays unlocked without activity. Not secret: kept in the clear (never clinic data). */
export const DEFAULT_AUTO_LOCK_MINUTES = settingDefault('autoLockMinutes');
export const AUTO_LOCK_CHOICES = [1, 5, 10, 15, 30, 60] as const;

export function readAutoLockMinutes(db: AssessorDatabase): Promise<number> {
  return readSetting(db, 'autoLockMinutes');
}

export async function writeAutoLockMinutes(db: AssessorDatabase, minutes: number): Promise<void> {
  await writeSetting(db, 'autoLockMinutes', minutes);
}

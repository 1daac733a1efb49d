import type { AssessorDatabase } from '../db/database';

/** Settings that are not secret and so live in the clear (never clinic data). */
export const AUTO_LOCK_KEY = 'autoLockMinutes';
export const DEFAULT_AUTO_LOCK_MINUTES = 10;
export const AUTO_LOCK_CHOICES = [1, 5, 10, 15, 30, 60] as const;

export async function readAutoLockMinutes(db: AssessorDatabase): Promise<number> {
  const value = (await db.settings.get(AUTO_LOCK_KEY))?.value;
  return typeof value === 'number' && value > 0 ? value : DEFAULT_AUTO_LOCK_MINUTES;
}

export async function writeAutoLockMinutes(db: AssessorDatabase, minutes: number): Promise<void> {
  await db.settings.put({ key: AUTO_LOCK_KEY, value: minutes });
}

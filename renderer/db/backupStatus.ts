import type { AssessorDatabase } from './database';

/** When everything was last exported: a full export is a backup. Not secret, kept in the clear. */
export const LAST_BACKUP_KEY = 'lastFullExport';
export const BACKUP_REMINDER_DAYS = 7;

export async function readLastBackup(db: AssessorDatabase): Promise<string | undefined> {
  const value = (await db.settings.get(LAST_BACKUP_KEY))?.value;
  return typeof value === 'string' ? value : undefined;
}

export async function recordBackup(db: AssessorDatabase, at: Date = new Date()): Promise<void> {
  await db.settings.put({ key: LAST_BACKUP_KEY, value: at.toISOString() });
}

/** Whole days since the last backup, or undefined when there has never been one. */
export function daysSince(iso: string | undefined, now: Date = new Date()): number | undefined {
  return iso ? Math.floor((now.getTime() - Date.parse(iso)) / 86_400_000) : undefined;
}

/** When everything was last exported: a full export is a backup. Not secret, kept in the clear. */
import type { AssessorDatabase } from './database';
import { readSetting, writeSetting } from './settings';

/** After how many days without a backup the shell reminds the assessor. */
export const BACKUP_REMINDER_DAYS = 7;

export async function readLastBackup(db: AssessorDatabase): Promise<string | undefined> {
  return readSetting(db, 'lastFullExport');
}

export async function recordBackup(db: AssessorDatabase, at: Date = new Date()): Promise<void> {
  await writeSetting(db, 'lastFullExport', at.toISOString());
}

/** Whether there is work on this computer to back up: any clinic, kept or deleted. */
export async function hasLocalWork(db: AssessorDatabase): Promise<boolean> {
  return (await db.rows('clinic').count()) > 0;
}

/** Whole days since the last backup, or undefined when there has never been one. */
export function daysSince(iso: string | undefined, now: Date = new Date()): number | undefined {
  return iso ? Math.floor((now.getTime() - Date.parse(iso)) / 86_400_000) : undefined;
}

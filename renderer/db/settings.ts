/**
 * The settings repository: the only code that reads or writes the `settings` table.
 * Values are checked against their schema (settingSchemas.ts) both ways: a missing or
 * malformed stored value reads as the setting's documented fallback, and a value that
 * does not meet its schema is never written.
 */
import type { AssessorDatabase } from './database';
import { settingSpecs, type SettingName, type SettingValue, type StoredSetting } from './settingSchemas';

export type { SettingName, SettingValue, StoredSetting } from './settingSchemas';

export type SettingState<N extends SettingName> =
  { state: 'missing' } | { state: 'malformed' } | { state: 'valid'; value: StoredSetting<N> };

/** What is stored under a name, telling a missing value from a malformed one (the keyring must). */
export async function inspectSetting<N extends SettingName>(db: AssessorDatabase, name: N): Promise<SettingState<N>> {
  const row = await db.settings.get(name);
  if (!row) return { state: 'missing' };
  const parsed = settingSpecs[name].schema.safeParse(row.value);
  return parsed.success ? { state: 'valid', value: parsed.data as StoredSetting<N> } : { state: 'malformed' };
}

/** The fallback of a setting, fresh each time (so a caller may change it). */
export function settingDefault<N extends SettingName>(name: N): SettingValue<N> {
  return structuredClone(settingSpecs[name].fallback) as SettingValue<N>;
}

/** The stored value, or the setting's fallback when it is missing or malformed. */
export async function readSetting<N extends SettingName>(db: AssessorDatabase, name: N): Promise<SettingValue<N>> {
  const found = await inspectSetting(db, name);
  return found.state === 'valid' ? found.value : settingDefault(name);
}

/** Whether anything is stored under the name, valid or not. */
export async function hasSetting(db: AssessorDatabase, name: SettingName): Promise<boolean> {
  return (await db.settings.get(name)) !== undefined;
}

/** Stores a value (as its schema reads it) and returns it; a value that does not meet the schema throws, writing nothing. */
export async function writeSetting<N extends SettingName>(
  db: AssessorDatabase,
  name: N,
  value: StoredSetting<N>,
): Promise<StoredSetting<N>> {
  const parsed = settingSpecs[name].schema.safeParse(value);
  if (!parsed.success) throw new Error(`The setting “${name}” was not saved: its value is not valid.`);
  await db.settings.put({ key: name, value: parsed.data });
  return parsed.data as StoredSetting<N>;
}

/** Removes a setting: it reads as its fallback again. */
export async function removeSetting(db: AssessorDatabase, name: SettingName): Promise<void> {
  await db.settings.delete(name);
}

/**
 * Runs `work` in one read-write transaction over the settings: what it reads and writes
 * lands together or not at all. Inside, await only database work (a WebCrypto call
 * would let the transaction commit early): prepare everything else before.
 */
export function inSettingsTransaction<T>(db: AssessorDatabase, work: () => Promise<T>): Promise<T> {
  return db.transaction('rw', db.settings, work);
}

/**
 * Reads a setting and writes what `change` makes of it, in one transaction; `change`
 * returns undefined to leave it as it is. Returns the value stored afterwards.
 */
export function updateSetting<N extends SettingName>(
  db: AssessorDatabase,
  name: N,
  change: (current: SettingValue<N>) => StoredSetting<N> | undefined | Promise<StoredSetting<N> | undefined>,
): Promise<SettingValue<N>> {
  return inSettingsTransaction(db, async () => {
    const current = await readSetting(db, name);
    const next = await change(current);
    return next === undefined ? current : writeSetting(db, name, next);
  });
}

/** Column mappings of CSV inventories, remembered per source (its header row). Not clinic data: kept in the clear. */
import type { CsvField, CsvMapping } from '../../shared/import/csvInventory';
import type { AssessorDatabase } from './database';
import { readSetting, updateSetting } from './settings';

/** The mapping used last time for this source, by header name, as column indexes of these headers. */
export async function rememberedMapping(
  db: AssessorDatabase,
  source: string,
  headers: string[],
): Promise<CsvMapping | undefined> {
  const all = await readSetting(db, 'csvMappings');
  const byName = Object.hasOwn(all, source) ? all[source] : undefined;
  if (!byName) return undefined;
  const mapping: CsvMapping = {};
  for (const [field, header] of Object.entries(byName) as [CsvField, string][]) {
    const index = headers.indexOf(header);
    if (index >= 0) mapping[field] = index;
  }
  return mapping;
}

export async function rememberMapping(
  db: AssessorDatabase,
  source: string,
  headers: string[],
  mapping: CsvMapping,
): Promise<void> {
  const byName = Object.fromEntries(
    Object.entries(mapping).flatMap(([field, index]) =>
      index === undefined || !headers[index] ? [] : [[field, headers[index]]],
    ),
  );
  await updateSetting(db, 'csvMappings', (all) => ({ ...all, [source]: byName }));
}

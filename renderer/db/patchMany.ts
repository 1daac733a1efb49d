/**
 * The same kind of change to many records of one kind, in ONE transaction (the import's
 * commit), or to none if any of them moved meanwhile: confirming a tab of carried records.
 */
import { countChanges } from '../../shared/merge/mergePlan';
import type { EntityData, EntityType } from '../../shared/model/entities';
import { patchVersioned, type VersionedRecord } from '../../shared/model/versionedRecord';
import { commitImport, type PlanItem } from './importExport';
import type { Vault } from './vault';

/** Applies `patch` to each live record of `ids`; returns how many changed. */
export async function patchMany<E extends EntityType>(
  vault: Vault,
  type: E,
  ids: readonly string[],
  patch: Partial<EntityData<E>>,
): Promise<number> {
  return vault.use(async () => {
    const items: PlanItem[] = [];
    for (const id of ids) {
      const row = await vault.db.rows(type).get(id);
      if (!row || row.deleted) continue;
      const current = (await vault.unseal(type, row)) as VersionedRecord<EntityData<E>>;
      const merged = patchVersioned(current, patch, vault.nextWrite());
      if (merged !== current)
        items.push({ type, merged, change: 'updated', conflicts: [], expectedUpdated: row.updated });
    }
    if (!items.length) return 0;
    try {
      return await commitImport(vault, { items, counts: countChanges(items) });
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('Local records changed'))
        throw new Error('Some of these records changed meanwhile, so none was changed; try again.');
      throw error;
    }
  });
}

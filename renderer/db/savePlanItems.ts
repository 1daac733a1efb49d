/**
 * Saves reviewed plan items (the plan read back from the firm's spreadsheet): each item
 * created under its derived id or patched field by field, all in ONE transaction (the
 * import's commit), or nothing if any of them moved meanwhile: since the review (the
 * stamps planItemStamps read then), or while the transaction was prepared.
 */
import { countChanges } from '../../shared/merge/mergePlan';
import { entities } from '../../shared/model/entities';
import { planItemId, type PlanItem } from '../../shared/model/planItem';
import { plainIssue } from '../../shared/model/plainIssues';
import { createVersioned, patchVersioned } from '../../shared/model/versionedRecord';
import { commitImport, type PlanItem as CommitItem } from './importExport';
import { refuseIfIssued } from './issuedFreeze';
import type { Vault } from './vault';

/** A plan item to write: `data` when it is new, else only the fields of `patch` (all of `data` by default). */
export interface PlanItemWrite {
  data: PlanItem;
  patch?: Partial<PlanItem>;
  /** The record's `updated` stamp when the change was reviewed (null: none was stored); refused if it moved since. */
  reviewedAt?: string | null;
}

const CHANGED_MEANWHILE = 'The plan changed on this computer while you reviewed it, so nothing was applied; try again.';

/** Each stored plan item's `updated` stamp by id (null where none is stored), to hand back to savePlanItems. */
export async function planItemStamps(vault: Vault, ids: readonly string[]): Promise<Map<string, string | null>> {
  const rows = await vault.db.rows('planItem').bulkGet([...ids]);
  return new Map(ids.map((id, i) => [id, rows[i]?.updated ?? null]));
}

/** Writes every item of `items` (for `assessmentId`); returns how many records changed. */
export async function savePlanItems(
  vault: Vault,
  assessmentId: string,
  items: readonly PlanItemWrite[],
): Promise<number> {
  return vault.use(async () => {
    await refuseIfIssued(vault, assessmentId);
    const planned: CommitItem[] = [];
    for (const { data, patch, reviewedAt } of items) {
      const parsed = entities.planItem.schema.safeParse({ ...data, assessmentId });
      if (!parsed.success) throw new Error(plainIssue(parsed.error, { what: 'plan item', input: data }));
      const id = await planItemId(assessmentId, parsed.data.findingKey);
      const row = await vault.db.rows('planItem').get(id);
      if (reviewedAt !== undefined && (row?.updated ?? null) !== reviewedAt) throw new Error(CHANGED_MEANWHILE);
      const write = vault.nextWrite();
      // As the repository's upsert does: an existing record is patched, whatever its state.
      const current = row ? await vault.unseal('planItem', row) : undefined;
      // Only the fields asked for: an edit made here meanwhile to another field stays.
      const merged = current
        ? patchVersioned(current, patch ?? parsed.data, write)
        : createVersioned(id, parsed.data, write);
      if (merged === current) continue;
      planned.push({
        type: 'planItem',
        merged,
        change: current ? 'updated' : 'added',
        conflicts: [],
        expectedUpdated: row?.updated,
      });
    }
    if (!planned.length) return 0;
    try {
      return await commitImport(vault, { items: planned, counts: countChanges(planned) });
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('Local records changed'))
        throw new Error(CHANGED_MEANWHILE);
      throw error;
    }
  });
}

/**
 * Moving records between this database and assessment files: collect what an export
 * holds, plan an import (merge every incoming record with the local one and say what
 * would change), and commit the plan in ONE transaction, or not at all.
 */
import type { BundleContent, BundleRecords, BundleScope } from '../../shared/bundle/bundleContent';
import { countChanges, mergeIncoming, parentOf, type ChangeKind, type RecordMerge } from '../../shared/merge/mergePlan';
import { entityTypes, type EntityData, type EntityType } from '../../shared/model/entities';
import type { FieldStamp, VersionedRecord } from '../../shared/model/versionedRecord';
import { entityTables, type StoredRow } from './database';
import { repositoriesFor, type Repositories } from './repository';
import { translateStorageErrors } from './storageErrors';
import { upgradeTopologySafely } from './topologyUpgrade';
import type { Vault } from './vault';

export type ExportScope = BundleScope;

type AnyRecord = VersionedRecord<object>;

/** Every record in the scope, tombstones included, so deletions travel too. */
export async function collectRecords(repos: Repositories, scope: ExportScope): Promise<BundleRecords> {
  const all = Object.fromEntries(
    await Promise.all(entityTypes.map(async (t) => [t, await repos[t].all()] as const)),
  ) as unknown as BundleRecords;
  if (scope.kind === 'all') return all;
  const assessments = all.assessment.filter((a) =>
    scope.kind === 'clinic' ? scope.ids.includes(a.data.clinicId) : scope.ids.includes(a.id),
  );
  const assessmentIds = new Set(assessments.map((a) => a.id));
  const clinicIds = new Set(scope.kind === 'clinic' ? scope.ids : assessments.map((a) => a.data.clinicId));
  const out = {
    clinic: all.clinic.filter((c) => clinicIds.has(c.id)),
    assessment: assessments,
  } as Partial<BundleRecords>;
  for (const type of entityTypes) {
    if (type === 'clinic' || type === 'assessment') continue;
    (out as Record<string, AnyRecord[]>)[type] = (all[type] as VersionedRecord<{ assessmentId: string }>[]).filter(
      (r) => assessmentIds.has(r.data.assessmentId),
    );
  }
  return out as BundleRecords;
}

export type { ChangeKind };

/** What one record of the file becomes here (shared/merge/mergePlan.ts), and the local row it was planned against. */
export interface PlanItem extends RecordMerge {
  type: EntityType;
  /** The local row's clock stamp when planned: the commit refuses if it moved meanwhile. */
  expectedUpdated: string | undefined;
}

export interface ImportPlan {
  items: PlanItem[];
  counts: Record<ChangeKind | 'conflicts', number>;
}

export interface PlanOptions {
  /** Records compared so far, of all in the file. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** Merges every incoming record with the local copy, without writing anything. */
export async function planImport(vault: Vault, content: BundleContent, options: PlanOptions = {}): Promise<ImportPlan> {
  const items: PlanItem[] = [];
  const total = entityTypes.reduce((n, t) => n + content.records[t].length, 0);
  for (const type of entityTypes) {
    const table = vault.db.rows(type);
    for (const incoming of content.records[type] as AnyRecord[]) {
      if (items.length % 250 === 0) {
        options.signal?.throwIfAborted();
        options.onProgress?.(items.length, total);
      }
      const row = await table.get(incoming.id);
      const local = row ? await vault.unseal(type, row) : undefined;
      const merge = mergeIncoming(type, local, incoming, !!content.manifest.redacted);
      items.push({ type, ...merge, expectedUpdated: row?.updated });
    }
  }
  return { items, counts: countChanges(items) };
}

/**
 * Writes every changed record of the plan in one transaction; if anything moved meanwhile,
 * writes nothing. Networks from a file of before flows then get their flows (topologyUpgrade.ts).
 */
export async function commitImport(vault: Vault, plan: ImportPlan): Promise<number> {
  const changed = plan.items.filter((i) => i.change !== 'unchanged');
  const rows = await Promise.all(
    changed.map(async (i) => ({
      item: i,
      row: await vault.seal(i.type, parentOf(i.type, i.merged), i.merged as VersionedRecord<EntityData<typeof i.type>>),
    })),
  );
  for (const { item } of rows)
    for (const s of Object.values(item.merged.stamps as Record<string, FieldStamp | undefined>))
      if (s) vault.observe(s.t);
  const tables = [...new Set(changed.map((i) => entityTables[i.type]))].map((name) => vault.db.table(name));
  await translateStorageErrors(() =>
    vault.db.transaction('rw', [...tables, vault.db.settings], async () => {
      for (const { item } of rows) {
        const now = await vault.db.rows(item.type).get(item.merged.id);
        if (now?.updated !== item.expectedUpdated)
          throw new Error(
            'Local records changed while the import was being prepared; nothing was imported. Import the file again.',
          );
      }
      for (const type of entityTypes) {
        const batch: StoredRow[] = rows.filter((r) => r.item.type === type).map((r) => r.row);
        if (batch.length) await vault.db.rows(type).bulkPut(batch);
      }
      await vault.saveClock();
    }),
  );
  if (changed.some((i) => i.type === 'network')) await upgradeTopologySafely(repositoriesFor(vault));
  return changed.length;
}

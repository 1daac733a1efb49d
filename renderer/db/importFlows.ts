/**
 * Saves a reviewed conn.log import: the new observed flows, and the counts and dates of
 * the recorded flows they matched, all in ONE transaction (the import's commit), or
 * nothing if anything moved meanwhile.
 */
import { countChanges } from '../../shared/merge/mergePlan';
import { entities } from '../../shared/model/entities';
import type { Flow } from '../../shared/model/flow';
import { plainIssue } from '../../shared/model/plainIssues';
import { createVersioned, patchVersioned } from '../../shared/model/versionedRecord';
import { commitImport, type PlanItem } from './importExport';
import { refuseIfIssued } from './issuedFreeze';
import type { Vault } from './vault';

export interface FlowUpdate {
  id: string;
  patch: Partial<Flow>;
}

export async function saveObservedFlows(
  vault: Vault,
  assessmentId: string,
  added: readonly Flow[],
  updates: readonly FlowUpdate[],
): Promise<{ added: number; updated: number }> {
  await refuseIfIssued(vault, assessmentId);
  const items: PlanItem[] = [];
  for (const flow of added) {
    const parsed = entities.flow.schema.safeParse(flow);
    if (!parsed.success) throw new Error(plainIssue(parsed.error, { what: 'observed flow', input: flow }));
    const id = crypto.randomUUID();
    items.push({
      type: 'flow',
      merged: createVersioned(id, parsed.data, vault.nextWrite()),
      change: 'added',
      conflicts: [],
      expectedUpdated: undefined,
    });
  }
  let updated = 0;
  for (const { id, patch } of updates) {
    const row = await vault.db.rows('flow').get(id);
    // A flow deleted since the review is not brought back.
    if (!row || row.deleted) continue;
    const existing = await vault.unseal('flow', row);
    items.push({
      type: 'flow',
      merged: patchVersioned(existing, patch, vault.nextWrite()),
      change: 'updated',
      conflicts: [],
      expectedUpdated: row.updated,
    });
    updated += 1;
  }
  await commitImport(vault, { items, counts: countChanges(items) });
  return { added: added.length, updated };
}

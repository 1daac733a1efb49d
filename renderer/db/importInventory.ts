/**
 * Saves a reviewed scan import: new assets, updates to the assets it matched, and the
 * networks it found that the inventory lacks — all in ONE transaction (the import's
 * commit), or nothing if anything moved meanwhile.
 */
import { assetFromProposal, patchFromUpdates, type ImportRow } from '../../shared/import/matchImported';
import { networkTargets, type ProposedNetwork } from '../../shared/import/nmapToInventory';
import { countChanges } from '../../shared/merge/mergePlan';
import { entities, type EntityType } from '../../shared/model/entities';
import { createVersioned, patchVersioned, type VersionedRecord } from '../../shared/model/versionedRecord';
import type { z } from 'zod';
import { plainIssue } from '../../shared/model/plainIssues';
import { commitImport, type PlanItem } from './importExport';
import { refuseIfIssued } from './issuedFreeze';
import type { Vault } from './vault';

export interface ChosenRow {
  row: ImportRow;
  acceptKind: boolean;
}

/** The value as its schema reads it, or an Error in one sentence naming the device. */
function checked<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(plainIssue(parsed.error, { what, input: value }));
  return parsed.data;
}

export async function saveScanImport(
  vault: Vault,
  assessmentId: string,
  chosen: ChosenRow[],
  networks: ProposedNetwork[],
): Promise<{ added: number; updated: number; networksAdded: number }> {
  await refuseIfIssued(vault, assessmentId);
  const items: PlanItem[] = [];
  const plan = async (
    type: EntityType,
    id: string,
    build: (existing: VersionedRecord<object> | undefined) => VersionedRecord<object> | undefined,
  ) => {
    const row = await vault.db.rows(type).get(id);
    const existing = row ? await vault.unseal(type, row) : undefined;
    const merged = build(existing);
    if (merged && merged !== existing)
      items.push({
        type,
        merged,
        change: existing ? 'updated' : 'added',
        conflicts: [],
        expectedUpdated: row?.updated,
      });
  };

  // Networks: the one recorded for a subnet (see networkTargets), else a new one for the subnets the chosen new devices sit in.
  const knownRows = await vault.db.rows('network').where('[parentId+deleted]').equals([assessmentId, 0]).toArray();
  const known = await Promise.all(knownRows.map((r) => vault.unseal('network', r)));
  const networkIds = new Map<string, string>();
  const wanted = new Set(
    chosen
      .filter((c) => !c.row.existing)
      .map((c) => c.row.proposed.subnet)
      .filter(Boolean),
  );
  let networksAdded = 0;
  for (const target of networkTargets(networks, known)) {
    if (target.network) {
      networkIds.set(target.subnet, target.network.id);
      continue;
    }
    if (!wanted.has(target.subnet)) continue;
    const id = crypto.randomUUID();
    networkIds.set(target.subnet, id);
    const data = entities.network.schema.parse({
      assessmentId,
      name: target.subnet,
      vlan: null,
      subnet: target.subnet,
      purpose: 'clinical',
      connectsTo: [],
      internetAccess: null,
      firewalled: null,
      reachableFromParent: null,
      notes: 'Found by an import: confirm its purpose.',
    });
    await plan('network', id, () => createVersioned(id, data, vault.nextWrite()));
    networksAdded += 1;
  }

  let added = 0;
  let updated = 0;
  for (const { row, acceptKind } of chosen) {
    if (row.existing) {
      if (!row.updates.length) continue;
      const patch = checked(
        entities.asset.schema.partial(),
        patchFromUpdates(row.updates),
        `update to ${row.existing.name.slice(0, 40)}`,
      );
      await plan('asset', row.existing.id, (existing) =>
        existing ? patchVersioned(existing, patch, vault.nextWrite()) : undefined,
      );
      updated += 1;
    } else {
      const id = crypto.randomUUID();
      const data = checked(
        entities.asset.schema,
        assetFromProposal(row.proposed, assessmentId, networkIds.get(row.proposed.subnet) ?? null, acceptKind),
        `device “${row.proposed.name.slice(0, 40)}”`,
      );
      await plan('asset', id, () => createVersioned(id, data, vault.nextWrite()));
      added += 1;
    }
  }
  await commitImport(vault, { items, counts: countChanges(items) });
  return { added, updated, networksAdded };
}

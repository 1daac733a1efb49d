/**
 * Assessment-file content as the app wrote it before model v2 (format 1.1): no `flow`
 * list, assets and vendor links without their newer fields, and networks that say what
 * they reach in `connectsTo` and `reachableFromParent`. A real file of that version is
 * kept in test/fixtures/bundles/ (see its README).
 */
import type { BundleRecords } from '../../shared/bundle/bundleContent';
import { entityTypes, type EntityType } from '../../shared/model/entities';
import { HybridClock } from '../../shared/model/hlc';
import { clearedLegacyFields, legacyFlowsOf } from '../../shared/model/legacyFlows';
import type { Network } from '../../shared/model/network';
import { createVersioned, patchVersioned, type VersionedRecord } from '../../shared/model/versionedRecord';
import { sampleData } from './sampleRecords';

export const FORMAT_11_FIXTURE = new URL('../fixtures/bundles/sample-1.1.cabundle', import.meta.url);
export const FORMAT_11_PASSPHRASE = 'demo';

/** Fields model v2 added, which a 1.1 writer never wrote. */
const newerFields: Partial<Record<EntityType, readonly string[]>> = {
  asset: [
    'hostsApplicationIds',
    'attachedToAssetId',
    'attachedVia',
    'physicalExposure',
    'esuCoverage',
    'esuUntil',
    'lastSecurityUpdate',
    'lastUpdateBuild',
    'clearedOn',
  ],
  vendorAccess: ['reachesAssetIds', 'farSide'],
};

type AnyRecord = VersionedRecord<object>;

function withoutNewer(type: EntityType, record: AnyRecord): AnyRecord {
  const fields = newerFields[type] ?? [];
  const data = Object.fromEntries(Object.entries(record.data).filter(([k]) => !fields.includes(k)));
  const stamps = Object.fromEntries(Object.entries(record.stamps).filter(([k]) => !fields.includes(k)));
  return { ...record, data, stamps };
}

/** Kinds of record a 1.1 writer did not know: flows (1.2), the admin register, target flows and indicators (1.3), evidence (1.4), plan items, ePHI stores and HICP practices (1.5). */
export const addedAfter11: ReadonlySet<string> = new Set([
  'flow',
  'adminAccount',
  'targetFlow',
  'indicator',
  'evidence',
  'planItem',
  'ephiStore',
  'practice',
]);

/** The plaintext a 1.1 writer would have made of these records (the kinds it did not know left out). */
export function format11Content(
  records: BundleRecords,
  device: string,
): { manifest: object; records: Record<string, AnyRecord[]> } {
  const types = entityTypes.filter((t) => !addedAfter11.has(t));
  const out = Object.fromEntries(types.map((t) => [t, (records[t] as AnyRecord[]).map((r) => withoutNewer(t, r))]));
  return {
    manifest: {
      app: 'clinic-assessor',
      schema: 1,
      exportedBy: { device, assessor: 'Sam Lee' },
      scope: { kind: 'all', ids: [] },
      created: '2026-10-01T09:00:00.000Z',
      counts: Object.fromEntries(types.map((t) => [t, out[t]?.length ?? 0])),
    },
    records: out,
  };
}

/** A small clinic as a 1.1 laptop held it: two networks, the LAN reaching the Wi-Fi and reachable from the parent. */
export function legacyClinic(device: string): {
  records: BundleRecords;
  lan: string;
  wifi: string;
  assessmentId: string;
} {
  const [clinicId, assessmentId, lan, wifi] = [
    crypto.randomUUID(),
    crypto.randomUUID(),
    crypto.randomUUID(),
    crypto.randomUUID(),
  ];
  const data = sampleData(clinicId, assessmentId, lan);
  const clock = new HybridClock(() => Date.parse('2026-10-01T09:00:00Z'));
  const write = () => ({ stamp: clock.tick(), device });
  const one = <T extends object>(id: string, d: T) => [createVersioned(id, d, write())];
  const records = {
    clinic: one(clinicId, data.clinic),
    assessment: one(assessmentId, data.assessment),
    network: [
      createVersioned(
        lan,
        { ...data.network, name: 'Clinic LAN', connectsTo: [wifi], reachableFromParent: true },
        write(),
      ),
      createVersioned(
        wifi,
        { ...data.network, name: 'Staff Wi-Fi', vlan: 30, connectsTo: [], reachableFromParent: false },
        write(),
      ),
    ],
    asset: one(crypto.randomUUID(), data.asset),
    vendorAccess: one(crypto.randomUUID(), data.vendorAccess),
    link: one(crypto.randomUUID(), data.link),
    application: one(crypto.randomUUID(), data.application),
    flow: [],
    answer: one(crypto.randomUUID(), data.answer),
    finding: [],
    adminAccount: [],
    targetFlow: [],
    indicator: [],
    evidence: [],
    planItem: [],
    ephiStore: [],
    practice: [],
  } as unknown as BundleRecords;
  return { records, lan, wifi, assessmentId };
}

/**
 * The next visit of an assessment in `records`, recorded by today's app: every record
 * copied under a fresh id (references follow), the networks' older fields turned into
 * flows as the app's upgrade does, and a later start date.
 */
export async function nextVisit(
  records: BundleRecords,
  assessmentId: string,
  startDate: string,
  device = 'next-visit-laptop',
): Promise<BundleRecords> {
  const clock = new HybridClock(() => Date.parse(`${startDate}T09:00:00Z`));
  const write = () => ({ stamp: clock.tick(), device });
  const mine = (type: EntityType) =>
    (records[type] as AnyRecord[]).filter(
      (r) =>
        !r.deleted &&
        (type === 'assessment'
          ? r.id === assessmentId
          : (r.data as { assessmentId?: string }).assessmentId === assessmentId),
    );
  const types = entityTypes.filter((t) => t !== 'clinic');
  const fresh = new Map(types.flatMap((t) => mine(t).map((r) => [r.id, crypto.randomUUID()] as const)));
  let text = JSON.stringify(
    Object.fromEntries(types.map((t) => [t, mine(t).map((r) => ({ id: r.id, data: r.data }))])),
  );
  for (const [old, id] of fresh) text = text.replaceAll(old, id);
  const copied = JSON.parse(text) as Record<EntityType, { id: string; data: Record<string, unknown> }[]>;
  const out = Object.fromEntries(entityTypes.map((t) => [t, [] as AnyRecord[]])) as Record<EntityType, AnyRecord[]>;
  out.clinic = records.clinic as AnyRecord[];
  for (const t of types)
    out[t] = (copied[t] ?? []).map((r) =>
      createVersioned(r.id, t === 'assessment' ? { ...r.data, startDate, title: 'Follow-up visit' } : r.data, write()),
    );
  for (const n of out.network as VersionedRecord<Network>[]) {
    for (const f of await legacyFlowsOf(n)) out.flow.push(createVersioned(f.id, f.data, write()));
    Object.assign(n, patchVersioned(n, clearedLegacyFields(n.data), write()));
  }
  return out as unknown as BundleRecords;
}

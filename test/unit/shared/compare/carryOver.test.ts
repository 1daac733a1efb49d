import { describe, expect, it } from 'vitest';
import { carriedCounts, carryOver } from '../../../../shared/compare/carryOver';
import type { RecordedInventory } from '../../../../shared/model/assessmentRecords';
import { INTERNET_ZONE, PARENT_ZONE } from '../../../../shared/model/flow';
import { entities } from '../../../../shared/model/entities';
import { sampleAssessment } from '../../../support/comparableRecords';

const NEXT = '7d0c8a4e-1f52-4f0a-9e43-2b1c5d6e7f80';

const sample = (): RecordedInventory => sampleAssessment('2026-06-01');

const all = (inv: RecordedInventory) => [
  ...inv.assets,
  ...inv.networks,
  ...inv.vendorLinks,
  ...inv.links,
  ...inv.applications,
  ...inv.flows,
];

describe('carrying the last visit over', () => {
  const prior = sample();
  const copy = carryOver(prior, NEXT, () => crypto.randomUUID());

  it('copies every record under a new id, to confirm, naming the record it came from', () => {
    expect(carriedCounts(copy)).toEqual(carriedCounts(prior));
    const priorIds = new Set(all(prior).map((r) => r.id));
    for (const r of all(copy)) {
      expect(priorIds.has(r.id)).toBe(false);
      expect(priorIds.has(r.data.carriedFrom)).toBe(true);
      expect(r.data.confirmation).toBe('to-confirm');
      expect(r.data.assessmentId).toBe(NEXT);
    }
    const asset = copy.assets.find((a) => a.data.carriedFrom === prior.assets[0]!.id)!;
    expect({ ...asset.data, networkId: null, hostsApplicationIds: [], attachedToAssetId: null }).toEqual({
      ...prior.assets[0]!.data,
      networkId: null,
      hostsApplicationIds: [],
      attachedToAssetId: null,
      assessmentId: NEXT,
      carriedFrom: prior.assets[0]!.id,
      originId: prior.assets[0]!.id,
      confirmation: 'to-confirm',
    });
  });

  it("names the first visit's record as the origin of every later copy", () => {
    const third = carryOver(copy, crypto.randomUUID(), () => crypto.randomUUID());
    const fourth = carryOver(third, crypto.randomUUID(), () => crypto.randomUUID());
    const firstOf = new Map(all(copy).map((r) => [r.id, r.data.carriedFrom] as const));
    const secondOf = new Map(all(third).map((r) => [r.id, r.data.carriedFrom] as const));
    expect(all(fourth).length).toBe(all(prior).length);
    for (const r of all(fourth)) {
      const first = firstOf.get(secondOf.get(r.data.carriedFrom)!);
      expect(first).toBeDefined();
      expect(r.data.originId).toBe(first);
    }
    // A record carried by an older version names only its source: its copy reaches one further back.
    const older = { ...copy, assets: copy.assets.map((a) => ({ ...a, data: { ...a.data, originId: '' } })) };
    const again = carryOver(older, crypto.randomUUID(), () => crypto.randomUUID());
    for (const a of again.assets) expect(a.data.originId).toBe(firstOf.get(a.data.carriedFrom));
  });

  it('points every reference of the copy inside the copy, the built-in zones as they are', () => {
    const ids = new Set(all(copy).map((r) => r.id));
    const refs = [
      ...copy.assets.flatMap((a) => [a.data.networkId, a.data.attachedToAssetId, ...a.data.hostsApplicationIds]),
      ...copy.networks.flatMap((n) => n.data.connectsTo),
      ...copy.vendorLinks.flatMap((v) => [...v.data.reachesNetworkIds, ...v.data.reachesAssetIds]),
      ...copy.flows.flatMap((f) => [f.data.from, f.data.to]),
    ].filter((id): id is string => id !== null && id !== PARENT_ZONE && id !== INTERNET_ZONE);
    expect(refs.length).toBeGreaterThan(20);
    for (const id of refs) expect(ids.has(id)).toBe(true);
    // The sample's references all survive the copy, one for one.
    const priorRefs = prior.assets.filter((a) => a.data.networkId).length;
    expect(copy.assets.filter((a) => a.data.networkId).length).toBe(priorRefs);
    expect(copy.flows.some((f) => f.data.to === PARENT_ZONE)).toBe(true);
  });

  it('maps each reference to the copy of the record it named', () => {
    const copyOf = new Map(all(copy).map((r) => [r.data.carriedFrom, r.id] as const));
    for (const f of prior.flows) {
      const c = copy.flows.find((x) => x.data.carriedFrom === f.id)!;
      expect(c.data.from).toBe(copyOf.get(f.data.from) ?? f.data.from);
      expect(c.data.to).toBe(copyOf.get(f.data.to) ?? f.data.to);
    }
    for (const a of prior.assets) {
      const c = copy.assets.find((x) => x.data.carriedFrom === a.id)!;
      expect(c.data.hostsApplicationIds).toEqual(a.data.hostsApplicationIds.map((id) => copyOf.get(id)));
      expect(c.data.attachedToAssetId).toBe(a.data.attachedToAssetId && copyOf.get(a.data.attachedToAssetId));
    }
  });

  it('writes records their schemas accept', () => {
    for (const a of copy.assets) expect(entities.asset.schema.parse(a.data)).toEqual(a.data);
    for (const f of copy.flows) expect(entities.flow.schema.parse(f.data)).toEqual(f.data);
    for (const v of copy.vendorLinks) expect(entities.vendorAccess.schema.parse(v.data)).toEqual(v.data);
  });

  it('leaves out a flow whose end is not carried, and a reference to a record that is not', () => {
    const gone = prior.networks[0]!.id;
    const partial = { ...prior, networks: prior.networks.slice(1) };
    const c = carryOver(partial, NEXT, () => crypto.randomUUID());
    const ids = new Set(all(c).map((r) => r.id));
    const touching = prior.flows.filter((f) => f.data.from === gone || f.data.to === gone).length;
    expect(touching).toBeGreaterThan(0);
    expect(c.flows).toHaveLength(prior.flows.length - touching);
    for (const a of c.assets) expect(a.data.networkId === null || ids.has(a.data.networkId)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { carryOver, carryOverEphi } from '../../../../shared/compare/carryOver';
import { entities } from '../../../../shared/model/entities';
import { sampleClinic } from '../../../../shared/sample/sampleClinic';

const NEXT = '7d0c8a4e-1f52-4f0a-9e43-2b1c5d6e7f80';

describe("carrying last visit's patient data stores", () => {
  it('copies each store to confirm, not yet assessed, pointing at the copy of the device or application it lives on', () => {
    const sample = sampleClinic(() => crypto.randomUUID(), '2026-11-20');
    const carried = carryOver(sample, NEXT, () => crypto.randomUUID());
    // An application left out of the carried inventory: the store on it keeps no host.
    const withoutEmr = {
      ...carried,
      applications: carried.applications.filter((a) => a.data.name !== 'CloudChart EMR'),
    };
    const copies = carryOverEphi(sample.ephiStores, withoutEmr, NEXT, () => crypto.randomUUID());
    expect(copies).toHaveLength(sample.ephiStores.length);
    const names = new Map([...carried.assets, ...carried.applications].map((r) => [r.id, r.data.name]));
    copies.forEach((copy, i) => {
      const original = sample.ephiStores[i]!;
      entities.ephiStore.schema.parse(copy.data);
      expect(copy.id).not.toBe(original.id);
      expect(copy.data).toMatchObject({
        assessmentId: NEXT,
        carriedFrom: original.id,
        originId: original.id,
        confirmation: 'to-confirm',
        assessed: false,
        name: original.data.name,
        encryptedAtRest: original.data.encryptedAtRest,
      });
    });
    const hostOf = (name: string) => {
      const copy = copies.find((c) => c.data.name === name)!;
      return copy.data.recordId === null ? null : names.get(copy.data.recordId);
    };
    expect(hostOf('X-ray studies')).toBe('XRAY-ACQ');
    expect(hostOf('PracticeMate database')).toBe('PracticeMate PM');
    expect(hostOf('CloudChart EMR')).toBeNull();
    // Carried again, each still names the first visit's store as its origin.
    const again = carryOverEphi(copies, carried, crypto.randomUUID(), () => crypto.randomUUID());
    again.forEach((copy, i) => expect(copy.data.originId).toBe(sample.ephiStores[i]!.id));
    // The prior visit's records are untouched.
    expect(sample.ephiStores.every((s) => s.data.assessed || s.data.name === 'USB backup disk')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { createVersioned, patchVersioned, sameValue, tombstoneVersioned } from '../../../../shared/model/versionedRecord';

const w = (stamp: string, device = 'dev-a') => ({ stamp, device });
const t1 = '000000000001000-00000';
const t2 = '000000000002000-00000';
const t3 = '000000000003000-00000';

describe('versioned records', () => {
  it('stamps every field on creation', () => {
    const r = createVersioned('id-1', { name: 'A', tags: ['x'] }, w(t1));
    expect(r.stamps).toEqual({ name: { t: t1, d: 'dev-a', c: 1 }, tags: { t: t1, d: 'dev-a', c: 1 } });
    expect(r.vv).toEqual({ 'dev-a': 1 });
    expect(r.deleted).toBeNull();
  });

  it('restamps only fields whose value changed, and counts writes per device', () => {
    const r = createVersioned('id-1', { name: 'A', tags: ['x'] }, w(t1));
    const p = patchVersioned(r, { name: 'B', tags: ['x'] }, w(t2, 'dev-b'));
    expect(p.data).toEqual({ name: 'B', tags: ['x'] });
    expect(p.stamps.name).toEqual({ t: t2, d: 'dev-b', c: 1 });
    expect(p.stamps.tags).toEqual({ t: t1, d: 'dev-a', c: 1 });
    expect(p.vv).toEqual({ 'dev-a': 1, 'dev-b': 1 });
    expect(patchVersioned(p, { name: 'B' }, w(t3))).toBe(p);
  });

  it('tombstones once', () => {
    const r = createVersioned('id-1', { name: 'A' }, w(t1));
    const d = tombstoneVersioned(r, w(t2));
    expect(d.deleted).toEqual({ t: t2, d: 'dev-a', c: 2 });
    expect(d.data).toEqual({ name: 'A' });
    expect(tombstoneVersioned(d, w(t3))).toBe(d);
  });

  it('compares values structurally', () => {
    expect(sameValue(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameValue(['a'], ['a', 'b'])).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1 })).toBe(true);
    expect(sameValue(null, false)).toBe(false);
    expect(sameValue([], {})).toBe(false);
  });
});

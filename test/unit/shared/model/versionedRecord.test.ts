import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  createVersioned,
  patchVersioned,
  sameValue,
  tombstoneVersioned,
  versionedRecordSchema,
} from '../../../../shared/model/versionedRecord';

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

describe('the envelope of a record from a file', () => {
  const schema = versionedRecordSchema(z.object({ name: z.string() }));
  const good = {
    id: '00000000-0000-4000-8000-000000000001',
    data: { name: 'x' },
    stamps: { name: { t: '000001795900000-00001', d: 'laptop', c: 1 } },
    vv: { laptop: 1 },
    deleted: null,
  };

  it('takes well-formed stamps and drops anything extra they carry', () => {
    const parsed = schema.parse({ ...good, stamps: { name: { ...good.stamps.name, smuggled: 'x'.repeat(1000) } } });
    expect(parsed.stamps).toEqual(good.stamps);
  });

  it.each([
    ['a stamp that is not a clock', { name: { t: 'yesterday', d: 'laptop', c: 1 } }],
    ['an empty device', { name: { t: '000001795900000-00001', d: '', c: 1 } }],
    ['a negative counter', { name: { t: '000001795900000-00001', d: 'laptop', c: -1 } }],
    ['a fractional counter', { name: { t: '000001795900000-00001', d: 'laptop', c: 1.5 } }],
    ['a list instead of a map', [{ t: '000001795900000-00001', d: 'laptop', c: 1 }]],
    ['a stamp that is null', { name: null }],
  ])('refuses %s', (_label, stamps) => {
    expect(schema.safeParse({ ...good, stamps }).success).toBe(false);
  });
});

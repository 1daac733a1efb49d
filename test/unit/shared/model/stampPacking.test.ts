import { describe, expect, it } from 'vitest';
import { packStamps, unpackStamps } from '../../../../shared/model/stampPacking';

describe('stamp packing', () => {
  it('lists fields under each distinct stamp once and unpacks to the same stamps', () => {
    const a = { t: '000000000001000-00000', d: 'dev-a', c: 1 };
    const b = { t: '000000000002000-00003', d: 'dev-b', c: 4 };
    const stamps = { name: a, address: a, contacts: b, archived: a };
    const packed = packStamps(stamps);
    expect(packed).toEqual([
      [a.t, a.d, 1, ['name', 'address', 'archived']],
      [b.t, b.d, 4, ['contacts']],
    ]);
    expect(unpackStamps(packed)).toEqual(stamps);
  });

  it('tells apart equal clocks written by different devices', () => {
    const stamps = { x: { t: '000000000001000-00000', d: 'a', c: 1 }, y: { t: '000000000001000-00000', d: 'b', c: 1 } };
    expect(packStamps(stamps)).toHaveLength(2);
    expect(unpackStamps(packStamps(stamps))).toEqual(stamps);
  });
});

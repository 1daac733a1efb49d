import { describe, expect, it } from 'vitest';
import { entityNouns, entityTypes } from '../../../../shared/model/entities';
import { count, countOrNo } from '../../../../shared/model/plural';

describe('counts in words', () => {
  it('say "no" for none, and the plural past one', () => {
    expect(countOrNo(0, 'finding')).toBe('no findings');
    expect(countOrNo(1, 'finding')).toBe('1 finding');
    expect(countOrNo(13, 'device')).toBe('13 devices');
    expect(countOrNo(2_000, 'KEV entry', 'KEV entries')).toBe('2,000 KEV entries');
    expect(count(0, 'finding')).toBe('0 findings');
  });

  it('name every kind of record as an assessor would, never by its code name', () => {
    expect(entityTypes.map((t) => countOrNo(2, entityNouns[t])).join(', ')).toBe(
      '2 clinics, 2 assessments, 2 devices, 2 networks, 2 vendor links, 2 internet links, 2 applications, 2 flows, 2 checklist answers, 2 findings, 2 admin holders, 2 target flows, 2 compromise indicators, 2 evidence items, 2 plan items, 2 patient data stores, 2 HICP practices',
    );
  });
});

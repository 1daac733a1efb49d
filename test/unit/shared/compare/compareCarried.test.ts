import { describe, expect, it } from 'vitest';
import { compareAssessments, type ComparableRecords } from '../../../../shared/compare/compareAssessments';
import { revisitOf, sampleAssessment } from '../../../support/comparableRecords';

const DAY = '2026-11-20';
const kinds = ['assets', 'networks', 'vendorLinks', 'links', 'applications', 'flows'] as const;

/** The revisit with `pick`ed records confirmed. */
function confirm(records: ComparableRecords, pick: (name: string) => boolean = () => true): ComparableRecords {
  const out = { ...records };
  for (const kind of kinds)
    (out[kind] as unknown[]) = records[kind].map((r) =>
      pick(('name' in r.data && r.data.name) || '') ? { ...r, data: { ...r.data, confirmation: 'confirmed' } } : r,
    );
  return out;
}

const total = (r: ComparableRecords) => kinds.reduce((n, k) => n + r[k].length, 0);

describe('comparing a revisit that started from the last visit', () => {
  const prior = sampleAssessment('2026-06-01');

  it('counts nothing that is still to confirm, and says how much is', () => {
    const current = revisitOf(prior, DAY);
    const c = compareAssessments(prior, current, DAY);
    for (const kind of kinds) expect(c[kind]).toEqual({ added: [], removed: [], changed: [], unchanged: 0 });
    expect(c.findings.new).toEqual([]);
    expect(c.findings.resolved).toEqual([]);
    // Findings resting only on carried records are left out; those on answers alone stay.
    expect(c.findings.persisting.length).toBeGreaterThan(0);
    expect(c.findings.persisting.length).toBeLessThan(
      compareAssessments(prior, confirm(current), DAY).findings.persisting.length,
    );
    expect(c.unconfirmed).toMatchObject({
      total: total(current),
      assets: current.assets.length,
      flows: current.flows.length,
    });
    expect(c.summary[2]).toBe(
      `${total(current)} records carried from the last visit are still to confirm and are not counted.`,
    );
  });

  it('pairs each confirmed record with the one it was carried from', () => {
    const c = compareAssessments(prior, confirm(revisitOf(prior, DAY)), DAY);
    for (const kind of kinds)
      expect(c[kind]).toMatchObject({ added: [], removed: [], changed: [], unchanged: prior[kind].length });
    expect(c.findings.new).toEqual([]);
    expect(c.findings.resolved).toEqual([]);
    expect(c.unconfirmed.total).toBe(0);
    expect(c.summary.join(' ')).not.toContain('to confirm');
  });

  it('counts what was reviewed: confirmed, edited, marked gone; the rest is left out', () => {
    const reviewed = new Set(['EXAM-PC-1', 'FRONTDESK-01', 'FRONTDESK-02']);
    let current = confirm(revisitOf(prior, DAY), (name) => reviewed.has(name));
    // Edited beyond recognition by its keys (new name and serial): still the record it was carried from.
    current = {
      ...current,
      assets: current.assets
        .filter((a) => a.data.name !== 'FRONTDESK-02')
        .map((a) =>
          a.data.name === 'EXAM-PC-1'
            ? { ...a, data: { ...a.data, name: 'EXAM-PC-9', serial: 'NEW-SERIAL', osVersion: 'Windows 11 Pro 25H2' } }
            : a,
        ),
    };
    const c = compareAssessments(prior, current, DAY);
    expect(c.assets.removed.map((a) => a.name)).toEqual(['FRONTDESK-02']);
    expect(c.assets.added).toEqual([]);
    expect(c.assets.changed.map((a) => [a.name, a.matchedBy])).toEqual([['EXAM-PC-9', 'carried from the last visit']]);
    expect(c.assets.unchanged).toBe(1);
    expect(c.networks).toEqual({ added: [], removed: [], changed: [], unchanged: 0 });
    expect(c.findings.resolved.map((f) => f.ruleId)).toContain('os.unsupported');
    expect(c.findings.resolved.every((f) => !f.detail.includes('INFUSION'))).toBe(true);
    expect(c.unconfirmed.assets).toBe(prior.assets.length - 3);
  });
});

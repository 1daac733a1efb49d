import { newFinding } from '../../../../shared/model/finding';
import { describe, expect, it } from 'vitest';
import { compareAssessments, type ComparableRecords } from '../../../../shared/compare/compareAssessments';
import type { Asset } from '../../../../shared/model/asset';
import { enteredNow } from '../../../../shared/model/carriedRecord';
import { emptyAssessment, newAsset } from '../../../support/comparableRecords';

const DAY = '2026-11-20';
const tombstone = { t: '000001764000000-00000', d: 'laptop', c: 2 };

function visit(date: string, assets: Partial<Asset>[]): ComparableRecords {
  const records = emptyAssessment(date);
  return { ...records, assets: assets.map((a) => newAsset(records, { networkId: null, ...a })) };
}

const compare = (prior: Partial<Asset>[], current: Partial<Asset>[]) =>
  compareAssessments(visit('2025-11-20', prior), visit(DAY, current), DAY).assets;

describe('recognising an asset on the next visit', () => {
  it('by serial number first, whatever the name and the case', () => {
    const assets = compare([{ name: 'OLD-NAME', serial: 'SN-1' }], [{ name: 'NEW-NAME', serial: ' sn-1 ' }]);
    expect(assets.changed).toEqual([expect.objectContaining({ name: 'NEW-NAME', matchedBy: 'serial number' })]);
    expect(assets.changed[0]?.fields.map((f) => [f.field, f.before, f.after])).toEqual([
      ['name', 'OLD-NAME', 'NEW-NAME'],
      ['serial', 'SN-1', ' sn-1 '],
    ]);
  });

  it('else by MAC address, whatever the separators', () => {
    const assets = compare(
      [{ name: 'PC-A', macAddress: '00:1B:44:11:3A:B7' }],
      [{ name: 'PC-B', macAddress: '001b.4411.3ab7' }],
    );
    expect(assets.changed.map((a) => [a.name, a.matchedBy])).toEqual([['PC-B', 'MAC address']]);
  });

  it("else by hostname and kind, a scanner's fully qualified name included", () => {
    const assets = compare(
      [{ name: 'frontdesk-01', kind: 'workstation' }],
      [{ name: 'FRONTDESK-01.clinic.local', kind: 'workstation' }],
    );
    expect(assets.changed.map((a) => [a.name, a.matchedBy])).toEqual([['FRONTDESK-01.clinic.local', 'name and kind']]);
    expect(assets.removed).toEqual([]);
    expect(assets.added).toEqual([]);
  });

  it('by name when only one visit recorded a serial number', () => {
    const assets = compare(
      [{ name: 'XRAY-ACQ', kind: 'medical-device' }],
      [{ name: 'XRAY-ACQ', kind: 'medical-device', serial: 'RV5-22871' }],
    );
    expect(assets.changed[0]).toMatchObject({
      matchedBy: 'name and kind',
      fields: [{ field: 'serial', before: 'Not recorded', after: 'RV5-22871' }],
    });
  });

  it('never pairs two recorded, different serial numbers or MACs: a replaced machine that kept its hostname', () => {
    const serials = compare([{ name: 'PC-9', serial: 'AAA' }], [{ name: 'PC-9', serial: 'BBB' }]);
    expect([serials.removed.map((a) => a.name), serials.added.map((a) => a.name), serials.changed]).toEqual([
      ['PC-9'],
      ['PC-9'],
      [],
    ]);
    const macs = compare(
      [{ name: 'PC-9', macAddress: '00:00:00:00:00:01' }],
      [{ name: 'PC-9', macAddress: '00:00:00:00:00:02' }],
    );
    expect([macs.removed.length, macs.added.length]).toEqual([1, 1]);
  });

  it('keeps a serial match even when another asset took the old name', () => {
    const assets = compare(
      [
        { name: 'PUMP-01', serial: 'IC3-1' },
        { name: 'PUMP-02', serial: 'IC3-2' },
      ],
      [
        { name: 'PUMP-02', serial: 'IC3-1' },
        { name: 'PUMP-03', serial: 'IC3-3' },
      ],
    );
    expect(assets.changed.map((a) => [a.name, a.matchedBy, a.fields.map((f) => `${f.before} → ${f.after}`)])).toEqual([
      ['PUMP-02', 'serial number', ['PUMP-01 → PUMP-02']],
    ]);
    expect(assets.removed.map((a) => a.name)).toEqual(['PUMP-02']);
    expect(assets.added.map((a) => a.name)).toEqual(['PUMP-03']);
  });

  it('does not pair the same name across kinds', () => {
    const assets = compare([{ name: 'GATEWAY', kind: 'server' }], [{ name: 'GATEWAY', kind: 'network-device' }]);
    expect([assets.removed.length, assets.added.length, assets.changed.length]).toEqual([1, 1, 0]);
  });

  it('ignores deleted (tombstoned) records on both sides', () => {
    const prior = visit('2025-11-20', [{ name: 'KEPT' }, { name: 'DELETED-BEFORE' }]);
    const current = visit(DAY, [{ name: 'KEPT' }, { name: 'DELETED-NOW' }]);
    const mark = (r: ComparableRecords, name: string) => ({
      ...r,
      assets: r.assets.map((a) => (a.data.name === name ? { ...a, deleted: tombstone } : a)),
    });
    const assets = compareAssessments(mark(prior, 'DELETED-BEFORE'), mark(current, 'DELETED-NOW'), DAY).assets;
    expect(assets).toEqual({ added: [], removed: [], changed: [], unchanged: 1 });
  });

  it('ignores a deleted decision and a deleted network', () => {
    const prior = visit('2025-11-20', [{ name: 'PC', osVersion: 'Windows 7' }]);
    const current = visit(DAY, [{ name: 'PC', osVersion: 'Windows 7' }]);
    const first = compareAssessments(prior, current, DAY);
    const key = first.findings.persisting[0]?.after.key ?? '';
    const decision = newFinding({
      assessmentId: current.assessment.id,
      ruleId: 'os.unsupported',
      key,
      title: '',
      severity: 'high' as const,
      status: 'resolved' as const,
      evidence: [],
      recommendation: '',
      statusNote: '',
      acceptedUntil: '',
      owner: '',
      reviewDate: '',
    });
    const network = {
      id: crypto.randomUUID(),
      data: {
        assessmentId: current.assessment.id,
        ...enteredNow,
        name: 'Old VLAN',
        vlan: 30,
        subnet: '',
        purpose: 'clinical' as const,
        connectsTo: [],
        internetAccess: null,
        firewalled: null,
        reachableFromParent: null,
        notes: '',
      },
      deleted: tombstone,
    };
    const c = compareAssessments(
      prior,
      { ...current, networks: [network], decisions: [{ id: crypto.randomUUID(), data: decision, deleted: tombstone }] },
      DAY,
    );
    expect(c.findings.persisting.find((p) => p.after.key === key)?.after.status).toBe('open');
    expect(c.networks).toEqual({ added: [], removed: [], changed: [], unchanged: 0 });
  });
});

describe('a finding about a group of assets', () => {
  it('persists while the group shares an asset, though its members changed', () => {
    const c = compareAssessments(
      visit('2025-11-20', [
        { name: 'PC-1', osVersion: 'Acme OS' },
        { name: 'PC-2', osVersion: 'Acme OS' },
      ]),
      visit(DAY, [
        { name: 'PC-2', osVersion: 'Acme OS' },
        { name: 'PC-3', osVersion: 'Acme OS' },
      ]),
      DAY,
    );
    const unknown = c.findings.persisting.filter((p) => p.after.ruleId === 'os.unknown');
    expect(unknown).toEqual([expect.objectContaining({ matchedOn: 'overlapping-evidence' })]);
    expect(unknown[0]?.before.detail).toContain('PC-1, PC-2');
    expect(unknown[0]?.after.detail).toContain('PC-2, PC-3');
    expect([...c.findings.new, ...c.findings.resolved].filter((f) => f.ruleId === 'os.unknown')).toEqual([]);
  });
});

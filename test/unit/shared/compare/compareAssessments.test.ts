import { newFinding } from '../../../../shared/model/finding';
import { describe, expect, it } from 'vitest';
import { compareAssessments } from '../../../../shared/compare/compareAssessments';
import { emptyFlow, PARENT_ZONE, type Flow } from '../../../../shared/model/flow';
import { editAsset, emptyAssessment, newAsset, sampleAssessment } from '../../../support/comparableRecords';

const DAY = '2026-11-20';

describe('comparing two visits of the sample clinic', () => {
  it('finds nothing changed when the same clinic is recorded again under fresh ids', () => {
    const prior = sampleAssessment(DAY);
    const current = sampleAssessment(DAY);
    const c = compareAssessments(prior, current, DAY);
    expect(c.findings.new).toEqual([]);
    expect(c.findings.resolved).toEqual([]);
    expect(c.findings.persisting.length).toBeGreaterThan(40);
    expect(
      c.findings.persisting.every((p) => p.matchedOn === 'same-evidence' && p.severityChange === 'unchanged'),
    ).toBe(true);
    expect(c.assets).toEqual({ added: [], removed: [], changed: [], unchanged: current.assets.length });
    expect([c.networks.unchanged, c.vendorLinks.unchanged, c.links.unchanged, c.applications.unchanged]).toEqual([
      3, 2, 1, 2,
    ]);
    expect(c.summary).toEqual([
      `Compared with “Sample: pre-integration assessment” of ${DAY}.`,
      `Findings: 0 new, 0 resolved, ${c.findings.persisting.length} still present.`,
    ]);
  });

  it('shows an OS upgrade as a changed asset with its before and after, and its finding as resolved', () => {
    const prior = sampleAssessment(DAY);
    const current = editAsset(sampleAssessment(DAY), 'EXAM-PC-1', { osVersion: 'Windows 11 Pro 25H2' });
    const c = compareAssessments(prior, current, DAY);
    expect(c.assets.changed).toHaveLength(1);
    const [pc] = c.assets.changed;
    expect(pc).toMatchObject({
      name: 'EXAM-PC-1',
      matchedBy: 'name and kind',
      fields: [
        { field: 'osVersion', label: 'OS version', before: 'Windows 7 Professional SP1', after: 'Windows 11 Pro 25H2' },
      ],
    });
    expect(pc?.os).toMatchObject({
      before: 'Windows 7 Professional SP1',
      after: 'Windows 11 Pro 25H2',
      trend: 'better',
      supportBefore: { status: 'unsupported' },
      supportAfter: { status: 'supported' },
    });
    expect(c.findings.resolved.map((f) => [f.ruleId, f.detail])).toEqual([
      ['os.unsupported', 'EXAM-PC-1 runs Windows 7 Professional SP1: unsupported since 14 Jan 2020.'],
    ]);
    expect(c.findings.new).toEqual([]);
    expect(c.summary).toContain('Operating system or its support changed on 1 asset: 1 now better supported, 0 worse.');
    expect(c.summary).toContain('Assets: 0 added, 0 removed, 1 changed, 14 unchanged.');
  });

  it('tells an OS whose support ended between the visits, though nothing was edited', () => {
    const c = compareAssessments(sampleAssessment('2025-06-02'), sampleAssessment(DAY), DAY);
    const frontDesk = c.assets.changed.filter((a) => a.name.startsWith('FRONTDESK'));
    expect(frontDesk.map((a) => a.name)).toEqual(['FRONTDESK-01', 'FRONTDESK-02']);
    for (const a of frontDesk) {
      expect(a.fields).toEqual([]);
      expect(a.os).toMatchObject({
        before: 'Windows 10 Pro 22H2',
        after: 'Windows 10 Pro 22H2',
        trend: 'worse',
        supportBefore: { status: 'supported' },
        supportAfter: { status: 'extended-only' },
      });
    }
    // Free updates ended and nobody recorded ESU enrolment: not "extended only" but unconfirmed.
    expect(c.findings.new.filter((f) => f.ruleId === 'os.esu-unconfirmed')).toHaveLength(2);
  });

  it('lists removed and added assets, with the findings they take away and bring', () => {
    const base = sampleAssessment(DAY);
    const current = {
      ...base,
      assets: [
        ...base.assets.filter((a) => a.data.name !== 'ECG-CART'),
        newAsset(base, { name: 'LAB-PC', osVersion: 'Windows 8.1 Pro' }),
      ],
    };
    const c = compareAssessments(sampleAssessment(DAY), current, DAY);
    expect(c.assets.removed).toEqual([
      expect.objectContaining({
        name: 'ECG-CART',
        kind: 'medical-device',
        os: 'Microsoft Windows XP Professional Service Pack 3',
        support: expect.objectContaining({ status: 'unsupported' }),
      }),
    ]);
    expect(c.assets.added).toEqual([
      expect.objectContaining({
        name: 'LAB-PC',
        kind: 'workstation',
        os: 'Windows 8.1 Pro',
        support: expect.objectContaining({ status: 'unsupported' }),
      }),
    ]);
    expect(c.findings.new.find((f) => f.ruleId === 'os.unsupported')?.detail).toMatch(/^LAB-PC runs Windows 8.1 Pro/);
    expect(c.findings.resolved.find((f) => f.ruleId === 'os.unsupported')?.detail).toMatch(
      /^ECG-CART runs Microsoft Windows XP/,
    );
  });

  it('keeps a persisting finding whose severity changed, saying which way', () => {
    const isolated = editAsset(sampleAssessment(DAY), 'ECG-CART', {
      networkId: null,
      ipAddress: '',
      connection: 'none',
    });
    const c = compareAssessments(sampleAssessment(DAY), isolated, DAY);
    const ecg = c.findings.persisting.find(
      (p) => p.after.ruleId === 'os.unsupported' && p.after.detail.startsWith('ECG-CART'),
    );
    expect(ecg).toMatchObject({
      severityChange: 'lowered',
      matchedOn: 'same-evidence',
      before: { severity: 'critical' },
      after: { severity: 'high' },
    });
    expect(c.assets.changed[0]?.fields.map((f) => [f.label, f.before, f.after])).toEqual([
      ['IP address', '192.168.1.42', 'Not recorded'],
      ['Network', 'Clinic LAN', 'None'],
      ['Connection', 'Wired', 'Not connected'],
    ]);
    expect(c.summary[1]).toMatch(/\(0 more severe, [1-9]\d* less severe\)\.$/);
  });

  it("carries each visit's decision on a finding", () => {
    const prior = sampleAssessment(DAY);
    const first = compareAssessments(prior, sampleAssessment(DAY), DAY);
    const backups = first.findings.persisting.find((p) => p.before.ruleId === 'governance.backups');
    if (!backups) throw new Error('the sample has a backups finding');
    const decision = newFinding({
      assessmentId: prior.assessment.id,
      ruleId: 'governance.backups',
      key: backups.before.key,
      title: '',
      severity: backups.before.severity,
      status: 'accepted' as const,
      evidence: [],
      recommendation: '',
      statusNote: 'Ordered',
      acceptedUntil: '2027-01-31',
      owner: '',
      reviewDate: '',
    });
    const c = compareAssessments(
      { ...prior, decisions: [{ id: crypto.randomUUID(), data: decision }] },
      sampleAssessment(DAY),
      DAY,
    );
    expect(c.findings.persisting.find((p) => p.before.ruleId === 'governance.backups')).toMatchObject({
      before: { status: 'accepted' },
      after: { status: 'open' },
    });
  });

  it('reports networks, vendor links and applications that changed', () => {
    const base = sampleAssessment(DAY);
    const current = {
      ...base,
      networks: base.networks.map((n) =>
        n.data.name === 'Guest Wi-Fi' ? { ...n, data: { ...n.data, name: 'Visitors' } } : n,
      ),
      vendorLinks: base.vendorLinks.map((v) =>
        v.data.vendor === 'RadiView Imaging' ? { ...v, data: { ...v.data, mfa: true } } : v,
      ),
      applications: base.applications.map((a) =>
        a.data.name === 'PracticeMate PM' ? { ...a, data: { ...a.data, version: '7.0', vendorSupported: true } } : a,
      ),
      links: [],
    };
    const c = compareAssessments(sampleAssessment(DAY), current, DAY);
    expect(c.networks.changed).toEqual([
      expect.objectContaining({
        name: 'Visitors',
        matchedBy: 'VLAN and subnet',
        fields: [{ field: 'name', label: 'Name', before: 'Guest Wi-Fi', after: 'Visitors' }],
      }),
    ]);
    expect(c.vendorLinks.changed[0]?.fields).toEqual([
      { field: 'mfa', label: 'Multi-factor authentication', before: 'No', after: 'Yes' },
    ]);
    expect(c.applications.changed[0]?.fields.map((f) => `${f.label}: ${f.before} → ${f.after}`)).toEqual([
      'Version: 6.2 → 7.0',
      'Supported by the vendor: No → Yes',
    ]);
    expect(c.links.removed.map((l) => l.name)).toEqual(['Valley DSL link']);
    // RadiView's account is shared: its lack of MFA was part of that one finding, which stays.
    expect(c.findings.resolved.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['apps.unsupported']));
  });

  it('reports flows added and changed, and the newer asset and vendor link fields', () => {
    const withFlows = (records: ReturnType<typeof sampleAssessment>, edit: boolean) => {
      const id = (name: string) => records.networks.find((n) => n.data.name === name)?.id ?? '';
      const archive: Flow = {
        ...emptyFlow(records.assessment.id, id('Clinic LAN'), PARENT_ZONE),
        method: 'vpn',
        services: ['tcp/443', 'dicom'],
      };
      const flows: { id: string; data: Flow }[] = [
        {
          id: crypto.randomUUID(),
          data: edit
            ? {
                ...archive,
                services: ['dicom', 'tcp/443'],
                encrypted: true,
                approvedBy: 'Integration board',
                approvalReason: 'Images to the archive',
              }
            : archive,
        },
      ];
      if (edit)
        flows.push({
          id: crypto.randomUUID(),
          data: emptyFlow(records.assessment.id, id('Guest Wi-Fi'), id('Clinic LAN')),
        });
      return { ...records, flows };
    };
    const base = editAsset(withFlows(sampleAssessment(DAY), true), 'EXAM-PC-1', {
      esuCoverage: 'enrolled',
      lastSecurityUpdate: '2026-11-01',
      physicalExposure: 'public-area',
    });
    const xray = base.assets.find((a) => a.data.name === 'XRAY-ACQ')?.id ?? '';
    const current = {
      ...base,
      vendorLinks: base.vendorLinks.map((v) =>
        v.data.vendor === 'RadiView Imaging'
          ? { ...v, data: { ...v.data, farSide: 'parent-corporate' as const, reachesAssetIds: [xray] } }
          : v,
      ),
    };
    const c = compareAssessments(withFlows(sampleAssessment(DAY), false), current, DAY);
    expect(c.flows.added.map((f) => f.name)).toEqual(['Guest Wi-Fi → Clinic LAN (routed)']);
    expect(c.flows.removed).toEqual([]);
    expect(c.flows.changed).toEqual([
      expect.objectContaining({
        name: 'Clinic LAN → Parent corporate network (VPN)',
        matchedBy: 'both ends, method and services',
        fields: [
          { field: 'encrypted', label: 'Encrypted in transit', before: 'Not known', after: 'Yes' },
          { field: 'approvedBy', label: 'Approved by', before: 'Not recorded', after: 'Integration board' },
          {
            field: 'approvalReason',
            label: 'Reason for approval',
            before: 'Not recorded',
            after: 'Images to the archive',
          },
        ],
      }),
    ]);
    const pc = c.assets.changed.find((a) => a.name === 'EXAM-PC-1');
    expect(pc?.fields.map((f) => [f.label, f.after])).toEqual(
      expect.arrayContaining([
        ['Paid extended security updates', 'Enrolled'],
        ['Last security update', '2026-11-01'],
        ['Where it is kept', 'Public area (waiting room, reception)'],
      ]),
    );
    expect(c.vendorLinks.changed[0]?.fields.map((f) => [f.label, f.after])).toEqual(
      expect.arrayContaining([
        ['Devices it lands on', 'XRAY-ACQ'],
        ['Where the far end connects', "The parent firm's corporate network"],
      ]),
    );
    expect(c.summary).toContainEqual(expect.stringMatching(/^Flows: 1 added, 0 removed, 1 changed, \d+ unchanged\.$/));
  });

  it('compares with an assessment that has nothing recorded yet', () => {
    const c = compareAssessments(emptyAssessment('2025-01-01'), sampleAssessment(DAY), DAY);
    expect(c.findings.resolved).toEqual([]);
    expect(c.findings.persisting).toEqual([]);
    expect(c.assets.added).toHaveLength(15);
    expect(c.prior.date).toBe('2025-01-01');
  });
});

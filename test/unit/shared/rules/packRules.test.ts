import { describe, expect, it } from 'vitest';
import type { ComparableRecords } from '../../../../shared/compare/compareAssessments';
import { builtInPack, type ActivePack } from '../../../../shared/reference/contentPack';
import { assessFindings } from '../../../../shared/rules/assessedFindings';
import { buildContext, type AssessmentFacts } from '../../../../shared/rules/context';
import { evaluateRules, rules } from '../../../../shared/rules/engine';
import { findingFacts } from '../../../../shared/rules/findingFacts';
import { standardRuleId } from '../../../../shared/rules/mustFix';
import { osResolverFor, rulesFor, tuneFindings } from '../../../../shared/rules/packRules';
import { validateStandards } from '../../../../shared/rules/standardConditions';
import { ASSESSMENT, asset, facts, link, vendorLink } from '../../../support/assessmentFacts';
import { testPack } from '../../../support/testPack';
import { decision } from '../../../support/decisionRecords';

const run = (f: AssessmentFacts, pack: ActivePack) =>
  tuneFindings(evaluateRules(buildContext(f, osResolverFor(pack), pack), rulesFor(pack)), pack);

const vendorMfa = {
  id: 'vendor-mfa',
  title: 'Vendor remote access uses MFA',
  area: 'vendor',
  subject: 'vendorAccess',
  where: [{ field: 'method', op: 'one-of', value: ['vpn', 'remote-control-tool'] }],
  require: [{ field: 'mfa', op: 'equals', value: true }],
  severity: 'high',
  mustFix: true,
  remediation: 'Turn on MFA for the vendor before the clinic is connected.',
  owner: 'vendor',
};

describe('minimum standards from the pack', () => {
  const pack = testPack({ profile: { standards: [vendorMfa] } });

  it('finds each record that matches where and falls short of require, at the standard severity', () => {
    const sono = vendorLink({ vendor: 'SonoCorp', method: 'vpn', mfa: false });
    const cloud = vendorLink({ vendor: 'CloudEMR', method: 'cloud', mfa: false }); // not matched by where
    const good = vendorLink({ vendor: 'RadiView', method: 'vpn', mfa: true });
    const found = run(facts({ vendorLinks: [sono, cloud, good] }), pack).filter(
      (f) => f.ruleId === standardRuleId('vendor-mfa'),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: 'high',
      records: [sono.id],
      title: 'Vendor remote access uses MFA',
      owner: 'vendor',
      area: 'vendor',
      detail: "Vendor link 'SonoCorp' has MFA: no; Northwind requires yes.",
    });
    expect(found[0]?.rationale).toContain("Set by Northwind integration standard's minimum standard");
  });

  it('gives every severity exactly, whatever it is', () => {
    for (const severity of ['critical', 'high', 'medium', 'low', 'info'] as const) {
      const p = testPack({ profile: { standards: [{ ...vendorMfa, severity }] } });
      const [f] = run(facts({ vendorLinks: [vendorLink({ method: 'vpn', mfa: null })] }), p).filter((x) =>
        x.ruleId.startsWith('standard.'),
      );
      expect(f?.severity).toBe(severity);
      expect(f?.detail).toContain('MFA: not recorded');
    }
  });

  it('checks assets with dates and text, and the checklist answers', () => {
    const p = testPack({
      profile: {
        standards: [
          {
            id: 'patched-recently',
            title: 'Servers patched since September',
            area: 'endpoints',
            subject: 'asset',
            where: [{ field: 'kind', op: 'equals', value: 'server' }],
            require: [{ field: 'lastSecurityUpdate', op: 'at-least', value: '2026-09-01' }],
            severity: 'medium',
            remediation: 'Patch the server.',
          },
          {
            id: 'segmented',
            title: 'Clinic networks are separated by a firewall',
            area: 'network',
            subject: 'answer',
            require: [{ field: 'network.firewall-between', op: 'equals', value: 'yes' }],
            severity: 'high',
            remediation: 'Separate the networks.',
          },
        ],
      },
    });
    const old = asset({ kind: 'server', name: 'EMR-SRV', lastSecurityUpdate: '2026-06-10' });
    const fresh = asset({ kind: 'server', name: 'FILE-SRV', lastSecurityUpdate: '2026-11-10' });
    const unknown = asset({ kind: 'server', name: 'BACKUP' });
    const pc = asset({ kind: 'workstation', lastSecurityUpdate: '2025-01-01' });
    const found = run(
      facts({ assets: [old, fresh, unknown, pc], answers: { 'network.firewall-between': 'no' } }),
      p,
    ).filter((f) => f.ruleId.startsWith('standard.'));
    const patched = found.filter((f) => f.ruleId === 'standard.patched-recently');
    expect(patched.map((f) => f.records[0]).sort()).toEqual([old.id, unknown.id].sort());
    expect(patched.find((f) => f.records[0] === old.id)?.detail).toBe(
      "Asset 'EMR-SRV' has last security update: 2026-06-10; Northwind requires at least 2026-09-01.",
    );
    const segmented = found.find((f) => f.ruleId === 'standard.segmented');
    expect(segmented?.questions).toEqual(['network.firewall-between']);
    expect(segmented?.detail).toMatch(/^The checklist has "Does a firewall separate.*": no; Northwind requires yes\.$/);
  });

  it('refuses field names a subject does not have, in plain sentences, and never crashes on them', () => {
    const bad = {
      ...vendorMfa,
      id: 'bad',
      require: [
        { field: 'mfaa', op: 'equals', value: true },
        { field: 'mfa', op: 'one-of', value: true },
      ],
    };
    const p = testPack({
      profile: {
        standards: [
          bad,
          { ...vendorMfa, subject: 'answer', where: [], require: [{ field: 'no.such-question', op: 'not-empty' }] },
        ],
      },
    });
    expect(validateStandards(p.content.profile)).toEqual([
      'Standard "bad" names the field "mfaa", which a vendor link record does not have.',
      'Standard "bad" tests "mfa" with "one-of" but its value is not a list.',
      'Standard "vendor-mfa" names the question "no.such-question", which the checklist does not have.',
    ]);
    expect(validateStandards(pack.content.profile)).toEqual([]);
    expect(() => run(facts({ vendorLinks: [vendorLink({ method: 'vpn' })] }), p)).not.toThrow();
  });

  it('runs only the built-in rules under the built-in pack', () => {
    expect(rulesFor(builtInPack)).toBe(rules);
    expect(rulesFor(pack)).toHaveLength(rules.length + 1);
    expect(rulesFor(pack)).toBe(rulesFor(pack));
  });
});

describe('severity tuning', () => {
  const windows7 = facts({ assets: [asset({ name: 'OLD-PC', osVersion: 'Windows 7 Professional SP1' })] });
  const tuned = testPack({ profile: { severityTuning: [{ ruleId: 'os.unsupported', severity: 'critical' }] } });

  it("gives a tuned rule's findings the firm's severity and says so", () => {
    const before = run(windows7, builtInPack).find((f) => f.ruleId === 'os.unsupported');
    const after = run(windows7, tuned).find((f) => f.ruleId === 'os.unsupported');
    expect(before?.severity).toBe('medium');
    expect(after?.severity).toBe('critical');
    expect(after?.rationale).toContain('set to Critical by Northwind integration standard (the rule scores Medium)');
    expect(after?.key).toBe(before?.key);
  });

  it("leaves the assessor's override in force over the tuning", () => {
    const derived = run(windows7, tuned);
    const finding = derived.find((f) => f.ruleId === 'os.unsupported');
    if (!finding) throw new Error('no finding');
    const record = decision({ assessment: { id: ASSESSMENT } as ComparableRecords['assessment'] }, finding, {
      override: 'severity',
      overrideSeverity: 'low',
      overrideReason: 'The PC is kept off every network and used only to read old scans.',
      overrideBy: 'Sam Lee',
      overrideAt: '2026-11-28',
      overrideBasis: findingFacts(finding),
    });
    const [assessed] = assessFindings(derived, [record], '2026-11-28').filter((f) => f.ruleId === 'os.unsupported');
    expect(assessed?.severity).toBe('low');
    expect(assessed?.ruleSeverity).toBe('critical');
    expect(assessed?.override?.needsReview).toBe(false);
  });
});

describe('OS lifecycle from the pack', () => {
  const support = (pack: ActivePack, os: string, date = '2026-11-28') =>
    buildContext(facts({ assessmentDate: date }), osResolverFor(pack), pack).osSupportOf(
      asset({ osVersion: os, lastSecurityUpdate: '' }),
    );

  it("takes the pack's dates for a product the app knows", () => {
    const pack = testPack({
      osLifecycle: [
        {
          id: 'server-2016',
          name: 'Windows Server 2016',
          family: 'windows-server',
          end: '2026-01-12',
          source: 'Microsoft Lifecycle, reviewed 2026-10',
        },
      ],
    });
    expect(support(builtInPack, 'Windows Server 2016 Standard', '2026-06-01').status).toBe('supported');
    expect(support(pack, 'Windows Server 2016 Standard', '2026-06-01')).toMatchObject({ status: 'unsupported' });
    expect(osResolverFor(pack)('Windows Server 2016', '2026-06-01').product?.source).toBe(
      'Microsoft Lifecycle, reviewed 2026-10 (from Northwind integration standard)',
    );
    expect(osResolverFor(pack)).toBe(osResolverFor(pack));
    expect(osResolverFor(builtInPack)('Windows Server 2016', '2026-06-01').product?.source).toBe(
      'Microsoft Lifecycle Policy',
    );
  });

  it('adds a product the app does not know, recognised by its name, the longest name first', () => {
    const pack = testPack({
      osLifecycle: [
        { id: 'rocky-9', name: 'Rocky Linux 9', family: 'linux', end: '2032-05-31' },
        { id: 'rocky', name: 'Rocky Linux', family: 'linux', end: '2020-01-01' },
      ],
    });
    expect(support(builtInPack, 'Rocky Linux 9.4 (Blue Onyx)').status).toBe('unknown');
    expect(osResolverFor(pack)('rocky linux 9.4 (Blue Onyx)', '2026-11-28')).toMatchObject({
      status: 'supported',
      product: { id: 'rocky-9', name: 'Rocky Linux 9' },
    });
    expect(osResolverFor(pack)('Rocky Linux 8.9', '2026-11-28').status).toBe('unsupported');
    // A release the app reads itself is not taken over by a name the pack adds.
    expect(osResolverFor(pack)('Windows 11 Pro 25H2', '2026-11-28').product?.id).toBe('windows-11-25h2-pro');
  });
});

describe('bandwidth figures from the pack', () => {
  const clinic = facts({
    answers: { 'profile.staff': 10, 'profile.emr-hosting': 'on-premises' },
    links: [link({ downMbps: 14, upMbps: 14, latencyMs: 20, jitterMs: 2, lossPercent: 0 })],
  });

  it('replaces the built-in figures by id and cites the pack for them', () => {
    const pack = testPack({
      bandwidth: [{ id: 'office-user', downMbps: 2, upMbps: 1, source: 'Northwind measured median, 2026' }],
    });
    const before = buildContext(clinic, osResolverFor(builtInPack), builtInPack).bandwidth;
    const after = buildContext(clinic, osResolverFor(pack), pack).bandwidth;
    expect(before.need.downMbps).toBe(10);
    expect(before.verdict).toBe('sufficient');
    expect(after.need.downMbps).toBe(20);
    expect(after.verdict).toBe('insufficient');
    expect(after.need.lines[0]?.workload.source).toBe('Northwind measured median, 2026');
    expect(after.reasons).toContain(
      'Office use per concurrent staff member: 2 Mbit/s down and 1 Mbit/s up, from Northwind integration standard (Northwind measured median, 2026).',
    );
  });
});

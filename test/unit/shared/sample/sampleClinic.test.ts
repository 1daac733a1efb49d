import { describe, expect, it } from 'vitest';
import { answerContradictions } from '../../../../shared/checklists/answerContradictions';
import { answerProblem, checklistProgress, questionsById } from '../../../../shared/checklists/checklist';
import { settledAnswers } from '../../../../shared/checklists/topologyAnswers';
import { entities } from '../../../../shared/model/entities';
import { isApproved } from '../../../../shared/model/flow';
import { osSupport } from '../../../../shared/reference/osLifecycle';
import { buildContext } from '../../../../shared/rules/context';
import { evaluateRules } from '../../../../shared/rules/engine';
import type { Severity } from '../../../../shared/rules/severity';
import { sampleClinic } from '../../../../shared/sample/sampleClinic';

const sample = sampleClinic(() => crypto.randomUUID(), '2026-11-28');
const answers = new Map(sample.answers.map(([q, v]) => [q, v] as const));
const idOf = (name: string) => {
  const record =
    [...sample.assets, ...sample.networks].find((r) => r.data.name === name) ??
    sample.vendorLinks.find((v) => v.data.vendor === name);
  if (!record) throw new Error(`the sample has no ${name}`);
  return record.id;
};
const findings = evaluateRules(buildContext({ ...sample, assessmentDate: '2026-11-28', answers }, osSupport));
const summary = () => findings.map((f) => `${f.severity} ${f.ruleId}: ${f.detail}`).join('\n');

describe('the sample clinic', () => {
  it('holds only valid records', () => {
    entities.clinic.schema.parse(sample.clinic.data);
    entities.assessment.schema.parse(sample.assessment.data);
    for (const n of sample.networks) entities.network.schema.parse(n.data);
    for (const a of sample.assets) entities.asset.schema.parse(a.data);
    for (const v of sample.vendorLinks) entities.vendorAccess.schema.parse(v.data);
    for (const l of sample.links) entities.link.schema.parse(l.data);
    for (const a of sample.applications) entities.application.schema.parse(a.data);
    for (const f of sample.flows) entities.flow.schema.parse(f.data);
    for (const a of sample.adminAccounts) entities.adminAccount.schema.parse(a.data);
  });

  it('records its topology as flows, not the fields older networks used', () => {
    for (const n of sample.networks) {
      expect(n.data.connectsTo, n.data.name).toEqual([]);
      expect(n.data.reachableFromParent, n.data.name).toBeNull();
    }
    expect(new Set(sample.flows.map((f) => f.data.method))).toEqual(
      new Set(['physical-bridge', 'routed', 'firewall-rule', 'vpn']),
    );
    expect(sample.flows.filter((f) => f.data.status === 'planned')).toHaveLength(2);
  });

  it('answers every question that applies, each with a valid value', () => {
    for (const [questionId, value] of sample.answers) {
      const question = questionsById.get(questionId);
      expect(question, questionId).toBeDefined();
      if (question) expect(answerProblem(question, value), questionId).toBeNull();
    }
    const progress = checklistProgress(answers, settledAnswers(sample));
    expect(progress.requiredMissing).toBe(0);
    expect(progress.answered).toBe(progress.total);
  });

  it('agrees with its records but for one answer, kept to show the flag', () => {
    const settled = settledAnswers(sample);
    expect(settled.map((s) => s.questionId).sort()).toEqual([
      'connectivity.vpn-to-parent',
      'network.flat',
      'network.guest-wifi-isolated',
      'network.medical-device-networks',
      'network.parent-reachable',
      'vendor.any',
      'vendor.shared-accounts',
      'wireless.devices-on-wifi',
    ]);
    expect(answerContradictions(sample, answers, settled)).toEqual([
      expect.objectContaining({
        questionId: 'network.guest-wifi-isolated',
        stored: true,
        fromRecords: false,
        explanation: expect.stringMatching(
          /^Your answer says Yes, the inventory shows No\. Guest Wi-Fi reaches Clinic LAN/,
        ),
      }),
    ]);
  });

  const expected: [rule: string, subject: string, severity: Severity, path?: RegExp][] = [
    [
      'vendor.bridges-corporate',
      'RadiView Imaging',
      'critical',
      /^RadiView Imaging VPN → Clinic LAN \(vendor tunnel\) → Parent corporate network \(VPN, planned\)$/,
    ],
    [
      'vendor.bridges-corporate',
      'BrightDesk IT (MSP)',
      'high',
      /^BrightDesk IT \(MSP\) TeamViewer → FRONTDESK-01 \(remote-control tool, .*then from that machine\) → Clinic LAN \(same zone\) → Parent corporate network \(VPN, planned\)$/,
    ],
    [
      'network.parent-reaches-devices',
      'Clinic LAN',
      'critical',
      /^Parent corporate network → Clinic LAN \(VPN, planned\)$/,
    ],
    [
      'network.parent-reaches-devices',
      'Staff Wi-Fi',
      'critical',
      /^Parent corporate network → Clinic LAN \(VPN, planned\) → Staff Wi-Fi \(bridged\)$/,
    ],
    ['network.internet-exposed-service', 'PM-SRV', 'critical', /^Internet → PM-SRV \(firewall rule, RDP\)$/],
    ['network.guest-not-isolated', 'Guest Wi-Fi', 'high', /^Guest Wi-Fi → Clinic LAN \(bridged\)$/],
    ['network.flat', 'Clinic LAN', 'critical'],
    ['vendor.always-on', 'RadiView Imaging', 'critical'],
    ['vendor.shared-account', 'RadiView Imaging', 'critical'],
    ['os.unsupported', 'PM-SRV', 'critical'],
    ['os.unsupported', 'XRAY-ACQ', 'critical'],
    ['os.unsupported', 'ECG-CART', 'critical'],
    ['os.unsupported', 'EXAM-PC-1', 'critical'],
    ['os.esu-unconfirmed', 'FRONTDESK-01', 'high'],
    ['os.esu-unconfirmed', 'FRONTDESK-02', 'high'],
    ['devices.unpatchable-networked', 'SPIRO-1', 'critical'],
    ['devices.vendor-support-ended', 'XRAY-ACQ', 'critical'],
    ['devices.physically-exposed', 'HOME-ECG-1', 'medium'],
    ['devices.default-credentials', 'PUMP-01', 'high'],
    ['devices.compensating-controls', 'ULTRASOUND-1', 'medium'],
    ['network.medical-internet', 'Clinic LAN', 'medium'],
    ['connectivity.insufficient', '', 'high'],
    ['connectivity.no-backup', '', 'medium'],
    ['apps.unsupported', '', 'high'],
    ['vendor.no-baa', 'RadiView Imaging', 'medium'],
  ];

  for (const [rule, subject, severity, path] of expected) {
    it(`raises ${rule}${subject ? ` on ${subject}` : ''} as ${severity}`, () => {
      const match = findings.find((f) => f.ruleId === rule && (!subject || f.records.includes(idOf(subject))));
      expect(match, summary()).toBeDefined();
      expect(match?.severity, match?.rationale).toBe(severity);
      if (path)
        expect(
          match?.paths.some((p) => path.test(p)),
          match?.paths.join('\n'),
        ).toBe(true);
    });
  }

  it('shows the identity rules on its admin register and email answers', () => {
    const holder = (person: string) => sample.adminAccounts.find((a) => a.data.person.startsWith(person))!.id;
    const severityOf = (rule: string, person?: string) =>
      findings.find((f) => f.ruleId === rule && (!person || f.records.includes(holder(person))))?.severity;
    expect(severityOf('identity.departed-admin', 'Maria Okafor'), summary()).toBe('critical');
    expect(severityOf('identity.msp-standing-admin', 'admin (BrightDesk')).toBe('high');
    expect(severityOf('identity.shared-admin', 'admin (BrightDesk')).toBe('high');
    expect(severityOf('identity.shared-admin', 'CloudChart support')).toBe('high');
    expect(severityOf('identity.no-separate-admin', 'Dana Ruiz')).toBe('medium');
    expect(severityOf('identity.email-no-mfa')).toBe('high');
    expect(severityOf('identity.legacy-auth')).toBe('high');
    expect(severityOf('identity.dmarc-weak')).toBe('medium');
    expect(severityOf('identity.spf-dkim-missing')).toBe('low');
    expect(findings.find((f) => f.ruleId === 'identity.unknown-admin')?.detail).toMatch(
      /^The domain registrar account: nobody is recorded/,
    );
    // The practice manager holds the tenant with MFA: nothing about her MFA; the leaver is not also "the seller's admin".
    expect(findings.filter((f) => f.ruleId === 'identity.admin-no-mfa')).toEqual([]);
    expect(findings.filter((f) => f.ruleId === 'identity.seller-admin')).toEqual([]);
  });

  it('says the RDP port forward makes the server hosting PracticeMate critical, and why', () => {
    const server = findings.find((f) => f.ruleId === 'os.unsupported' && f.records.includes(idOf('PM-SRV')));
    expect(server?.rationale).toContain('hosts PracticeMate PM');
  });

  it("raises nothing about the approved DICOM-over-TLS flow to the parent's archive", () => {
    const approved = sample.flows.filter((f) => isApproved(f.data)).map((f) => f.id);
    expect(approved).toHaveLength(1);
    expect(findings.filter((f) => f.records.some((id) => approved.includes(id))).map((f) => f.detail)).toEqual([]);
    expect(findings.filter((f) => f.ruleId === 'network.clinical-protocol-exposed')).toEqual([]);
  });

  it('raises nothing a seasoned assessor would strike out', () => {
    const absent = (rule: string, subject?: string) =>
      findings.filter((f) => f.ruleId === rule && (!subject || f.records.includes(idOf(subject))));
    // TeamViewer sits on office PCs, not on a medical device; the MSP uses MFA and named accounts.
    expect(absent('devices.remote-control-tool')).toEqual([]);
    expect(absent('vendor.no-mfa', 'BrightDesk IT (MSP)')).toEqual([]);
    expect(absent('vendor.shared-account', 'BrightDesk IT (MSP)')).toEqual([]);
    // The home monitor pairs over Bluetooth: nothing to scan; the spirometer hangs off a PC.
    expect(absent('scanning.safety-unknown')).toEqual([]);
    expect(absent('os.unknown')).toEqual([]);
    expect(findings.length).toBeGreaterThan(40);
  });
});

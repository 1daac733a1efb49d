import { describe, expect, it } from 'vitest';
import { newFinding } from '../../../../shared/model/finding';
import { indicatorData, type Indicator } from '../../../../shared/model/indicator';
import { builtInPack, type ActivePack } from '../../../../shared/reference/contentPack';
import { integrationProfile } from '../../../../shared/reference/integrationProfile';
import { assessFindings } from '../../../../shared/rules/assessedFindings';
import { indicatorFindingKey } from '../../../../shared/rules/compromiseRules';
import { buildContext } from '../../../../shared/rules/context';
import { evaluateRules } from '../../../../shared/rules/engine';
import { osSupport } from '../../../../shared/reference/osLifecycle';
import type { DerivedFinding } from '../../../../shared/rules/ruleTypes';
import { integrationVerdict } from '../../../../shared/integration/verdict';
import { ASSESSMENT, asset, facts } from '../../../support/assessmentFacts';

const allChecks = ['admin-accounts', 'persistence', 'outbound', 'edr-alerts'];
const pc = asset({ name: 'RECEPTION-PC' });

function derived(key: string, patch: Partial<DerivedFinding> = {}): DerivedFinding {
  return {
    key,
    ruleId: 'vendor.no-mfa',
    area: 'vendor',
    title: 'Vendor remote access without MFA',
    detail: 'SonoCorp TeamViewer link has no MFA.',
    severity: 'high',
    likelihood: 3,
    impact: 3,
    rationale: '',
    records: [],
    questions: [],
    remediation: 'Put the link behind MFA and the parent gateway.',
    owner: 'vendor',
    paths: [],
    ...patch,
  };
}

function indicator(patch: Partial<Indicator> = {}) {
  return {
    id: crypto.randomUUID(),
    data: indicatorData.parse({
      assessmentId: ASSESSMENT,
      kind: 'remote-tool',
      description: 'AnyDesk running as a service, nobody knows who installed it',
      assetId: pc.id,
      ...patch,
    }),
  };
}

function pack(mustFix: Record<string, unknown>): ActivePack {
  return {
    content: { ...builtInPack.content, name: 'Northwind standard', profile: integrationProfile.parse({ mustFix }) },
    signedBy: { name: 'Northwind', fingerprint: 'ab:cd' },
  };
}

interface Setup {
  derived?: DerivedFinding[];
  indicators?: ReturnType<typeof indicator>[];
  checks?: string[];
  decisions?: Parameters<typeof newFinding>[0][];
  pack?: ActivePack;
}

function verdictOf(s: Setup = {}) {
  const context = buildContext(
    {
      ...facts({ assets: [pc], answers: { 'compromise.checks-done': s.checks ?? allChecks } }),
      indicators: s.indicators ?? [],
    },
    osSupport,
    s.pack ?? builtInPack,
  );
  const rules = evaluateRules(context).filter((f) => f.ruleId === 'compromise.indicator');
  const records = (s.decisions ?? []).map((d) => ({ id: crypto.randomUUID(), data: newFinding(d) }));
  return integrationVerdict(assessFindings([...rules, ...(s.derived ?? [])], records, '2026-11-28'), context);
}

const accept = (f: DerivedFinding) => ({
  assessmentId: ASSESSMENT,
  ruleId: f.ruleId,
  key: f.key,
  title: f.title,
  severity: f.severity,
  status: 'accepted' as const,
  statusNote: 'Vendor moves to the gateway in January',
  decidedBy: 'Ann Assessor',
  decidedAt: '2026-11-28',
  acceptedUntil: '2027-03-01',
  evidence: [],
  recommendation: f.remediation,
});

describe('integrationVerdict', () => {
  it('is go with nothing must-fix and the compromise check done', () => {
    const v = verdictOf({ derived: [derived('a', { severity: 'medium', likelihood: 2, impact: 2 })] });
    expect(v.verdict).toBe('go');
    expect(v.headline).toBe('Go: nothing must be fixed before connecting.');
    expect(v.conditions).toEqual([]);
  });

  it('is conditional on open must-fix findings, grouped by owner and remediation into one work item', () => {
    const v = verdictOf({
      derived: [
        derived('a'),
        derived('b'),
        derived('c', {
          owner: 'clinic',
          remediation: 'Upgrade Windows.',
          title: 'Unsupported OS',
          severity: 'critical',
        }),
      ],
    });
    expect(v.verdict).toBe('conditional');
    expect(v.conditions.map((c) => [c.text, c.owner, c.findingKeys])).toEqual([
      ['Unsupported OS', 'clinic', ['c']],
      ['Vendor remote access without MFA', 'vendor', ['a', 'b']],
    ]);
    expect(v.conditions[1]?.reason).toBe('High severity (must-fix from High)');
    expect(v.headline).toBe('Conditional: connect once 2 conditions are met.');
  });

  it("states a rule's shared remediation once, without the line one finding adds for its device", () => {
    const v = verdictOf({
      derived: [
        derived('a', { remediation: 'Isolate the devices. Keep them off the parent. Ask SonoCorp for its roadmap.' }),
        derived('b', { remediation: 'Isolate the devices. Keep them off the parent. Ask InfuCare for its roadmap.' }),
      ],
    });
    expect(v.conditions.map((c) => [c.remediation, c.findingKeys.length])).toEqual([
      ['Isolate the devices. Keep them off the parent.', 2],
    ]);
  });

  it('drops a condition when its finding is accepted, and counts the acceptance', () => {
    const f = derived('a');
    const v = verdictOf({ derived: [f], decisions: [accept(f)] });
    expect(v.verdict).toBe('go');
    expect(v.counts.mustFixAccepted).toBe(1);
  });

  it('is no-go while an indicator is open, its finding a blocker not a condition', () => {
    const open = indicator();
    const v = verdictOf({ derived: [derived('a')], indicators: [open] });
    expect(v.verdict).toBe('no-go');
    expect(v.blockers).toEqual([
      expect.objectContaining({ kind: 'indicator', indicatorId: open.id, findingKeys: [indicatorFindingKey(open.id)] }),
    ]);
    expect(v.blockers[0]?.text).toBe(
      'Unknown remote-access tool on RECEPTION-PC: AnyDesk running as a service, nobody knows who installed it',
    );
    expect(v.conditions.flatMap((c) => c.findingKeys)).toEqual(['a']);
    expect(v.headline).toBe('No-go: do not connect — 1 sign of compromise not cleared.');
  });

  it('stays no-go for a confirmed compromise, and lifts the block once the indicator is cleared', () => {
    expect(verdictOf({ indicators: [indicator({ status: 'confirmed' })] }).verdict).toBe('no-go');
    const cleared = indicator({
      status: 'cleared',
      clearedBy: 'Sam Lee',
      clearedAt: '2026-11-28',
      clearance: "The clinic's MSP installed it for the billing vendor; removed on site.",
    });
    const v = verdictOf({ indicators: [cleared] });
    expect(v.verdict).toBe('go');
    expect(v.counts.indicatorsCleared).toBe(1);
  });

  it('accepting the risk of an indicator finding does not lift the block', () => {
    const open = indicator();
    const finding = derived(indicatorFindingKey(open.id), { ruleId: 'compromise.indicator' });
    expect(verdictOf({ indicators: [open], decisions: [accept(finding)] }).verdict).toBe('no-go');
  });

  it('is no-go on an open finding of a rule the pack lists as no-go', () => {
    const p = pack({ noGoRuleIds: ['vendor.no-mfa'] });
    const v = verdictOf({ derived: [derived('a')], pack: p });
    expect(v.verdict).toBe('no-go');
    expect(v.blockers[0]).toMatchObject({
      kind: 'finding',
      findingKeys: ['a'],
      reason: 'Northwind standard lists this rule as no-go',
    });
    expect(v.conditions).toEqual([]);
  });

  it("follows the pack's minimum severity", () => {
    const medium = derived('a', { severity: 'medium' });
    expect(verdictOf({ derived: [medium] }).verdict).toBe('go');
    expect(verdictOf({ derived: [medium], pack: pack({ minSeverity: 'medium' }) }).verdict).toBe('conditional');
    expect(verdictOf({ derived: [derived('b')], pack: pack({ minSeverity: 'critical' }) }).verdict).toBe('go');
  });

  it('says the compromise check was not done, or which checks are missing', () => {
    const none = verdictOf({ checks: [] });
    expect(none.verdict).toBe('conditional');
    expect(none.conditions.map((c) => c.text)).toEqual(['Compromise check not done']);
    const some = verdictOf({ checks: ['admin-accounts', 'persistence', 'outbound'] });
    expect(some.conditions.map((c) => c.text)).toEqual([
      'Compromise check incomplete: EDR and antivirus alerts reviewed',
    ]);
  });
});

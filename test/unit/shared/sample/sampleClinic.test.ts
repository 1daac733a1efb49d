import { describe, expect, it } from 'vitest';
import { answerProblem, checklistProgress, questionsById } from '../../../../shared/checklists/checklist';
import { entities } from '../../../../shared/model/entities';
import { osSupport } from '../../../../shared/reference/osLifecycle';
import { buildContext } from '../../../../shared/rules/context';
import { evaluateRules } from '../../../../shared/rules/engine';
import { sampleClinic } from '../../../../shared/sample/sampleClinic';

const sample = sampleClinic(() => crypto.randomUUID(), '2026-11-28');
const answers = new Map(sample.answers.map(([q, v]) => [q, v] as const));

describe('the sample clinic', () => {
  it('holds only valid records', () => {
    entities.clinic.schema.parse(sample.clinic.data);
    entities.assessment.schema.parse(sample.assessment.data);
    for (const n of sample.networks) entities.network.schema.parse(n.data);
    for (const a of sample.assets) entities.asset.schema.parse(a.data);
    for (const v of sample.vendorLinks) entities.vendorAccess.schema.parse(v.data);
    for (const l of sample.links) entities.link.schema.parse(l.data);
    for (const a of sample.applications) entities.application.schema.parse(a.data);
  });

  it('answers every question that applies, each with a valid value', () => {
    for (const [questionId, value] of sample.answers) {
      const question = questionsById.get(questionId);
      expect(question, questionId).toBeDefined();
      if (question) expect(answerProblem(question, value), questionId).toBeNull();
    }
    const progress = checklistProgress(answers);
    expect(progress.requiredMissing).toBe(0);
    expect(progress.answered).toBe(progress.total);
  });

  it('shows the findings a seasoned assessor would raise', () => {
    const findings = evaluateRules(buildContext({ assessmentDate: '2026-11-28', answers, assets: sample.assets, networks: sample.networks, vendorLinks: sample.vendorLinks, links: sample.links, applications: sample.applications, flows: sample.flows }, osSupport));
    const severityOf = (ruleId: string) => findings.filter((f) => f.ruleId === ruleId).map((f) => f.severity);
    expect(severityOf('network.flat')).toContain('critical');
    expect(severityOf('os.unsupported')).toContain('critical');
    expect(severityOf('vendor.always-on')).toContain('high');
    expect(severityOf('network.parent-reaches-devices')).toContain('critical');
    expect(severityOf('connectivity.insufficient')).toEqual(['high']);
    expect(severityOf('devices.shared-wifi').length).toBe(1);
    expect(findings.length).toBeGreaterThan(30);
  });
});

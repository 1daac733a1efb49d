import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { carryOver, carryOverAdmins } from '../../../../shared/compare/carryOver';
import { buildFindingsRegister, registerFindingId } from '../../../../shared/integration/findingsRegister';
import { z } from 'zod';
import { findingsRegister, registerJsonSchemaText } from '../../../../shared/integration/findingsRegisterSchema';
import { findingData } from '../../../../shared/model/finding';
import { frameworkSources } from '../../../../shared/reference/frameworks/findingReferences';
import { CLASSIFICATION } from '../../../../shared/report/clinicReport';
import { effectiveStatusLabels } from '../../../../shared/rules/findingStatus';
import { lineageOf, originOf, stableFindingKey } from '../../../../shared/integration/stableFindingKey';
import type { AssessmentRecords } from '../../../../shared/model/assessmentRecords';
import { planItemData } from '../../../../shared/model/planItem';
import { frameworkEntry } from '../../../../shared/reference/frameworks/findingReferences';
import { frameworks } from '../../../../shared/reference/frameworks/frameworkRefs';
import { sampleAssessment } from '../../../support/comparableRecords';
import { sampleClinic } from '../../../../shared/sample/sampleClinic';
import { largeAssessment } from '../../../support/largeAssessment';

const AT = '2026-11-28T10:00:00.000Z';
const firstVisit = (): AssessmentRecords => {
  const records = sampleAssessment('2025-11-20') as AssessmentRecords;
  const admins = sampleClinic(() => crypto.randomUUID(), '2025-11-20').adminAccounts;
  return {
    ...records,
    adminAccounts: admins.map((a) => ({ ...a, data: { ...a.data, assessmentId: records.assessment.id } })),
  };
};

/** The next visit as the app starts it: the inventory and admin register carried, the answers given again. */
function revisit(prior: AssessmentRecords): AssessmentRecords {
  const assessmentId = crypto.randomUUID();
  const newId = () => crypto.randomUUID();
  const carried = {
    ...prior,
    assessment: {
      id: assessmentId,
      data: { ...prior.assessment.data, startDate: '2026-11-20', title: 'Second visit' },
    },
    ...carryOver(prior, assessmentId, newId),
    adminAccounts: carryOverAdmins(prior.adminAccounts, assessmentId, newId),
  };
  // The same answers given again, those that name records naming this visit's copies.
  const copyOf = new Map(allRecords(carried).map((r) => [r.data.carriedFrom, r.id] as const));
  const value = (v: unknown) => (Array.isArray(v) ? v.map((id: string) => copyOf.get(id) ?? id) : v);
  return {
    ...carried,
    answers: prior.answers.map((a) => ({
      id: newId(),
      data: { ...a.data, assessmentId, value: value(a.data.value) as typeof a.data.value },
    })),
  };
}

type FindingsRegisterJson = { assessments: { findings: object[] }[] } & Record<string, unknown>;

/** Every listed record of an assessment, whatever its kind. */
const allRecords = (r: AssessmentRecords) =>
  Object.values(r).flatMap((list: unknown) =>
    Array.isArray(list) ? (list as { id: string; data: { carriedFrom?: string } }[]) : [],
  );

describe('findings register', () => {
  const visit = firstVisit();
  const options = {
    generatedAt: AT,
    date: '2026-11-28',
    toolVersion: '0.1.0',
    lineage: lineageOf(allRecords(visit)),
  };

  it('lists every finding of the sample clinic with its references, the same on every run', async () => {
    const register = await buildFindingsRegister([visit], options);
    expect(register).toMatchObject({
      format: 'clinic-assessor-findings-register',
      formatVersion: '1.1',
      generatedAt: AT,
      classification: 'Confidential — contains security findings',
      tool: { name: 'Clinic Assessor', version: '0.1.0' },
    });
    expect(register.classification).toBe(CLASSIFICATION);
    expect(register.frameworks.map((f) => f.framework)).toEqual(['hipaa', 'hicp', 'cpg', 'csf']);
    expect(register.frameworks).toEqual(
      frameworkSources.map(({ framework, title, edition, source }) => ({ framework, title, edition, source })),
    );
    for (const f of register.frameworks) expect(f.edition, f.framework).not.toBe('');
    const [part] = register.assessments;
    expect(part?.clinic.name).toBe('Lakeside Family Health (sample)');
    expect(part?.judgedOn).toBe('2025-11-20');
    expect(part?.findings.length).toBeGreaterThan(10);
    const keys = part!.findings.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(part!.findings.map((f) => f.id)).size).toBe(keys.length);
    for (const f of part!.findings) {
      expect(f.references.length, f.title).toBeGreaterThan(0);
      for (const r of f.references) expect(r.title).not.toBe('');
      expect(f.evidence.records.length + f.evidence.questions.length, f.title).toBeGreaterThan(0);
    }
    const withRecords = part!.findings.find((f) => f.evidence.records.length > 0)!;
    expect(withRecords.evidence.records[0]!.name).not.toBe(withRecords.evidence.records[0]!.id);
    expect(await buildFindingsRegister([visit], options)).toEqual(register);
  });

  it("judges findings as of the assessment's start date, or the register's date, never the time it is made", async () => {
    const [first] = (await buildFindingsRegister([visit], options)).assessments[0]!.findings.filter(
      (f) => f.needsAction,
    );
    const accepted = (startDate: string): AssessmentRecords => ({
      ...visit,
      assessment: { ...visit.assessment, data: { ...visit.assessment.data, startDate } },
      decisions: [
        ...visit.decisions,
        {
          id: crypto.randomUUID(),
          data: findingData.parse({
            assessmentId: visit.assessment.id,
            ruleId: first!.ruleId,
            key: first!.assessmentKey,
            title: first!.title,
            severity: first!.severity,
            status: 'accepted',
            evidence: [],
            recommendation: '',
            statusNote: 'Replacement ordered.',
            owner: 'Practice manager',
            acceptedUntil: '2026-03-31',
            decidedBy: 'A. Assessor',
            decidedAt: '2025-11-20',
          }),
        },
      ],
    });
    const judged = async (records: AssessmentRecords, date: string) => {
      const [part] = (await buildFindingsRegister([records], { ...options, date })).assessments;
      const status = part!.findings.find((f) => f.assessmentKey === first!.assessmentKey)!.status;
      return { judgedOn: part!.judgedOn, status };
    };
    // Made on 2026-11-28 (AT) every time: only the dates decide whether the acceptance has run out.
    expect(await judged(accepted(''), '2026-01-15')).toEqual({ judgedOn: '2026-01-15', status: 'accepted' });
    expect(await judged(accepted(''), '2026-11-28')).toEqual({
      judgedOn: '2026-11-28',
      status: 'acceptance-expired',
    });
    // With a start date, the findings are those of the visit, as the clinic report has them.
    expect(await judged(accepted('2025-11-20'), '2026-11-28')).toEqual({
      judgedOn: '2025-11-20',
      status: 'accepted',
    });
  });

  it("keeps a finding's key on the next visit, where its key within the assessment changes", async () => {
    const next = revisit(visit);
    const lineage = lineageOf([...allRecords(visit), ...allRecords(next)]);
    const register = await buildFindingsRegister([visit, next], { ...options, lineage });
    const [before, after] = register.assessments.map((a) => a.findings);
    const onRecords = before!.filter((f) => f.evidence.records.length > 0 && f.source === 'rule');
    expect(onRecords.length).toBeGreaterThan(5);
    for (const f of onRecords) {
      const again = after!.find((a) => a.key === f.key);
      expect(again, f.key).toBeDefined();
      expect(again!.ruleId).toBe(f.ruleId);
      expect(again!.assessmentKey).not.toBe(f.assessmentKey);
      expect(again!.id).toBe(f.id);
    }
    expect(after!.map((f) => f.key).sort()).toEqual(before!.map((f) => f.key).sort());
  });

  it('keys findings alike on three visits when each file holds only its own visit', async () => {
    const second = revisit(visit);
    const third = revisit(second);
    const alone = async (records: AssessmentRecords) => {
      const register = await buildFindingsRegister([records], { ...options, lineage: lineageOf(allRecords(records)) });
      return register.assessments[0]!.findings.filter((f) => f.evidence.records.length > 0).map((f) => f.key);
    };
    const keys = await alone(visit);
    expect(keys.length).toBeGreaterThan(5);
    expect((await alone(second)).sort()).toEqual([...keys].sort());
    expect((await alone(third)).sort()).toEqual([...keys].sort());
  });

  it("prefers a record's origin to its carriedFrom chain", () => {
    const lineage = lineageOf([
      { id: 'third', data: { carriedFrom: 'second', originId: 'first' } },
      { id: 'older', data: { carriedFrom: 'before', originId: '' } },
      { id: 'new', data: { carriedFrom: '', originId: '' } },
    ]);
    expect(originOf('third', lineage)).toBe('first');
    expect(originOf('older', lineage)).toBe('before');
    expect(originOf('new', lineage)).toBe('new');
  });

  it('follows a chain of visits to the first record, and stops at a record the file does not hold', async () => {
    const lineage = new Map([
      ['third', 'second'],
      ['second', 'first'],
      ['loop-a', 'loop-b'],
      ['loop-b', 'loop-a'],
    ]);
    expect(originOf('third', lineage)).toBe('first');
    expect(originOf('second', new Map([['second', 'gone']]))).toBe('gone');
    expect(originOf('loop-a', lineage)).toBe('loop-b');
    expect(stableFindingKey({ ruleId: 'r', title: 'T', records: ['third', 'x'], questions: [] }, lineage)).toBe(
      'r:first,x',
    );
    expect(stableFindingKey({ ruleId: 'r', title: 'T', records: [], questions: ['q1', 'q2'] }, lineage)).toBe(
      'r:q1,q2',
    );
    expect(
      stableFindingKey({ ruleId: 'assessor', title: ' Door  Propped ', records: [], questions: [] }, lineage),
    ).toBe('assessor:door propped');
  });

  it('gives a finding on answers alone, the same key in every clinic, an id of its own per clinic', async () => {
    const [here, there] = [crypto.randomUUID(), crypto.randomUUID()];
    expect(await registerFindingId(here, 'r:q1')).toBe(await registerFindingId(here, 'r:q1'));
    expect(await registerFindingId(here, 'r:q1')).not.toBe(await registerFindingId(there, 'r:q1'));
  });

  it('carries each finding’s plan item, and the default target date where none is agreed', async () => {
    const first = (await buildFindingsRegister([visit], options)).assessments[0]!.findings;
    const critical = first.find((f) => f.severity === 'critical' && f.needsAction)!;
    const high = first.find((f) => f.severity === 'high' && f.needsAction)!;
    const planned: AssessmentRecords = {
      ...visit,
      planItems: [
        {
          id: crypto.randomUUID(),
          data: planItemData.parse({
            assessmentId: visit.assessment.id,
            findingKey: critical.assessmentKey,
            findingTitle: critical.title,
            owner: 'Parent IT – network team',
            targetDate: '2026-01-15',
            milestones: [{ text: 'Order the firewall', due: '2025-12-10', done: true }],
            status: 'in-progress',
            costBand: '1k-10k',
            comments: 'Vendor quote received.',
          }),
        },
      ],
    };
    const findings = (await buildFindingsRegister([planned], options)).assessments[0]!.findings;
    expect(findings.find((f) => f.assessmentKey === critical.assessmentKey)!.plan).toEqual({
      recorded: true,
      owner: 'Parent IT – network team',
      targetDate: '2026-01-15',
      targetDateIsDefault: false,
      status: 'in-progress',
      costBand: '1k-10k',
      milestones: [{ text: 'Order the firewall', due: '2025-12-10', done: true }],
      comments: 'Vendor quote received.',
    });
    // No item yet: a high finding is due 90 days after the visit of 2025-11-20.
    expect(findings.find((f) => f.assessmentKey === high.assessmentKey)!.plan).toMatchObject({
      recorded: false,
      targetDate: '2026-02-18',
      targetDateIsDefault: true,
      status: 'not-started',
    });
  });

  it('holds a finding over 1,500 devices, however long its key and detail', async () => {
    const large = largeAssessment(1_500, 10, 1_500);
    const register = await buildFindingsRegister([large], { ...options, lineage: new Map() });
    const widest = register.assessments[0]!.findings.reduce((a, b) =>
      b.evidence.records.length > a.evidence.records.length ? b : a,
    );
    expect(widest.evidence.records.length).toBeGreaterThan(500);
    expect(widest.key.length).toBeGreaterThan(18_000);
  }, 60_000);

  it('matches the JSON Schema committed in the repository, which is generated from its zod schema', async () => {
    const file = path.resolve(import.meta.dirname, '../../../../shared/integration/findingsRegister.schema.json');
    const committed: unknown = JSON.parse(await readFile(file, 'utf8'));
    expect(committed, 'regenerate it: npx tsx build/findingsRegisterSchema.ts').toEqual(
      JSON.parse(registerJsonSchemaText()),
    );
    const register = JSON.parse(JSON.stringify(await buildFindingsRegister([visit], options))) as unknown;
    expect(findingsRegister.safeParse(register).success).toBe(true);
    expect(findingsRegister.safeParse({ ...(register as object), extra: 1 }).success).toBe(false);
  });

  it('publishes a JSON Schema that reads later 1.x registers with added fields, where the writer stays strict', async () => {
    const published = z.fromJSONSchema(JSON.parse(registerJsonSchemaText()) as Parameters<typeof z.fromJSONSchema>[0]);
    const register = JSON.parse(JSON.stringify(await buildFindingsRegister([visit], options))) as FindingsRegisterJson;
    expect(published.safeParse(register).success).toBe(true);
    const [part] = register.assessments;
    const later = {
      ...register,
      formatVersion: '1.7',
      addedLater: { any: 'thing' },
      assessments: [{ ...part, addedLater: 1, findings: part!.findings.map((f) => ({ ...f, addedLater: true })) }],
    };
    expect(published.safeParse(later).success).toBe(true);
    expect(findingsRegister.safeParse(later).success).toBe(false);
    expect(published.safeParse({ ...register, formatVersion: '2.0' }).success).toBe(false);
    expect(published.safeParse({ ...register, format: 'something-else' }).success).toBe(false);
  });

  it('lists as statuses exactly those the finding status module knows', () => {
    const status = findingsRegister.shape.assessments.element.shape.findings.element.shape.status;
    expect(status.options).toEqual(Object.keys(effectiveStatusLabels));
  });

  it("cites as examples of a reference's id only ids the catalogues hold, the CPGs as the app cites them (E1, EN7)", () => {
    const description = /As the framework cites it: ([^\n]*)/.exec(registerJsonSchemaText())?.[1] ?? '';
    const examples = [...description.matchAll(/\\"([^\\]+)\\"/g)].map((m) => m[1] ?? '');
    expect(examples).toEqual(['164.308(a)(1)(ii)(A)', '2.M.A', 'E1', 'EN7', 'PR.AA-03']);
    for (const id of examples)
      expect(
        frameworks.some((f) => frameworkEntry(f, id)),
        id,
      ).toBe(true);
  });
});

/**
 * The pack's minimum standards as rules: each standard checks every record of its
 * subject that matches its `where` against its `require`, and each record that falls
 * short is a finding of the severity the firm fixed, naming what was required and what
 * was found ("Vendor link 'SonoCorp' has MFA: no; Northwind requires yes").
 */
import { questionsById } from '../checklists/checklist';
import type { QuestionId } from '../checklists/questionIds';
import type { ActivePack } from '../reference/contentPack';
import type { MinimumStandard, StandardSubject } from '../reference/integrationProfile';
import { standardRuleId } from './mustFix';
import type { Hit, Rule, RuleContext } from './ruleTypes';
import type { Severity } from './severity';
import { fieldText, holds, isKnownField, requirementText, subjectLabels, valueText } from './standardConditions';

/** Likelihood × impact that score exactly to each severity (severity.ts): a standard's severity is fixed, not scored. */
const fixedScore: Record<Severity, { likelihood: number; impact: number }> = {
  critical: { likelihood: 4, impact: 4 },
  high: { likelihood: 3, impact: 3 },
  medium: { likelihood: 2, impact: 2 },
  low: { likelihood: 1, impact: 2 },
  info: { likelihood: 1, impact: 1 },
};

interface Checked {
  id: string | null;
  name: string;
  read(field: string): unknown;
}

function recordsOf(subject: StandardSubject, context: RuleContext): Checked[] {
  const of = <T extends object>(list: { id: string; data: T }[], name: (data: T, id: string) => string): Checked[] =>
    list.map((r) => ({ id: r.id, name: name(r.data, r.id), read: (f) => (r.data as Record<string, unknown>)[f] }));
  switch (subject) {
    case 'asset':
      return of(context.assets, (_d, id) => context.nameOf(id));
    case 'network':
      return of(context.networks, (_d, id) => context.nameOf(id));
    case 'vendorAccess':
      return of(context.vendorLinks, (d) => d.vendor.trim() || 'Vendor');
    case 'application':
      return of(context.applications, (_d, id) => context.nameOf(id));
    case 'link':
      return of(context.links, (d) => d.isp.trim() || 'Internet');
    case 'adminAccount':
      return of(context.adminAccounts, (d) => `${d.person.trim() || 'Holder'} on ${d.systemName.trim() || d.system}`);
    case 'answer':
      return [{ id: null, name: 'The checklist', read: (f) => context.answers.get(f) }];
  }
}

const fieldName = (subject: StandardSubject, field: string) =>
  subject === 'answer' ? `"${questionsById.get(field)?.text ?? field}"` : fieldText(field);

function evaluateStandard(standard: MinimumStandard, context: RuleContext): Hit[] {
  const firm = context.pack.content.firm.trim() || context.pack.content.name;
  // A field the subject does not have never matches and is never met: the pack importer reports it (validateStandards).
  const read = (record: Checked, field: string) =>
    isKnownField(standard.subject, field) ? record.read(field) : undefined;
  const hits: Hit[] = [];
  for (const record of recordsOf(standard.subject, context)) {
    if (!standard.where.every((c) => holds(c, read(record, c.field)))) continue;
    const failed = standard.require.filter((c) => !holds(c, read(record, c.field)));
    if (!failed.length) continue;
    const shortfalls = failed.map(
      (c) =>
        `${fieldName(standard.subject, c.field)}: ${valueText(read(record, c.field))}; ${firm} requires ${requirementText(c)}`,
    );
    const subject =
      standard.subject === 'answer' ? 'The checklist has' : `${subjectLabels[standard.subject]} '${record.name}' has`;
    hits.push({
      records: record.id ? [record.id] : [],
      questions: standard.subject === 'answer' ? (failed.map((c) => c.field) as QuestionId[]) : [],
      detail: `${subject} ${shortfalls.join('. It has ')}.`,
      factors: [{ label: `Set by ${context.pack.content.name}'s minimum standard "${standard.title}"` }],
    });
  }
  return hits;
}

/** The rule a standard becomes: its severity fixed by the base score, its hits carrying no factor that moves it. */
export function standardRule(standard: MinimumStandard): Rule {
  return {
    id: standardRuleId(standard.id),
    area: standard.area,
    title: standard.title,
    base: fixedScore[standard.severity],
    remediation: standard.remediation,
    owner: standard.owner,
    evaluate: (context) => evaluateStandard(standard, context),
  };
}

export const standardRules = (pack: ActivePack): Rule[] => pack.content.profile.standards.map(standardRule);

/** For the pack importer: what in a profile's standards cannot be checked, one plain sentence each. */
export { validateStandards } from './standardConditions';

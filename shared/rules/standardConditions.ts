/**
 * How a minimum standard's conditions read a record: the fields each subject has (to
 * refuse a pack naming a field that does not exist), whether a value passes a
 * condition, and both in words for a finding.
 */
import { questionsById } from '../checklists/checklist';
import { adminAccountData } from '../model/adminAccount';
import { applicationData } from '../model/application';
import { assetData } from '../model/asset';
import { linkData } from '../model/link';
import { networkData } from '../model/network';
import { vendorAccessData } from '../model/vendorAccess';
import type { IntegrationProfile, StandardCondition, StandardSubject } from '../reference/integrationProfile';

type RecordSubject = Exclude<StandardSubject, 'answer'>;

const recordFields: Record<RecordSubject, ReadonlySet<string>> = {
  asset: new Set(Object.keys(assetData.shape)),
  network: new Set(Object.keys(networkData.shape)),
  vendorAccess: new Set(Object.keys(vendorAccessData.shape)),
  application: new Set(Object.keys(applicationData.shape)),
  link: new Set(Object.keys(linkData.shape)),
  adminAccount: new Set(Object.keys(adminAccountData.shape)),
};

export const subjectLabels: Record<StandardSubject, string> = {
  asset: 'Asset',
  network: 'Network',
  vendorAccess: 'Vendor link',
  application: 'Application',
  link: 'Internet link',
  adminAccount: 'Admin account',
  answer: 'Checklist answer',
};

/** A field the subject has (for `answer`, a question of the checklist). */
export function isKnownField(subject: StandardSubject, field: string): boolean {
  return subject === 'answer' ? questionsById.has(field) : recordFields[subject].has(field);
}

const needsValue = new Set<StandardCondition['op']>([
  'equals',
  'not-equals',
  'one-of',
  'at-least',
  'at-most',
  'contains',
]);

/** What is wrong with the profile's standards, one plain sentence each; none when all can be checked. */
export function validateStandards(profile: Pick<IntegrationProfile, 'standards'>): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const s of profile.standards) {
    if (seen.has(s.id)) problems.push(`Standard "${s.id}" appears more than once.`);
    seen.add(s.id);
    for (const c of [...s.where, ...s.require]) {
      if (!isKnownField(s.subject, c.field))
        problems.push(
          s.subject === 'answer'
            ? `Standard "${s.id}" names the question "${c.field}", which the checklist does not have.`
            : `Standard "${s.id}" names the field "${c.field}", which a ${subjectLabels[s.subject].toLowerCase()} record does not have.`,
        );
      if (needsValue.has(c.op) && c.value === undefined)
        problems.push(`Standard "${s.id}" tests "${c.field}" with "${c.op}" but gives no value to compare with.`);
      if (c.op === 'one-of' && !Array.isArray(c.value))
        problems.push(`Standard "${s.id}" tests "${c.field}" with "one-of" but its value is not a list.`);
    }
  }
  return problems;
}

type Scalar = string | number | boolean | null;

const isEmpty = (v: unknown) =>
  v === undefined || v === null || (typeof v === 'string' && !v.trim()) || (Array.isArray(v) && !v.length);

const same = (a: unknown, b: Scalar) =>
  typeof a === 'string' && typeof b === 'string' ? a.trim().toLowerCase() === b.trim().toLowerCase() : a === b;

function compare(found: unknown, limit: Scalar): number | null {
  if (typeof found === 'number' && typeof limit === 'number') return found - limit;
  if (typeof found === 'string' && typeof limit === 'string' && found.trim()) return found.localeCompare(limit);
  return null;
}

/** The value passes the condition. An empty value is at least or at most nothing. */
export function holds(condition: StandardCondition, found: unknown): boolean {
  const { op, value } = condition;
  const scalars: Scalar[] = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const first = scalars[0] ?? null;
  switch (op) {
    case 'empty':
      return isEmpty(found);
    case 'not-empty':
      return !isEmpty(found);
    case 'equals':
      return Array.isArray(found) ? scalars.every((s) => found.some((f) => same(f, s))) : same(found, first);
    case 'not-equals':
      return !holds({ ...condition, op: 'equals' }, found);
    case 'one-of':
      return scalars.some((s) => same(found, s));
    case 'at-least': {
      const d = compare(found, first);
      return d !== null && d >= 0;
    }
    case 'at-most': {
      const d = compare(found, first);
      return d !== null && d <= 0;
    }
    case 'contains':
      if (Array.isArray(found)) return scalars.every((s) => found.some((f) => same(f, s)));
      return typeof found === 'string' && scalars.every((s) => found.toLowerCase().includes(String(s).toLowerCase()));
  }
}

/** A value as a finding says it: yes, no, not recorded, a list. */
export function valueText(value: unknown): string {
  if (isEmpty(value)) return 'not recorded';
  if (value === true) return 'yes';
  if (value === false) return 'no';
  if (Array.isArray(value)) return value.map(valueText).join(', ');
  return String(value as Scalar);
}

/** What the condition asks for, in words: "yes", "at least 2026-01-01", "one of vpn, cloud". */
export function requirementText(condition: StandardCondition): string {
  const v = condition.value;
  switch (condition.op) {
    case 'equals':
      return valueText(v);
    case 'not-equals':
      return `anything but ${valueText(v)}`;
    case 'one-of':
      return `one of ${valueText(v)}`;
    case 'empty':
      return 'nothing recorded';
    case 'not-empty':
      return 'a recorded value';
    case 'at-least':
      return `at least ${valueText(v)}`;
    case 'at-most':
      return `at most ${valueText(v)}`;
    case 'contains':
      return `a value containing ${valueText(v)}`;
  }
}

const acronyms: Record<string, string> = { mfa: 'MFA', os: 'OS', ip: 'IP', mac: 'MAC', esu: 'ESU', baa: 'BAA' };

/** A field's name in words: `sessionLogging` → "session logging", `mfa` → "MFA". */
export function fieldText(field: string): string {
  return field
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(' ')
    .map((w) => acronyms[w.toLowerCase()] ?? w.toLowerCase())
    .join(' ');
}

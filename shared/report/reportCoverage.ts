/**
 * What the assessment covered, as data: where patient data lives and which of those
 * places the assessment looked at (a HIPAA risk analysis starts from where ePHI lives,
 * 45 CFR 164.308(a)(1)(ii)(A)); the HIPAA Security Rule safeguards and HICP practices
 * with open findings; and each HICP practice's state and whether it has been in place
 * for the 12 months before the assessment (Public Law 116-321's recognised security
 * practices). The PDF and the Word report lay this out alike.
 */
import { isToConfirm } from '../model/carriedRecord';
import { ephiBackupLabels, ephiKindLabels, encryptionAtRestLabels, type EphiStore } from '../model/ephiStore';
import type { Area } from '../model/finding';
import { count } from '../model/plural';
import {
  hicpPracticeLabels,
  hicpPractices,
  inPlaceTwelveMonths,
  practiceStateLabels,
  type HicpPractice,
  type Practice,
  type PracticeState,
} from '../model/practice';
import type { WithId } from '../model/withId';
import { frameworkLabels, type Framework, type FrameworkRef } from '../reference/frameworks/frameworkRefs';
import { referencesOf } from '../reference/frameworks/findingReferences';
import { severityRank, type Severity } from '../rules/severity';

export interface EphiStoreRow {
  name: string;
  kind: string;
  location: string;
  /** The device or application it lives on, by name; '' when none is recorded. */
  host: string;
  encryption: string;
  backup: string;
  volume: string;
  /** This assessment looked at it. */
  assessed: boolean;
  /** Not encrypted at rest, or not backed up (or only on site): the reader looks here first. */
  atRisk: boolean;
  /** Carried from the last visit and not confirmed yet. */
  toConfirm: boolean;
}

export interface SafeguardRow {
  framework: Framework;
  frameworkLabel: string;
  id: string;
  title: string;
  /** Open findings that touch it. */
  open: number;
  worst: Severity;
}

export interface PracticeRow {
  practice: HicpPractice;
  /** "2. Endpoint protection systems". */
  label: string;
  stateId: PracticeState;
  state: string;
  /** The first day it was in place, or '' when not known. */
  since: string;
  /** In place for the 12 months before the assessment. */
  twelveMonths: boolean;
  /** Open findings that touch the practice or one of its sub-practices. */
  open: number;
  /** Of those, the High and Critical ones: they undercut a practice stated to be in place. */
  openSerious: number;
  notes: string;
}

export interface ReportCoverage {
  ephi: {
    rows: EphiStoreRow[];
    total: number;
    covered: number;
    /** What the assessment covered, in sentences; says so when no store is recorded. */
    statement: string[];
  };
  /** HIPAA Security Rule safeguards, then HICP practices, with open findings: worst first. */
  safeguards: SafeguardRow[];
  practices: PracticeRow[];
  /** How many practices a record states anything for (not "not known"). */
  practicesRecorded: number;
  practicesTwelveMonths: number;
  /** The date "12 months" is counted back from. */
  assessmentDate: string;
}

export interface OpenFinding {
  ruleId: string;
  area: Area;
  severity: Severity;
}

export const NO_EPHI_SCOPE = 'The assessment did not record where patient data lives; its scope cannot be stated.';

const worse = (a: Severity, b: Severity): Severity => (severityRank[a] <= severityRank[b] ? a : b);

function ephiRows(stores: readonly WithId<EphiStore>[], names: ReadonlyMap<string, string>): EphiStoreRow[] {
  return stores
    .map(({ data: d }) => ({
      name: d.name || 'Unnamed store',
      kind: ephiKindLabels[d.kind],
      location: d.location,
      host: d.recordId ? (names.get(d.recordId) ?? 'a removed record') : '',
      encryption: encryptionAtRestLabels[d.encryptedAtRest],
      backup: ephiBackupLabels[d.backup],
      volume: d.volume,
      assessed: d.assessed,
      atRisk: d.encryptedAtRest === 'no' || d.backup === 'none' || d.backup === 'local-only',
      toConfirm: isToConfirm(d),
    }))
    .sort((a, b) => Number(b.assessed) - Number(a.assessed) || a.name.localeCompare(b.name));
}

function ephiStatement(rows: readonly EphiStoreRow[]): string[] {
  if (!rows.length) return [NO_EPHI_SCOPE];
  const covered = rows.filter((r) => r.assessed);
  const lines = [
    `The assessment covered ${covered.length} of the ${count(rows.length, 'place')} where patient data lives.`,
  ];
  const left = rows.filter((r) => !r.assessed).map((r) => r.name);
  if (left.length) lines.push(`Not covered, so outside what this report can say: ${left.join(', ')}.`);
  const plain = rows.filter((r) => r.encryption === encryptionAtRestLabels.no).map((r) => r.name);
  if (plain.length) lines.push(`Not encrypted at rest: ${plain.join(', ')}.`);
  const noCopy = rows
    .filter((r) => r.backup === ephiBackupLabels.none || r.backup === ephiBackupLabels['local-only'])
    .map((r) => `${r.name} (${r.backup.toLowerCase()})`);
  if (noCopy.length) lines.push(`No off-site backup: ${noCopy.join(', ')}.`);
  return lines;
}

/** The HIPAA and HICP references of the open findings, each with how many touch it and the worst of them. */
function safeguardRows(open: readonly OpenFinding[]): SafeguardRow[] {
  const byRef = new Map<string, SafeguardRow>();
  for (const finding of open) {
    const refs = new Map<string, FrameworkRef>();
    for (const ref of referencesOf(finding))
      if (ref.framework === 'hipaa' || ref.framework === 'hicp') refs.set(`${ref.framework} ${ref.id}`, ref);
    for (const [key, ref] of refs) {
      const row = byRef.get(key);
      if (row) {
        row.open += 1;
        row.worst = worse(row.worst, finding.severity);
      } else
        byRef.set(key, {
          framework: ref.framework,
          frameworkLabel: frameworkLabels[ref.framework],
          id: ref.id,
          title: ref.title,
          open: 1,
          worst: finding.severity,
        });
    }
  }
  const order: Framework[] = ['hipaa', 'hicp'];
  return [...byRef.values()].sort(
    (a, b) =>
      order.indexOf(a.framework) - order.indexOf(b.framework) ||
      severityRank[a.worst] - severityRank[b.worst] ||
      b.open - a.open ||
      a.id.localeCompare(b.id, 'en', { numeric: true }),
  );
}

/** Whether an HICP reference is `practice` itself or one of its sub-practices ("2.M.A"). */
const touches = (ref: FrameworkRef, practice: HicpPractice) =>
  ref.framework === 'hicp' && (ref.id === practice || ref.id.startsWith(`${practice}.`));

export interface PracticeFindings {
  /** Open findings that touch the practice or one of its sub-practices. */
  open: number;
  /** Of those, the High and Critical ones. */
  serious: number;
}

/** For each HICP practice, how many open findings touch it, and how many of them are High or Critical. */
export function findingsAgainstPractices(open: readonly OpenFinding[]): Record<HicpPractice, PracticeFindings> {
  const touching = open.map((f) => ({
    refs: referencesOf(f),
    serious: f.severity === 'critical' || f.severity === 'high',
  }));
  const entries = hicpPractices.map((practice) => {
    const against = touching.filter(({ refs }) => refs.some((ref) => touches(ref, practice)));
    return [practice, { open: against.length, serious: against.filter((f) => f.serious).length }] as const;
  });
  return Object.fromEntries(entries) as Record<HicpPractice, PracticeFindings>;
}

function practiceRows(
  records: readonly WithId<Practice>[],
  open: readonly OpenFinding[],
  assessmentDate: string,
): PracticeRow[] {
  const byPractice = new Map(records.map((r) => [r.data.practice, r.data] as const));
  const against = findingsAgainstPractices(open);
  return hicpPractices.map((practice) => {
    const record = byPractice.get(practice);
    return {
      practice,
      label: `${practice}. ${hicpPracticeLabels[practice]}`,
      stateId: record?.state ?? 'unknown',
      state: practiceStateLabels[record?.state ?? 'unknown'],
      since: record?.since ?? '',
      twelveMonths: inPlaceTwelveMonths(record, assessmentDate),
      open: against[practice].open,
      openSerious: against[practice].serious,
      notes: record?.notes ?? '',
    };
  });
}

export function reportCoverage(input: {
  ephiStores: readonly WithId<EphiStore>[];
  practices: readonly WithId<Practice>[];
  openFindings: readonly OpenFinding[];
  assessmentDate: string;
  names: ReadonlyMap<string, string>;
}): ReportCoverage {
  const rows = ephiRows(input.ephiStores, input.names);
  const practices = practiceRows(input.practices, input.openFindings, input.assessmentDate);
  return {
    ephi: {
      rows,
      total: rows.length,
      covered: rows.filter((r) => r.assessed).length,
      statement: ephiStatement(rows),
    },
    safeguards: safeguardRows(input.openFindings),
    practices,
    practicesRecorded: input.practices.filter((p) => p.data.state !== 'unknown').length,
    practicesTwelveMonths: practices.filter((p) => p.twelveMonths).length,
    assessmentDate: input.assessmentDate,
  };
}

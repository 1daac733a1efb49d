/**
 * The content of the "Patient data and practices" chapter, for both layouts
 * (pdf/coverageChapter.ts, docx/coverageChapter.ts): its sentences and its three tables.
 */
import type { ClinicReport } from './clinicReport';
import { severityLabels } from '../model/finding';
import { count } from '../model/plural';

export const COVERAGE_TITLE = 'Patient data and practices';
export const COVERAGE_INTRO =
  'A HIPAA risk analysis starts from where electronic patient data (ePHI) lives: this chapter says which of those places the assessment covered, which safeguards its findings touch, and which HICP practices are in place.';
export const SAFEGUARDS_NONE = 'No open finding touches a HIPAA Security Rule safeguard or an HICP practice.';
export const SAFEGUARDS_INTRO =
  'Each HIPAA Security Rule safeguard and HICP practice the open findings touch, the worst first.';
export const PRACTICES_INTRO =
  'Recognised security practices in place for the 12 months before an incident are a mitigating factor in HIPAA enforcement (Public Law 116-321). HICP 2023 (HHS 405(d)) is such a practice set.';
/** The 12 months rest on the date the clinic gives: said wherever they are counted. */
export const PRACTICES_EVIDENCE =
  'The 12 months are as stated by the clinic, counted from the date it gives for each practice: HHS expects documented evidence that a practice was in place for the prior 12 months.';
export const TWELVE_MONTHS_HEAD = '12 months or more (as stated)';

/** "Yes", "No", or "Yes — but 2 open High or Critical findings" where findings undercut the practice. */
export function twelveMonthsText(twelveMonths: boolean, openSerious: number): string {
  if (!twelveMonths) return 'No';
  return openSerious ? `Yes — but ${count(openSerious, 'open High or Critical finding')}` : 'Yes';
}

/** Cell texts a layout shows as a warning (bold, in the high severity's colour). */
export const weakEphiCells: Readonly<Record<number, readonly string[]>> = {
  3: ['Not encrypted'],
  4: ['Not backed up', 'On site only'],
};

export function ephiTable(r: Pick<ClinicReport, 'coverage'>): [string[], string[][]] {
  return [
    ['Store', 'Kind', 'Where', 'Encryption at rest', 'Backup', 'Assessed'],
    r.coverage.ephi.rows.map((s) => [
      [s.name, s.volume, s.toConfirm ? '(to confirm)' : ''].filter(Boolean).join('\n'),
      s.kind,
      [s.location, s.host ? `On ${s.host}` : ''].filter(Boolean).join('\n') || 'Not recorded',
      s.encryption,
      s.backup,
      s.assessed ? 'Yes' : 'No',
    ]),
  ];
}

export function safeguardsTable(r: Pick<ClinicReport, 'coverage'>): [string[], string[][]] {
  return [
    ['Framework', 'Reference', 'Open findings', 'Worst'],
    r.coverage.safeguards.map((s) => [s.frameworkLabel, `${s.id} ${s.title}`, String(s.open), severityLabels[s.worst]]),
  ];
}

/** The sentence over the practices table: how many were in place 12 months or more. */
export function practicesSummary(r: Pick<ClinicReport, 'coverage'>): string {
  const { practicesTwelveMonths, practicesRecorded, assessmentDate } = r.coverage;
  return practicesRecorded
    ? `${practicesTwelveMonths} of the ten practices had been in place for 12 months or more on ${assessmentDate}, as stated by the clinic.`
    : 'The assessment did not record which HICP practices the clinic has in place.';
}

export function practicesTable(r: Pick<ClinicReport, 'coverage'>): [string[], string[][]] {
  return [
    ['Practice', 'State', 'In place since', TWELVE_MONTHS_HEAD, 'Open findings'],
    r.coverage.practices.map((p) => [
      p.label,
      p.state,
      p.since || '—',
      twelveMonthsText(p.twelveMonths, p.openSerious),
      String(p.open),
    ]),
  ];
}

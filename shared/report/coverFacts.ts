/** The facts on a clinic report's cover, for the PDF and the Word report alike. */
import type { ClinicReport } from './clinicReport';
import type { ReportIssue } from './reportIssue';

const date = (iso: string) => iso || 'not recorded';

/** Status and revision, the reviewer, and for an issued report its signature and digest. */
function issueFacts(a: ReportIssue): { label: string; value: string }[] {
  return [
    { label: 'Status', value: a.status },
    ...(a.reviewer ? [{ label: 'Reviewed by', value: a.reviewer }] : []),
    ...(a.issue
      ? [
          { label: 'Issued', value: `${a.issue.issuedAt}, signed by “${a.issue.signer}”` },
          {
            label: 'Signature',
            value: `${a.issue.verdict}${a.issue.fingerprint ? ` (key ${a.issue.fingerprint})` : ''}`,
          },
          { label: 'Content digest', value: `SHA-256 ${a.issue.digest}` },
        ]
      : []),
  ];
}

export function coverFacts(r: ClinicReport): { label: string; value: string }[] {
  return [
    { label: 'Assessment', value: r.assessment.title || 'Untitled assessment' },
    { label: 'Assessor', value: r.assessment.assessor || 'Not recorded' },
    {
      label: 'On site',
      value:
        r.assessment.endDate && r.assessment.endDate !== r.assessment.startDate
          ? `${date(r.assessment.startDate)} to ${r.assessment.endDate}`
          : date(r.assessment.startDate),
    },
    ...issueFacts(r.assessment),
    { label: 'Parent entity', value: r.clinic.parentEntity || 'Not recorded' },
    { label: 'Acquired', value: date(r.clinic.acquisitionDate) },
    { label: 'Report date', value: r.reportDate },
    { label: 'Judged under', value: r.judgedUnder },
  ];
}

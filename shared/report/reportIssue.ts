/**
 * What a report says of an assessment's review and issue: its status and revision, the
 * reviewer, and for an issued one when, by whose key, the start of its content digest
 * and whether the signature still holds over the content as it is now.
 */
import { assessmentStatusLabels, type Assessment } from '../model/assessment';
import { issueVerdictLabels, type IssueCheck } from '../bundle/issueSignature';

export interface ReportIssue {
  /** "Draft — Revision 2", "Issued — Revision 1". */
  status: string;
  revision: number;
  reviewer: string;
  issue?: { issuedAt: string; signer: string; fingerprint: string; digest: string; verdict: string };
  /** Said at the head of the summary when the content is not what was issued. */
  warning?: string;
}

const DIGEST_SHOWN = 16;

/** `check` is the verification made where every record of the assessment is at hand; without it, "not checked". */
export function reportIssue(assessment: Assessment, check?: IssueCheck): ReportIssue {
  const { status, revision, issue } = assessment;
  const out: ReportIssue = {
    status: `${assessmentStatusLabels[status]} — Revision ${revision}`,
    revision,
    reviewer: assessment.issue?.reviewer || assessment.reviewer,
  };
  if (status !== 'issued' || !issue) return out;
  const verdict = check && check.verdict !== 'not-issued' ? issueVerdictLabels[check.verdict] : 'Not checked';
  out.issue = {
    issuedAt: issue.issuedAt.slice(0, 10),
    signer: issue.signerName,
    fingerprint: check?.fingerprint ?? '',
    digest: `${issue.digest.slice(0, DIGEST_SHOWN)}…`,
    verdict,
  };
  if (check?.verdict === 'content-changed')
    out.warning = `This assessment was issued as revision ${revision}, but its content has changed since: this report is not the issued one.`;
  else if (check?.verdict === 'bad-signature')
    out.warning = `This assessment says it was issued as revision ${revision}, but its signature does not verify.`;
  return out;
}

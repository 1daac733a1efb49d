/** What `verify` says of each issued assessment in a file: revision, reviewer, signer key, and whether it holds. */
import type { BundleRecords } from '../../shared/bundle/bundleContent';
import type { Assessment } from '../../shared/model/assessment';
import { verifyIssue, type IssueVerdict } from '../../shared/bundle/issueSignature';
import type { WithId } from '../../shared/model/withId';

const verdictWords: Record<Exclude<IssueVerdict, 'not-issued'>, string> = {
  valid: 'valid',
  'content-changed': 'CONTENT CHANGED since it was issued',
  'bad-signature': 'BAD SIGNATURE',
};

export interface IssuedReport {
  lines: string[];
  /** Whether any issued assessment's signature fails (the file then fails verify). */
  badSignature: boolean;
}

export async function issuedVerdicts(records: BundleRecords): Promise<IssuedReport> {
  const issued = (records.assessment as WithId<Assessment>[]).filter(
    (a) => a.data.status === 'issued' && !(a as { deleted?: unknown }).deleted,
  );
  const lines: string[] = [];
  let badSignature = false;
  for (const a of issued) {
    const check = await verifyIssue(a, records);
    if (check.verdict === 'not-issued') continue;
    badSignature ||= check.verdict === 'bad-signature';
    const issue = a.data.issue;
    lines.push(
      `Issued: "${a.data.title || 'Untitled assessment'}" revision ${a.data.revision}, reviewed by ${issue?.reviewer || 'nobody named'}` +
        `${issue ? `, issued ${issue.issuedAt.slice(0, 10)}` : ''}, signed by "${issue?.signerName ?? ''}" (key ${check.fingerprint ?? 'unreadable'}): ${verdictWords[check.verdict]}.`,
    );
  }
  return { lines, badSignature };
}

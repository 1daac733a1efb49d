/**
 * What an import preview says of issued assessments: each one the file carries, with
 * whether its signature holds over the content the file carries, and each assessment
 * issued on this computer that the import would change (it is merged all the same,
 * nothing is lost, and then reads as changed since it was issued).
 */
import type { BundleContent } from '../../../shared/bundle/bundleContent';
import type { Assessment } from '../../../shared/model/assessment';
import { verifyIssue, type IssueVerdict } from '../../../shared/bundle/issueSignature';
import type { VersionedRecord } from '../../../shared/model/versionedRecord';
import type { ImportPlan } from '../../db/importExport';
import { repositoriesFor } from '../../db/repository';
import type { Vault } from '../../db/vault';

export interface IssuedInFile {
  title: string;
  revision: number;
  reviewer: string;
  verdict: Exclude<IssueVerdict, 'not-issued'>;
  fingerprint: string;
}

export interface IssuedInImport {
  incoming: IssuedInFile[];
  /** "Visit 2026 (revision 1)": issued here, and changed by the import. */
  changesIssuedHere: string[];
}

const titleOf = (a: Assessment) => `${a.title || 'Untitled assessment'} (revision ${a.revision})`;

async function incomingIssued(content: BundleContent): Promise<IssuedInFile[]> {
  const out: IssuedInFile[] = [];
  for (const a of content.records.assessment as VersionedRecord<Assessment>[]) {
    if (a.deleted || a.data.status !== 'issued') continue;
    const check = await verifyIssue(a, content.records);
    if (check.verdict === 'not-issued') continue;
    out.push({
      title: a.data.title || 'Untitled assessment',
      revision: a.data.revision,
      reviewer: a.data.issue?.reviewer ?? '',
      verdict: check.verdict,
      fingerprint: check.fingerprint ?? '',
    });
  }
  return out;
}

async function issuedChangedHere(vault: Vault, plan: ImportPlan): Promise<string[]> {
  const changed = plan.items.filter((i) => i.change !== 'unchanged');
  const mergedAssessments = new Map(
    changed.filter((i) => i.type === 'assessment').map((i) => [i.merged.id, i.merged as VersionedRecord<Assessment>]),
  );
  const ids = new Set(
    changed.map((i) =>
      i.type === 'assessment' ? i.merged.id : (i.merged.data as { assessmentId?: string }).assessmentId,
    ),
  );
  const out: string[] = [];
  for (const id of ids) {
    if (!id) continue;
    const local = await repositoriesFor(vault).assessment.get(id);
    const after = mergedAssessments.get(id) ?? local;
    // A newer revision coming in is no change to what was issued.
    if (
      local?.data.status === 'issued' &&
      after?.data.status === 'issued' &&
      after.data.revision === local.data.revision
    )
      out.push(titleOf(local.data));
  }
  return out;
}

export async function issuedInImport(vault: Vault, content: BundleContent, plan: ImportPlan): Promise<IssuedInImport> {
  return { incoming: await incomingIssued(content), changesIssuedHere: await issuedChangedHere(vault, plan) };
}

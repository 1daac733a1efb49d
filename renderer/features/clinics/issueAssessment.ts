/**
 * The review workflow of an assessment: mark it reviewed (naming the reviewer), issue
 * it (its content signed with this installation's signing key, then frozen), and,
 * once issued, start the next revision (a draft again; the issue kept in its history).
 */
import type { Assessment } from '../../../shared/model/assessment';
import { pastIssue } from '../../../shared/model/assessmentIssue';
import { signIssue } from '../../../shared/bundle/issueSignature';
import { assessmentContent, checkIssue } from '../../db/assessmentRecords';
import type { Repositories } from '../../db/repository';
import { signingKey } from '../../db/signerAndFirmKeys';
import type { Vault } from '../../db/vault';

async function current(repos: Repositories, id: string) {
  const assessment = await repos.assessment.get(id);
  if (!assessment || assessment.deleted) throw new Error('That assessment no longer exists.');
  return assessment;
}

export async function markReviewed(repos: Repositories, id: string, reviewer: string, now = new Date()) {
  const name = reviewer.trim();
  if (!name) throw new Error('Type the reviewer’s name first.');
  const assessment = await current(repos, id);
  if (assessment.data.status !== 'draft') throw new Error('Only a draft can be marked reviewed.');
  return repos.assessment.update(id, { status: 'reviewed', reviewer: name, reviewedAt: now.toISOString() });
}

/** Back to draft from reviewed: the review no longer stands. */
export async function reopenDraft(repos: Repositories, id: string) {
  const assessment = await current(repos, id);
  if (assessment.data.status !== 'reviewed') throw new Error('Only a reviewed assessment goes back to draft.');
  return repos.assessment.update(id, { status: 'draft', reviewer: '', reviewedAt: '' });
}

/** Signs the reviewed assessment's content with this installation's signing key and freezes it. */
export async function issueAssessment(vault: Vault, repos: Repositories, id: string, now = new Date()) {
  const assessment = await current(repos, id);
  if (assessment.data.status !== 'reviewed') throw new Error('Mark the assessment reviewed before issuing it.');
  const signer = await signingKey(vault);
  try {
    const issue = await signIssue(assessment, await assessmentContent(repos, id), {
      reviewer: assessment.data.reviewer,
      issuedAt: now.toISOString(),
      signer,
    });
    const issued = await repos.assessment.update(id, { status: 'issued', issue });
    // A record saved between the digest and the issue (another window) would leave it changed at once.
    if ((await checkIssue(repos, id)).verdict === 'valid') return issued;
    await repos.assessment.update(id, { status: 'reviewed', issue: null });
    throw new Error('Records changed while the assessment was being issued; issue it again.');
  } finally {
    signer.privateKey.fill(0);
  }
}

/** The next revision of an issued assessment: a draft to change, its issue kept in the history. */
export async function startNewRevision(repos: Repositories, id: string) {
  const { data } = await current(repos, id);
  if (data.status !== 'issued' || !data.issue) throw new Error('Only an issued assessment gets a new revision.');
  const patch: Partial<Assessment> = {
    status: 'draft',
    revision: data.revision + 1,
    reviewer: '',
    reviewedAt: '',
    issue: null,
    pastIssues: [...data.pastIssues, pastIssue.parse(data.issue)],
  };
  return repos.assessment.update(id, patch);
}

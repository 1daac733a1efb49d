/**
 * Signing an assessment's issue with the reviewer's ECDSA P-256 key, and checking it
 * anywhere: the signature covers the content digest (shared/bundle/issuedContent.ts) and
 * who issued which revision when, and the public key travels with it, so a file says
 * on any machine whether the issued content is still what was signed.
 */
import { fromBase64, isBase64, toBase64, utf8 } from '../crypto/bytes';
import { importPrivateKey, importPublicKey, keyFingerprint, signBytes, verifyBytes } from '../crypto/p256Keys';
import type { Assessment } from '../model/assessment';
import type { AssessmentIssue } from '../model/assessmentIssue';
import { canonicalJson, contentDigest, type RecordsByKind } from './issuedContent';
import type { WithId } from '../model/withId';

export type IssueVerdict = 'valid' | 'content-changed' | 'bad-signature' | 'not-issued';

export const issueVerdictLabels: Record<IssueVerdict, string> = {
  valid: 'Signature valid; content unchanged since issue',
  'content-changed': 'Content changed since it was issued',
  'bad-signature': 'Signature does not verify',
  'not-issued': 'Not issued',
};

export interface IssueCheck {
  verdict: IssueVerdict;
  /** The signer key's fingerprint, when the assessment carries an issue. */
  fingerprint?: string;
  /** The digest of the content as it is now. */
  digest?: string;
}

export interface IssueSigner {
  name: string;
  publicKey: Uint8Array;
  /** PKCS#8. */
  privateKey: Uint8Array;
}

/** What is signed: the digest and who issued which revision of which assessment, when. */
function signedMessage(assessmentId: string, issue: Omit<AssessmentIssue, 'signature' | 'publicKey'>): Uint8Array {
  const { revision, issuedAt, reviewer, signerName, digest } = issue;
  return utf8(
    `clinic-assessor issued assessment v1\n${canonicalJson({ assessmentId, revision, issuedAt, reviewer, signerName, digest })}`,
  );
}

/** The issue block of the assessment as it stands: its digest signed with the signer's key. */
export async function signIssue(
  assessment: WithId<Assessment>,
  records: RecordsByKind,
  how: { reviewer: string; issuedAt: string; signer: IssueSigner },
): Promise<AssessmentIssue> {
  const unsigned = {
    revision: assessment.data.revision,
    issuedAt: how.issuedAt,
    reviewer: how.reviewer,
    signerName: how.signer.name,
    digest: await contentDigest(assessment, records),
  };
  const key = await importPrivateKey('ecdsa', how.signer.privateKey);
  const signature = await signBytes(key, signedMessage(assessment.id, unsigned));
  return { ...unsigned, signature: toBase64(signature), publicKey: toBase64(how.signer.publicKey) };
}

async function signatureHolds(assessmentId: string, issue: AssessmentIssue): Promise<boolean> {
  if (!isBase64(issue.publicKey) || !isBase64(issue.signature)) return false;
  try {
    const key = await importPublicKey('ecdsa', fromBase64(issue.publicKey));
    return await verifyBytes(key, fromBase64(issue.signature), signedMessage(assessmentId, issue));
  } catch {
    return false;
  }
}

/** Whether an issued assessment's signature holds and its content is still what was signed. */
export async function verifyIssue(assessment: WithId<Assessment>, records: RecordsByKind): Promise<IssueCheck> {
  const { status, issue, revision } = assessment.data;
  if (status !== 'issued') return { verdict: 'not-issued' };
  if (!issue) return { verdict: 'bad-signature' };
  const fingerprint = isBase64(issue.publicKey)
    ? await keyFingerprint(fromBase64(issue.publicKey)).catch(() => undefined)
    : undefined;
  if (issue.revision !== revision || !(await signatureHolds(assessment.id, issue)))
    return { verdict: 'bad-signature', fingerprint };
  const digest = await contentDigest(assessment, records);
  return { verdict: digest === issue.digest ? 'valid' : 'content-changed', fingerprint, digest };
}

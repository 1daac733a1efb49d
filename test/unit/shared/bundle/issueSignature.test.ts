import { describe, expect, it } from 'vitest';
import type { BundleRecords } from '../../../../shared/bundle/bundleContent';
import { generateKeyPair } from '../../../../shared/crypto/p256Keys';
import { assessmentData, type Assessment } from '../../../../shared/model/assessment';
import { contentDigest } from '../../../../shared/bundle/issuedContent';
import { signIssue, verifyIssue } from '../../../../shared/bundle/issueSignature';
import { withDefaults } from '../../../../shared/model/recordDefaults';
import type { WithId } from '../../../../shared/model/withId';
import { sampleRecords } from '../../../../shared/sample/sampleRecords';

async function issuedSample() {
  const records = await sampleRecords('device-1', '2026-11-20');
  const pair = await generateKeyPair('ecdsa');
  const draft = records.assessment[0] as WithId<Assessment>;
  const issue = await signIssue(draft, records, {
    reviewer: 'Rita Reviewer',
    issuedAt: '2026-11-21T10:00:00.000Z',
    signer: { name: 'Rita', ...pair },
  });
  const assessment = { id: draft.id, data: { ...draft.data, status: 'issued' as const, issue } };
  return { records, assessment, issue };
}

/** The records with one record of a kind replaced by `change` of it. */
function changed<K extends keyof BundleRecords>(
  records: BundleRecords,
  kind: K,
  change: (data: BundleRecords[K][number]['data']) => object,
): BundleRecords {
  const [first, ...rest] = records[kind];
  if (!first) throw new Error(`no ${kind} in the sample`);
  return { ...records, [kind]: [{ ...first, data: change(first.data) }, ...rest] };
}

describe('an issued assessment', () => {
  it('verifies as signed, naming the signer key', async () => {
    const { records, assessment, issue } = await issuedSample();
    const check = await verifyIssue(assessment, records);
    expect(check.verdict).toBe('valid');
    expect(check.fingerprint).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){7}$/);
    expect(check.digest).toBe(issue.digest);
    expect(issue.digest).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each(['asset', 'network', 'flow', 'answer', 'application', 'vendorAccess', 'link'] as const)(
    'reads as changed once a %s record changes',
    async (kind) => {
      const { records, assessment } = await issuedSample();
      const edited = changed(records, kind, (data) => ({ ...data, notes: 'changed after issue' }));
      expect((await verifyIssue(assessment, edited)).verdict).toBe('content-changed');
    },
  );

  it('reads as changed when a record is added, deleted, or the assessment itself is edited', async () => {
    const { records, assessment } = await issuedSample();
    const [asset] = records.asset;
    const added = { ...records, asset: [...records.asset, { ...asset!, id: crypto.randomUUID() }] };
    expect((await verifyIssue(assessment, added)).verdict).toBe('content-changed');
    const deleted = { ...records, asset: [{ ...asset!, deleted: asset!.stamps.name! }, ...records.asset.slice(1)] };
    expect((await verifyIssue(assessment, deleted)).verdict).toBe('content-changed');
    const retitled = { ...assessment, data: { ...assessment.data, title: 'Another title' } };
    expect((await verifyIssue(retitled, records)).verdict).toBe('content-changed');
  });

  it('refuses a tampered signature, a swapped key or altered issue details', async () => {
    const { records, assessment, issue } = await issuedSample();
    const flip = (b64: string) => (b64.startsWith('A') ? `B${b64.slice(1)}` : `A${b64.slice(1)}`);
    const other = await generateKeyPair('ecdsa');
    const variants = [
      { ...issue, signature: flip(issue.signature) },
      { ...issue, publicKey: Buffer.from(other.publicKey).toString('base64') },
      { ...issue, reviewer: 'Someone else' },
      { ...issue, digest: issue.digest.replace(/^./, (c) => (c === '0' ? '1' : '0')) },
    ];
    for (const v of variants)
      expect((await verifyIssue({ ...assessment, data: { ...assessment.data, issue: v } }, records)).verdict).toBe(
        'bad-signature',
      );
    const unsigned = { ...assessment, data: { ...assessment.data, issue: null } };
    expect((await verifyIssue(unsigned, records)).verdict).toBe('bad-signature');
  });

  it('still verifies with the records in another order, or after an unrelated assessment changes', async () => {
    const { records, assessment } = await issuedSample();
    const reversed = Object.fromEntries(Object.entries(records).map(([k, list]) => [k, [...list].reverse()]));
    expect((await verifyIssue(assessment, reversed)).verdict).toBe('valid');
    const elsewhere = changed(records, 'asset', (data) => ({ ...data, assessmentId: crypto.randomUUID() }));
    const withOther = { ...records, asset: [...records.asset, ...elsewhere.asset.slice(0, 1)] };
    expect((await verifyIssue(assessment, withOther)).verdict).toBe('valid');
  });

  it('digests a record stored before a defaulted field existed as it digests the record read with the default', async () => {
    const { records, assessment } = await issuedSample();
    const stripped = changed(records, 'asset', (data) => {
      const { hostsApplicationIds, ...rest } = data;
      expect(hostsApplicationIds).toEqual([]);
      return rest;
    });
    expect(await contentDigest(assessment, stripped)).toBe(await contentDigest(assessment, records));
  });

  it('is not issued when the status says otherwise, whatever it carries', async () => {
    const { records, assessment } = await issuedSample();
    const reviewed = { ...assessment, data: { ...assessment.data, status: 'reviewed' as const } };
    expect((await verifyIssue(reviewed, records)).verdict).toBe('not-issued');
  });
});

describe('an assessment of before the review workflow', () => {
  it("reads 'final' as reviewed, from a file and from this computer's database", () => {
    const old = { ...assessmentFields(), status: 'final' };
    expect(assessmentData.parse(old).status).toBe('reviewed');
    expect(withDefaults('assessment', old).status).toBe('reviewed');
    expect(withDefaults('assessment', old).revision).toBe(1);
    expect(withDefaults('assessment', old).issue).toBeNull();
  });
});

function assessmentFields() {
  return {
    clinicId: crypto.randomUUID(),
    title: 'Visit',
    assessor: '',
    startDate: '2024-01-01',
    endDate: '',
    checklistVersion: '1',
  };
}

import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundleContent, type BundleRecords } from '../../../shared/bundle/bundleContent';
import { sealBundle } from '../../../shared/bundle/writeBundle';
import { utf8 } from '../../../shared/crypto/bytes';
import { deriveKeyBytes } from '../../../shared/crypto/kdf';
import { generateKeyPair, keyFingerprint } from '../../../shared/crypto/p256Keys';
import type { Assessment } from '../../../shared/model/assessment';
import { signIssue } from '../../../shared/bundle/issueSignature';
import type { VersionedRecord } from '../../../shared/model/versionedRecord';
import { sampleRecords } from '../../../shared/sample/sampleRecords';
import { cheapKdf } from '../../support/bundleTestKit';
import { cli } from '../../support/cliRunner';
import { flatText } from '../../support/pdfTools';
import { makeTempDir } from '../../support/tempDir';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await makeTempDir('clinic-assessor-cli-issued-')));
afterAll(() => cleanup());

async function write(name: string, records: BundleRecords): Promise<string> {
  const file = path.join(dir, name);
  const content = buildBundleContent(records, { kind: 'all' }, 'test', '');
  await writeFile(
    file,
    await sealBundle(utf8(JSON.stringify(content)), {
      recipients: [{ type: 'passphrase', passphrase: 'demo', derive: deriveKeyBytes, kdf: cheapKdf() }],
    }),
  );
  return file;
}

/** The sample clinic, its assessment issued as revision 1 by a reviewer's key. */
async function issuedRecords() {
  const records = await sampleRecords('cli-test', '2026-11-30');
  const pair = await generateKeyPair('ecdsa');
  const draft = records.assessment[0] as VersionedRecord<Assessment>;
  const issue = await signIssue(draft, records, {
    reviewer: 'Rita Reviewer',
    issuedAt: '2026-12-01T08:00:00.000Z',
    signer: { name: 'Rita', ...pair },
  });
  const issued = { ...draft, data: { ...draft.data, status: 'issued' as const, reviewer: 'Rita Reviewer', issue } };
  return { records: { ...records, assessment: [issued] }, fingerprint: await keyFingerprint(pair.publicKey) };
}

describe('command line: issued assessments', { timeout: 300_000 }, () => {
  it('verify names each issued assessment, its revision, reviewer and signer key, and whether it holds', async () => {
    const { records, fingerprint } = await issuedRecords();
    const r = cli(['verify', await write('issued.cabundle', records)], 'demo');
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      `Issued: "Sample: pre-integration assessment" revision 1, reviewed by Rita Reviewer, issued 2026-12-01, signed by "Rita" (key ${fingerprint}): valid.`,
    );

    const [asset, ...others] = records.asset;
    const edited = {
      ...records,
      asset: [{ ...asset!, data: { ...asset!.data, name: 'Changed after issue' } }, ...others],
    };
    const changed = cli(['verify', await write('changed.cabundle', edited)], 'demo');
    expect(changed.code).toBe(0);
    expect(changed.out).toMatch(/revision 1, .*: CONTENT CHANGED since it was issued\.\n/);

    const [issued] = records.assessment;
    const forged = {
      ...records,
      assessment: [
        { ...issued!, data: { ...issued!.data, issue: { ...issued!.data.issue, reviewer: 'Someone else' } } },
      ],
    };
    const bad = cli(['verify', await write('forged.cabundle', forged)], 'demo');
    expect(bad.out).toMatch(/: BAD SIGNATURE\.\n/);
    expect(bad).toMatchObject({
      code: 2,
      err: `${path.join(dir, 'forged.cabundle')} holds an issued assessment whose signature does not verify.\n`,
    });
  });

  it('a draft file says nothing of issue, and the report cover shows the status, revision and signature', async () => {
    const draft = cli(['verify', await write('draft.cabundle', await sampleRecords('cli-test', '2026-11-30'))], 'demo');
    expect(draft.code).toBe(0);
    expect(draft.out).not.toContain('Issued:');

    const { records, fingerprint } = await issuedRecords();
    const out = path.join(dir, 'issued.pdf');
    const file = await write('issued-report.cabundle', records);
    expect(cli(['report', file, '--out', out, '--date', '2026-12-02'], 'demo').code).toBe(0);
    const text = flatText(new Uint8Array(await readFile(out)));
    expect(text).toContain('Issued — Revision 1');
    expect(text).toContain('Reviewed by Rita Reviewer');
    expect(text).toContain(`Signature valid; content unchanged since issue (key ${fingerprint})`);
    expect(text).toContain(`SHA-256 ${records.assessment[0]!.data.issue.digest.slice(0, 16)}`);
  });
});

/**
 * The acceptance check: a pack built and signed by the firm, verified here, and
 * the sample clinic's verdict following the pack's standards.
 */
import { describe, expect, it } from 'vitest';
import { checkedPackContent, packFileText, readPackFile } from '../../../../shared/bundle/packFile';
import { generateKeyPair, keyFingerprint } from '../../../../shared/crypto/p256Keys';
import { integrationVerdict } from '../../../../shared/integration/verdict';
import type { AssessmentRecords } from '../../../../shared/model/assessmentRecords';
import { assessmentRecordsFrom } from '../../../../shared/report/assessmentsInFile';
import { assessRecords } from '../../../../shared/rules/assessRecords';
import { sampleRecords } from '../../../../shared/sample/sampleRecords';
import { northwindPack } from '../../../support/packFixture';

type Profile = { standards: { id: string; title: string; mustFix?: boolean }[]; mustFix: { noGoRuleIds: string[] } };

async function sample(): Promise<AssessmentRecords> {
  const bundle = await sampleRecords('test', '2026-11-28');
  const records = assessmentRecordsFrom(bundle, bundle.assessment[0]!.id);
  if (!records) throw new Error('no sample assessment');
  return records;
}

/** The sample clinic's verdict under a pack signed by the firm and verified as the app verifies it. */
async function verdictUnder(edit: (profile: Profile) => void) {
  const pair = await generateKeyPair('ecdh');
  const firm = { name: 'Northwind security', ...pair, fingerprint: await keyFingerprint(pair.publicKey) };
  const raw = northwindPack() as { profile: Profile };
  edit(raw.profile);
  const { pack } = await readPackFile(await packFileText(checkedPackContent(raw), firm), [firm]);
  const { findings, context } = assessRecords(await sample(), '2026-11-28', pack);
  return integrationVerdict(findings, context);
}

const vendorMfa = 'nw.vendor-mfa';

describe("the sample clinic's verdict under the firm's content pack", () => {
  it('follows the standards: a must-fix standard is a condition, the same standard not must-fix is not, a no-go one blocks', async () => {
    const title = (p: Profile) => p.standards.find((s) => s.id === vendorMfa)!.title;
    let standardTitle = '';
    // The sample pack's own no-go rule fires on the sample clinic: left out, to see the standard alone.
    const mustFix = await verdictUnder((p) => {
      p.mustFix.noGoRuleIds = [];
      standardTitle = title(p);
      p.standards.find((s) => s.id === vendorMfa)!.mustFix = true;
    });
    expect(mustFix.verdict).toBe('conditional');
    expect(mustFix.conditions.map((c) => c.text)).toContain(standardTitle);

    const advisory = await verdictUnder((p) => {
      p.mustFix.noGoRuleIds = [];
      p.standards.find((s) => s.id === vendorMfa)!.mustFix = false;
      p.standards = p.standards.map((s) => (s.id === vendorMfa ? { ...s, severity: 'low' } : s));
    });
    expect(advisory.conditions.map((c) => c.text)).not.toContain(standardTitle);
    expect(advisory.conditions.length).toBe(mustFix.conditions.length - 1);

    const noGo = await verdictUnder((p) => {
      p.mustFix.noGoRuleIds = [`standard.${vendorMfa}`];
    });
    expect(noGo.verdict).toBe('no-go');
  });
});

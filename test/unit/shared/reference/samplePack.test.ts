import { describe, expect, it } from 'vitest';
import { checkedPackContent, packFileText, readPackFile } from '../../../../shared/bundle/packFile';
import { generateKeyPair, keyFingerprint } from '../../../../shared/crypto/p256Keys';
import { builtInPack } from '../../../../shared/reference/contentPack';
import { assessmentRecordsFrom } from '../../../../shared/report/assessmentsInFile';
import { buildClinicReport } from '../../../../shared/report/clinicReport';
import { assessRecords } from '../../../../shared/rules/assessRecords';
import { sampleRecords } from '../../../../shared/sample/sampleRecords';
import { northwindPack } from '../../../support/packFixture';

describe('the sample pack on the sample clinic', () => {
  it('a pack the firm signed, read back, judges the sample clinic with its tuned severities, and the report names it', async () => {
    const firm = { name: 'Northwind security', ...(await generateKeyPair('ecdh')) };
    const text = await packFileText(checkedPackContent(northwindPack()), firm);
    const { pack } = await readPackFile(text, [{ ...firm, fingerprint: await keyFingerprint(firm.publicKey) }]);
    const bundle = await sampleRecords('pack-test', '2026-11-28');
    const records = assessmentRecordsFrom(bundle, bundle.assessment[0]!.id)!;

    const before = assessRecords(records, '2026-11-28', builtInPack).findings;
    const after = assessRecords(records, '2026-11-28', pack).findings;
    const tunedRules = new Map(pack.content.profile.severityTuning.map((t) => [t.ruleId, t.severity] as const));
    const hit = before.filter((f) => tunedRules.has(f.ruleId));
    expect(hit.length).toBeGreaterThan(0);
    for (const f of hit) {
      const tuned = after.find((a) => a.key === f.key);
      expect(tuned?.severity).toBe(tunedRules.get(f.ruleId));
      if (tuned?.severity !== f.severity)
        expect(tuned?.rationale).toContain('by Northwind Health integration standard');
    }
    const report = buildClinicReport(records, '2026-11-28', undefined, undefined, pack);
    expect(report.judgedUnder).toMatch(
      /^Northwind Health integration standard, version 3 of 2026-11-15, signed by Northwind security/,
    );
  });
});

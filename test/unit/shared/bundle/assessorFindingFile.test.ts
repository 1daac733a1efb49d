import { describe, expect, it } from 'vitest';
import { buildBundleContent, parseBundleContent } from '../../../../shared/bundle/bundleContent';
import { mergeRecordSets } from '../../../../shared/merge/mergeRecordSets';
import { HybridClock } from '../../../../shared/model/hlc';
import { createVersioned, patchVersioned } from '../../../../shared/model/versionedRecord';
import { assessorFindingRecord, draftFields, draftOf } from '../../../../shared/rules/assessorFindingDraft';
import { sampleRecords } from '../../../../shared/sample/sampleRecords';

const clock = new HybridClock(() => Date.parse('2026-11-20T09:00:00Z'));
const write = () => ({ stamp: clock.tick(), device: 'field-laptop' });

describe("the assessor's finding in an assessment file", () => {
  it('keeps the finding itself in a redacted file, as a rule finding keeps its title, and drops only its note', async () => {
    const records = await sampleRecords('field-laptop', '2026-11-20');
    const assessmentId = records.assessment[0]!.id;
    const id = crypto.randomUUID();
    const created = createVersioned(
      id,
      assessorFindingRecord(assessmentId, id, {
        title: 'Server console password on a sticky note',
        area: 'governance',
        detail: 'The note is taped to the monitor.',
        likelihood: 4,
        impact: 3,
        rationale: 'Anyone in the back office can read it.',
        evidence: [records.asset[0]!.id],
        questions: ['profile.prior-incidents'],
        recommendation: 'Change the password.',
        ownerType: 'clinic',
      }),
      write(),
    );
    const accepted = patchVersioned(
      created,
      { status: 'accepted', statusNote: 'Pat Doe (555-0101) will change it on Monday.' },
      write(),
    );
    records.finding = [...records.finding, accepted];

    const content = buildBundleContent(records, { kind: 'all' }, 'field-laptop', 'Dana', { redact: true });
    const back = parseBundleContent(JSON.stringify(content)).records.finding.find((f) => f.id === id);
    expect(back?.data).toEqual({ ...accepted.data, statusNote: '' });
    expect(back?.data).toMatchObject({ source: 'assessor', ruleId: 'assessor', key: `assessor:${id}` });
    expect(JSON.stringify(content)).not.toContain('555-0101');
  });

  it('merges two laptops’ edits of it field by field, the severity following the rating', async () => {
    const records = await sampleRecords('field-laptop', '2026-11-20');
    const id = crypto.randomUUID();
    const draft = {
      title: 'Shared login on the front desk',
      area: 'governance' as const,
      detail: '',
      likelihood: 2,
      impact: 3,
      rationale: 'Seen in use.',
      evidence: [],
      questions: [],
      recommendation: '',
      ownerType: 'clinic' as const,
    };
    const base = createVersioned(id, assessorFindingRecord(records.assessment[0]!.id, id, draft), write());
    const renamed = patchVersioned(base, draftFields({ ...draftOf(base.data), title: 'One login for three people' }), {
      stamp: clock.tick(),
      device: 'field-laptop',
    });
    const rerated = patchVersioned(base, draftFields({ ...draftOf(base.data), likelihood: 4 }), {
      stamp: clock.tick(),
      device: 'firm-laptop',
    });
    const set = (finding: typeof base) => ({ records: { ...records, finding: [finding] } });
    for (const order of [
      [set(renamed), set(rerated)],
      [set(rerated), set(renamed)],
    ]) {
      const { records: merged, conflicts } = mergeRecordSets(order);
      expect(conflicts).toBe(0);
      expect(merged.finding[0]?.data).toMatchObject({
        title: 'One login for three people',
        likelihood: 4,
        severity: 'critical',
        source: 'assessor',
      });
    }
  });
});

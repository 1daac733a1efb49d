import { describe, expect, it } from 'vitest';
import { buildBundleContent, parseBundleContent, type BundleRecords } from '../../../../shared/bundle/bundleContent';
import { mergeRecordSets } from '../../../../shared/merge/mergeRecordSets';
import { redactRecords } from '../../../../shared/bundle/redaction';
import { HybridClock } from '../../../../shared/model/hlc';
import { patchVersioned, type VersionedRecord } from '../../../../shared/model/versionedRecord';
import { entityTypes } from '../../../../shared/model/entities';
import { sampleRecords } from '../../../../shared/sample/sampleRecords';

/** Every record's values and the write behind each: what must survive a merge. */
const dataOf = (records: BundleRecords) =>
  Object.fromEntries(
    entityTypes.map((t) => [
      t,
      Object.fromEntries(
        (records[t] as VersionedRecord<object>[]).map((r) => [r.id, { data: r.data, stamps: r.stamps }]),
      ),
    ]),
  );

async function fieldLaptop(): Promise<BundleRecords> {
  const records = await sampleRecords('field-laptop', '2026-11-20');
  const clinic = records.clinic[0];
  if (!clinic) throw new Error('sample has a clinic');
  const clock = new HybridClock();
  // The contacts are written BEFORE the clinic's name changes: the same device's counter then
  // runs past the contacts write, the case where a careless merge would think it was seen.
  const withContacts = patchVersioned(
    clinic,
    { contacts: 'Office manager Pat Doe, 555-0101' },
    { stamp: clock.tick(), device: 'field-laptop' },
  );
  records.clinic = [
    patchVersioned(
      withContacts,
      { name: 'Lakeside Family Practice (west)' },
      { stamp: clock.tick(), device: 'field-laptop' },
    ),
  ];
  return records;
}

describe('redacted exports', () => {
  it('leave out contacts and every note, and keep everything else as it was', async () => {
    const full = await fieldLaptop();
    const content = buildBundleContent(full, { kind: 'all' }, 'field-laptop', 'Dana', { redact: true });
    const json = JSON.stringify(content);
    expect(content.manifest.redacted).toBe(true);
    expect(json).not.toContain('555-0101');
    for (const a of full.answer) if (a.data.note) expect(json).not.toContain(a.data.note);
    for (const a of full.asset) if (a.data.notes) expect(json).not.toContain(a.data.notes);
    const clinic = content.records.clinic[0];
    expect(clinic?.data.contacts).toBe('');
    expect(clinic?.stamps.contacts).toBeUndefined();
    expect(clinic?.data.name).toBe('Lakeside Family Practice (west)');
    expect(content.records.asset.map((a) => a.data.osVersion)).toEqual(full.asset.map((a) => a.data.osVersion));
    // The file still validates as an assessment file.
    expect(parseBundleContent(json).records.asset).toHaveLength(full.asset.length);
  });

  it('importing a redacted file, then the full one, loses nothing: the notes arrive', async () => {
    const full = await fieldLaptop();
    const redacted = redactRecords(full);
    const firm = mergeRecordSets([{ records: redacted, redacted: true }]).records;
    expect(firm.clinic[0]?.data.contacts).toBe('');
    const later = mergeRecordSets([{ records: firm }, { records: full }]);
    expect(dataOf(later.records)).toEqual(dataOf(full));
    expect(later.conflicts).toBe(0);
  });

  it('a redacted file keeps the notes already here, merges the rest, and twice changes nothing', async () => {
    const full = await fieldLaptop();
    const clock = new HybridClock();
    const renamed = {
      ...full,
      clinic: full.clinic.map((c) =>
        patchVersioned(c, { name: 'Lakeside (renamed by a colleague)' }, { stamp: clock.tick(), device: 'colleague' }),
      ),
    };
    const local = mergeRecordSets([{ records: full }]).records;
    const once = mergeRecordSets([{ records: local }, { records: redactRecords(renamed), redacted: true }]);
    expect(once.records.clinic[0]?.data).toMatchObject({
      name: 'Lakeside (renamed by a colleague)',
      contacts: 'Office manager Pat Doe, 555-0101',
    });
    const twice = mergeRecordSets([{ records: once.records }, { records: redactRecords(renamed), redacted: true }]);
    expect(twice.records).toEqual(once.records);
  });
});

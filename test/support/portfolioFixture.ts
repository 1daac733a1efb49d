/** Sample clinics under several names, one of them visited twice: input for portfolio reports. */
import type { BundleRecords } from '../../shared/bundle/bundleContent';
import { entityTypes } from '../../shared/model/entities';
import type { VersionedRecord } from '../../shared/model/versionedRecord';
import { sampleRecords } from '../../shared/sample/sampleRecords';

export async function portfolioRecords(names: string[], revisit: number | undefined = 0): Promise<BundleRecords> {
  const out = Object.fromEntries(
    entityTypes.map((t) => [t, [] as VersionedRecord<object>[]]),
  ) as unknown as BundleRecords;
  const add = (records: BundleRecords) => {
    for (const t of entityTypes)
      (out[t] as VersionedRecord<object>[]).push(...(records[t] as VersionedRecord<object>[]));
  };
  for (const [i, name] of names.entries()) {
    const records = await sampleRecords('firm-laptop', '2026-11-20', () => Date.parse('2026-11-20T09:00:00Z'));
    const clinic = records.clinic[0]!;
    clinic.data = { ...clinic.data, name };
    add(records);
    if (i !== revisit) continue;
    // The visit a year before: the same clinic, worse off (its assets all unpatched and on one flat network).
    const before = await sampleRecords('firm-laptop', '2025-11-20', () => Date.parse('2025-11-20T09:00:00Z'));
    const assessment = before.assessment[0]!;
    assessment.data = {
      ...assessment.data,
      clinicId: clinic.id,
      title: 'First visit after the acquisition',
      startDate: '2025-11-20',
    };
    add({ ...before, clinic: [] });
  }
  return out;
}

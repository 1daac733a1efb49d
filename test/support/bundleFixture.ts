/**
 * A portfolio for benchmarks: `clinics` sample clinics, each padded with extra assets
 * until the whole set holds `total` records, as the versioned records a file carries.
 */
import type { BundleRecords } from '../../shared/bundle/bundleContent';
import { HybridClock } from '../../shared/model/hlc';
import { createVersioned, type VersionedRecord } from '../../shared/model/versionedRecord';
import { entityTypes } from '../../shared/model/entities';
import { sampleRecords } from '../../shared/sample/sampleRecords';

export async function portfolioRecords(
  clinics: number,
  total: number,
  device = 'bench-laptop',
): Promise<BundleRecords> {
  const out = Object.fromEntries(
    entityTypes.map((t) => [t, [] as VersionedRecord<object>[]]),
  ) as unknown as BundleRecords;
  const perClinic = Math.floor(total / clinics);
  const clock = new HybridClock();
  for (let c = 0; c < clinics; c++) {
    const records = await sampleRecords(device, '2026-11-28');
    let count = entityTypes.reduce((n, t) => n + records[t].length, 0);
    const template = records.asset[0];
    if (!template) throw new Error('the sample has assets');
    for (let i = 0; count < perClinic; i++, count++) {
      records.asset.push(
        createVersioned(
          crypto.randomUUID(),
          { ...template.data, name: `C${c}-HOST-${i}`, serial: `SN-${c}-${i}` },
          { stamp: clock.tick(), device },
        ),
      );
    }
    for (const t of entityTypes)
      (out[t] as VersionedRecord<object>[]).push(...(records[t] as VersionedRecord<object>[]));
  }
  return out;
}

export const recordCount = (records: BundleRecords) => entityTypes.reduce((n, t) => n + records[t].length, 0);

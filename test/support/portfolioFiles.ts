/** Portfolio input split into assessment files, one clinic each (sealed with a cheap KDF): input for `portfolio` on the command line. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildBundleContent, type BundleRecords } from '../../shared/bundle/bundleContent';
import { sealBundle } from '../../shared/bundle/writeBundle';
import { utf8 } from '../../shared/crypto/bytes';
import { deriveKeyBytes } from '../../shared/crypto/kdf';
import { entityTypes } from '../../shared/model/entities';
import { cheapKdf } from './bundleTestKit';

/** The records of the assessments `keep` picks and of their clinics, as a file of its own would hold them. */
export function recordsPart(
  records: BundleRecords,
  keep: (assessment: { id: string; clinicId: string }) => boolean,
): BundleRecords {
  const assessments = new Set(
    records.assessment.filter((a) => keep({ id: a.id, clinicId: a.data.clinicId })).map((a) => a.id),
  );
  const clinics = new Set(records.assessment.filter((a) => assessments.has(a.id)).map((a) => a.data.clinicId));
  const kept = (t: string, r: { id: string; data: { assessmentId?: string } }) =>
    t === 'clinic' ? clinics.has(r.id) : assessments.has(t === 'assessment' ? r.id : (r.data.assessmentId ?? ''));
  return Object.fromEntries(
    entityTypes.map((t) => [
      t,
      (records[t] as { id: string; data: { assessmentId?: string } }[]).filter((r) => kept(t, r)),
    ]),
  ) as unknown as BundleRecords;
}

/** The records of one clinic and its assessments. */
export const clinicPart = (records: BundleRecords, clinicId: string) =>
  recordsPart(records, (a) => a.clinicId === clinicId);

/** Writes one file per clinic of `records` in `dir`, for the passphrase given; returns their paths. */
export async function writeClinicFiles(dir: string, records: BundleRecords, passphrase: string): Promise<string[]> {
  return Promise.all(
    records.clinic.map(async (clinic, i) => {
      const file = path.join(dir, `clinic-${i}.cabundle`);
      const content = buildBundleContent(clinicPart(records, clinic.id), { kind: 'all' }, 'test', '');
      await writeFile(
        file,
        await sealBundle(utf8(JSON.stringify(content)), {
          recipients: [{ type: 'passphrase', passphrase, derive: deriveKeyBytes, kdf: cheapKdf() }],
        }),
      );
      return file;
    }),
  );
}

/**
 * An issued assessment is frozen: the repositories refuse every write to it and to its
 * records, save the step that starts a new revision. Importing an assessment file is
 * not refused (it merges, and nothing may be lost): its verification then says the
 * content changed since it was issued.
 */
import type { Assessment } from '../../shared/model/assessment';
import { issueBookkeepingFields } from '../../shared/model/assessmentIssue';
import { entities, type EntityType } from '../../shared/model/entities';
import type { VersionedRecord } from '../../shared/model/versionedRecord';
import type { Vault } from './vault';

export class IssuedAssessmentError extends Error {
  constructor(revision: number) {
    super(`This assessment is issued (revision ${revision}); start a new revision to change it.`);
    this.name = 'IssuedAssessmentError';
  }
}

/** Throws IssuedAssessmentError when the assessment exists and is issued. */
export async function refuseIfIssued(vault: Vault, assessmentId: string): Promise<void> {
  const row = await vault.db.rows('assessment').get(assessmentId);
  if (!row) return;
  const assessment = await vault.unseal('assessment', row);
  if (!assessment.deleted && assessment.data.status === 'issued')
    throw new IssuedAssessmentError(assessment.data.revision);
}

/** Whether a write to an issued assessment only changes its review and issue fields (starting a new revision). */
function onlyBookkeeping(before: VersionedRecord<Assessment>, after: VersionedRecord<Assessment>): boolean {
  if (after.deleted && !before.deleted) return false;
  const fields = new Set([...Object.keys(before.data), ...Object.keys(after.data)]);
  return [...fields].every(
    (f) =>
      (issueBookkeepingFields as readonly string[]).includes(f) ||
      JSON.stringify((before.data as Record<string, unknown>)[f]) ===
        JSON.stringify((after.data as Record<string, unknown>)[f]),
  );
}

/** Refuses a write (`before` → `after`) that would change an issued assessment or one of its records. */
export async function refuseWriteToIssued(
  vault: Vault,
  type: EntityType,
  before: VersionedRecord<object> | undefined,
  after: VersionedRecord<object>,
): Promise<void> {
  if (type === 'assessment') {
    const [b, a] = [before, after] as (VersionedRecord<Assessment> | undefined)[];
    if (b?.data.status === 'issued' && !b.deleted && !onlyBookkeeping(b, a!))
      throw new IssuedAssessmentError(b.data.revision);
    return;
  }
  if (entities[type].parent !== 'assessmentId') return;
  const ids = new Set([before, after].map((r) => (r?.data as { assessmentId?: string } | undefined)?.assessmentId));
  for (const id of ids) if (id) await refuseIfIssued(vault, id);
}

/** Refuses new records of `type` when any lands in an issued assessment (each assessment read once). */
export async function refuseNewInIssued(vault: Vault, type: EntityType, records: VersionedRecord<object>[]) {
  if (entities[type].parent !== 'assessmentId') return;
  const ids = new Set(records.map((r) => (r.data as { assessmentId?: string }).assessmentId));
  for (const id of ids) if (id) await refuseIfIssued(vault, id);
}

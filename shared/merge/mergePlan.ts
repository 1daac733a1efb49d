/**
 * The merge plan: what one incoming record becomes against the copy already held, what
 * that changes and which conflicts it leaves for a person. The one place that chooses
 * between a redacted merge, the local copy and the incoming one, for the app's import
 * and the command line's `merge` alike.
 */
import { entities, type EntityType } from '../model/entities';
import { sameValue, type VersionedRecord } from '../model/versionedRecord';
import { conflictsToReview, mergeRecord } from './mergeRecord';
import { mergeRedacted } from './redactedMerge';

type AnyRecord = VersionedRecord<object>;

export type ChangeKind = 'added' | 'updated' | 'deleted' | 'unchanged';

export interface RecordMerge {
  merged: AnyRecord;
  change: ChangeKind;
  /** Fields with a conflict to review that the held copy did not have already. */
  conflicts: string[];
}

/** The id of the record a record belongs to (its clinic, its assessment), '' for a clinic. */
export function parentOf(type: EntityType, record: AnyRecord): string {
  const key = entities[type].parent;
  return key ? String((record.data as Record<string, unknown>)[key]) : '';
}

/**
 * Merges `incoming` (from a redacted file when `redacted`) into `held` (undefined when
 * there is none yet). Two copies that name different parents are refused: one of them lies.
 */
export function mergeIncoming(
  type: EntityType,
  held: AnyRecord | undefined,
  incoming: AnyRecord,
  redacted: boolean,
): RecordMerge {
  if (held && parentOf(type, held) !== parentOf(type, incoming))
    throw new Error(
      `A record in the file (${type}) claims to belong elsewhere than the same record already held, so nothing was merged.`,
    );
  const merged = redacted ? mergeRedacted(type, held, incoming) : held ? mergeRecord(held, incoming) : incoming;
  const change: ChangeKind = !held
    ? 'added'
    : sameValue(merged, held)
      ? 'unchanged'
      : merged.deleted && !held.deleted
        ? 'deleted'
        : 'updated';
  const before = new Set(held ? conflictsToReview(held).map((c) => c.field) : []);
  const conflicts = conflictsToReview(merged)
    .map((c) => c.field)
    .filter((f) => !before.has(f));
  return { merged, change, conflicts };
}

/** How many records each change and how many new conflicts, over a plan's items. */
export function countChanges(items: readonly Pick<RecordMerge, 'change' | 'conflicts'>[]) {
  const counts: Record<ChangeKind | 'conflicts', number> = {
    added: 0,
    updated: 0,
    deleted: 0,
    unchanged: 0,
    conflicts: 0,
  };
  for (const item of items) {
    counts[item.change] += 1;
    counts.conflicts += item.conflicts.length;
  }
  return counts;
}

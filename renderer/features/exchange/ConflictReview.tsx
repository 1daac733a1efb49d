import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { conflictsToReview } from '../../../shared/merge/mergeRecord';
import { entityTypeLabels, entityTypes, type EntityType } from '../../../shared/model/entities';
import { decodeHlc, isHlc } from '../../../shared/model/hlc';
import type { FieldStamp, VersionedRecord } from '../../../shared/model/versionedRecord';
import { useRepositories, useSession } from '../../session/SessionContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ConflictEdit } from './ConflictEdit';
import { fieldLabel, reviewNames, valueInWords } from './conflictFieldLabels';
import { questionsById } from '../../../shared/checklists/checklist';
import { plainError } from '../../../shared/model/plainIssues';

function recordLabel(data: Record<string, unknown>): string {
  // An answer is known by its question's words, not the question's id.
  if (typeof data.questionId === 'string') return questionsById.get(data.questionId)?.text ?? data.questionId;
  for (const key of ['name', 'title', 'vendor', 'isp'])
    if (typeof data[key] === 'string' && data[key]) return data[key] as string;
  return 'Untitled';
}

/** When a stamp was written, from its clock: "29 Nov 2026, 00:57". */
function writtenAt(stamp: Pick<FieldStamp, 't'> | undefined): string | undefined {
  if (!stamp || !isHlc(stamp.t)) return undefined;
  return new Date(decodeHlc(stamp.t).wall).toLocaleString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

type Update = (id: string, patch: Record<string, unknown>) => Promise<unknown>;

/** One side of a conflict: the value, who wrote it and when, and a button to keep it. */
function Side({ title, value, origin, onKeep }: { title: string; value: string; origin: string; onKeep: () => void }) {
  return (
    <section className="conflict-side" aria-label={title}>
      <h4>{title}</h4>
      <p className="conflict-origin">{origin}</p>
      <p className="conflict-value">{value}</p>
      <button type="button" className="button button-small" onClick={onKeep}>
        Keep “{value.length > 60 ? `${value.slice(0, 59)}…` : value}”
      </button>
    </section>
  );
}

/**
 * Fields that two devices changed differently: keep one side or type another value; either
 * is a new edit that settles it. Nothing shows when no field is in conflict.
 */
export function ConflictReview() {
  const repos = useRepositories();
  const { state } = useSession();
  const vault = state.status === 'unlocked' ? state.vault : undefined;
  const [error, setError] = useState<string>();
  const review = useLiveQuery(async () => {
    const lists = await Promise.all(
      entityTypes.map(async (type) =>
        ((await repos[type].all()) as VersionedRecord<object>[])
          .filter((r) => !r.deleted)
          .map((record) => ({ type, record })),
      ),
    );
    const all = lists.flat();
    const names = reviewNames(
      all.map(({ type, record }) => ({
        type,
        id: record.id,
        label: recordLabel(record.data as Record<string, unknown>),
        data: record.data,
      })),
    );
    return {
      names,
      conflicts: all.map((c) => ({ ...c, fields: conflictsToReview(c.record) })).filter((c) => c.fields.length > 0),
    };
  }, [repos]);

  const save = (type: EntityType, id: string, field: string, value: unknown) =>
    (repos[type] as unknown as { update: Update }).update(id, { [field]: value });

  async function keep(type: EntityType, id: string, field: string, value: unknown) {
    setError(undefined);
    try {
      await save(type, id, field, value);
    } catch (e) {
      setError(plainError(e, 'The choice could not be saved.'));
    }
  }

  const origin = (stamp: Pick<FieldStamp, 't' | 'd'> | undefined) => {
    const where =
      stamp?.d === vault?.device
        ? 'Written on this computer'
        : `Written on another device (${(stamp?.d ?? 'unknown').slice(0, 8)})`;
    const when = writtenAt(stamp);
    return when ? `${where}, ${when}` : where;
  };

  // Shown only while there is something to settle: once the last conflict of this visit to the page is settled, it says so.
  const [hadConflicts, setHadConflicts] = useState(false);
  if (review?.conflicts.length && !hadConflicts) setHadConflicts(true);
  if (!review?.conflicts.length && !hadConflicts) return null;

  return (
    <section className="card" aria-labelledby="conflicts-title">
      <h2 id="conflicts-title">Conflicts to review</h2>
      <ErrorMessage message={error} />
      {review === undefined ? <p aria-busy="true">Decrypting…</p> : null}
      {review?.conflicts.length === 0 ? <p className="muted">No conflicts: every merged field agrees.</p> : null}
      {review?.conflicts.map(({ type, record, fields }) =>
        fields.map((c) => {
          const title = `${entityTypeLabels[type]} “${review.names.get(record.id) ?? recordLabel(record.data as Record<string, unknown>)}”: ${fieldLabel(type, c.field)}`;
          const words = (value: unknown) => valueInWords(type, c.field, value, review.names);
          return (
            <article key={`${record.id}/${c.field}`} className="conflict" aria-label={title}>
              <h3>{title}</h3>
              <div className="conflict-sides">
                <Side
                  title="Shown now"
                  value={words(c.live)}
                  origin={origin((record.stamps as Record<string, FieldStamp | undefined>)[c.field])}
                  onKeep={() => void keep(type, record.id, c.field, c.live)}
                />
                {c.others.map((o, i) => (
                  <Side
                    key={`${o.d}:${o.c}`}
                    title={c.others.length > 1 ? `Other value ${i + 1}` : 'Other value'}
                    value={words(o.v)}
                    origin={origin(o)}
                    onKeep={() => void keep(type, record.id, c.field, o.v)}
                  />
                ))}
              </div>
              <ConflictEdit
                type={type}
                field={c.field}
                current={c.live}
                onSave={async (value) => {
                  await save(type, record.id, c.field, value);
                }}
              />
            </article>
          );
        }),
      )}
    </section>
  );
}

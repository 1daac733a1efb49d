import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { conflictsToReview } from '../../../shared/merge/mergeRecord';
import { entityTypes, type EntityType } from '../../../shared/model/entities';
import type { VersionedRecord } from '../../../shared/model/versionedRecord';
import { useRepositories, useSession } from '../../app/session/SessionContext';
import { ConflictEdit } from './ConflictEdit';
import { ErrorMessage } from '../../components/ErrorMessage';

const typeLabels: Record<EntityType, string> = { clinic: 'Clinic', assessment: 'Assessment', asset: 'Asset', network: 'Network', vendorAccess: 'Vendor link', link: 'Internet link', application: 'Application', answer: 'Answer', finding: 'Finding decision' };

function show(value: unknown): string {
  if (value === null || value === undefined) return 'not known';
  if (value === '') return '(empty)';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return Array.isArray(value) ? value.join(', ') : String(value);
}

function recordLabel(data: Record<string, unknown>): string {
  for (const key of ['name', 'title', 'vendor', 'isp', 'questionId']) if (typeof data[key] === 'string' && data[key]) return data[key] as string;
  return 'Untitled';
}

/** Fields that two devices changed differently: pick the value to keep; the choice is a new edit. */
export function ConflictReview() {
  const repos = useRepositories();
  const { state } = useSession();
  const vault = state.status === 'unlocked' ? state.vault : undefined;
  const [error, setError] = useState<string>();
  const conflicts = useLiveQuery(async () => {
    const lists = await Promise.all(entityTypes.map(async (type) => ((await repos[type].all()) as VersionedRecord<object>[]).filter((r) => !r.deleted).map((r) => ({ type, record: r, fields: conflictsToReview(r) }))));
    return lists.flat().filter((c) => c.fields.length > 0);
  }, [repos]);

  async function keep(type: EntityType, id: string, field: string, value: unknown) {
    setError(undefined);
    try {
      await (repos[type] as unknown as { update(id: string, patch: Record<string, unknown>): Promise<unknown> }).update(id, { [field]: value });
    } catch (e) {
      setError(e instanceof Error ? e.message : 'The choice could not be saved.');
    }
  }

  const who = (device: string | undefined) => (device === vault?.device ? 'Written on this computer' : `Written on another device (${(device ?? '').slice(0, 8)})`);

  return (
    <section className="card" aria-labelledby="conflicts-title">
      <h2 id="conflicts-title">Conflicts to review</h2>
      <ErrorMessage message={error} />
      {conflicts === undefined ? <p aria-busy="true">Decrypting…</p> : null}
      {conflicts?.length === 0 ? <p className="muted">No conflicts: every merged field agrees.</p> : null}
      {conflicts?.map(({ type, record, fields }) =>
        fields.map((c) => (
          <article key={`${record.id}/${c.field}`} className="conflict" aria-label={`${typeLabels[type]} ${recordLabel(record.data as Record<string, unknown>)}: ${c.field}`}>
            <h3>
              {typeLabels[type]} “{recordLabel(record.data as Record<string, unknown>)}”: {c.field}
            </h3>
            <div className="conflict-sides">
              <div>
                <p className="muted">Shown now · {who((record.stamps as Record<string, { d: string } | undefined>)[c.field]?.d)}</p>
                <p className="conflict-value">{show(c.live)}</p>
                <button type="button" className="button button-small" onClick={() => void keep(type, record.id, c.field, c.live)}>
                  Keep “{show(c.live)}”
                </button>
              </div>
              {c.others.map((o) => (
                <div key={`${o.d}:${o.c}`}>
                  <p className="muted">Concurrent value · {who(o.d)}</p>
                  <p className="conflict-value">{show(o.v)}</p>
                  <button type="button" className="button button-small" onClick={() => void keep(type, record.id, c.field, o.v)}>
                    Keep “{show(o.v)}”
                  </button>
                </div>
              ))}
            </div>
            <ConflictEdit type={type} field={c.field} label={c.field} current={c.live} onSave={(value) => keep(type, record.id, c.field, value)} />
          </article>
        )),
      )}
    </section>
  );
}

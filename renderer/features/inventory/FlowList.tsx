/**
 * The flows that start or end at one zone or vendor link, shown on its editor: add one
 * from here, edit one in place below the list, or delete one.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState } from 'react';
import { useRepositories } from '../../session/SessionContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { newFlow } from './flowFields';
import { flowsTab, type Lookup } from './inventoryTabs';
import type { RecordChoices } from './recordChoices';
import { RecordEditor } from './RecordEditor';
import { plainError } from '../../../shared/model/plainIssues';

const shownColumns = new Set(['From', 'To', 'Services', 'How', 'Known by']);

export function FlowList({
  assessmentId,
  endId,
  end,
  choices,
  assessmentDate,
}: {
  assessmentId: string;
  endId: string;
  end: 'zone' | 'link';
  choices: RecordChoices;
  assessmentDate: string;
}) {
  const repos = useRepositories();
  const flows = useLiveQuery(() => repos.flow.list(assessmentId), [repos, assessmentId]);
  const [editing, setEditing] = useState<string>();
  const [deleting, setDeleting] = useState<string>();
  const [error, setError] = useState<string>();
  const headingId = useId();
  const editorRef = useRef<HTMLElement>(null);
  const lookup: Lookup = {
    networkName: (id) => (id ? choices.nameOf(id) : '—'),
    nameOf: choices.nameOf,
    assessmentDate,
  };
  const columns = flowsTab.columns.filter((c) => shownColumns.has(c.header));
  const mine = (flows ?? [])
    .filter((f) => f.data.from === endId || f.data.to === endId)
    .sort((a, b) => flowsTab.title(a.data, lookup).localeCompare(flowsTab.title(b.data, lookup)));
  const editingFlow = flows?.find((f) => f.id === editing);
  const editorOpen = editingFlow !== undefined;

  // The editor opens below the list: bring it into view (a new flow appears a moment after it is added).
  useEffect(() => {
    if (!editing || !editorOpen) return;
    editorRef.current?.scrollIntoView({ block: 'nearest' });
    editorRef.current?.focus();
  }, [editing, editorOpen]);

  async function add() {
    setError(undefined);
    try {
      const created = await repos.flow.create(newFlow(assessmentId, endId));
      setEditing(created.id);
    } catch (e) {
      setError(plainError(e, 'The flow could not be added.'));
    }
  }

  async function remove(id: string) {
    setError(undefined);
    try {
      await repos.flow.remove(id);
      setDeleting(undefined);
      if (editing === id) setEditing(undefined);
    } catch (e) {
      setError(plainError(e, 'The flow could not be deleted.'));
    }
  }

  return (
    <section className="flow-list" aria-labelledby={headingId}>
      <div className="section-header">
        <h3 id={headingId}>{end === 'zone' ? 'Flows from and to this zone' : 'Flows from this link'}</h3>
        <button type="button" className="button button-small" onClick={() => void add()}>
          Add flow from this {end}
        </button>
      </div>
      <ErrorMessage message={error} />
      {flows === undefined ? <p aria-busy="true">Decrypting…</p> : null}
      {flows !== undefined && mine.length === 0 ? (
        <p className="muted">
          No flows recorded yet. A flow says what may open connections to what, on which services, and how you know.
        </p>
      ) : null}
      {mine.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.header} scope="col" className={c.nowrap ? 'nowrap' : undefined}>
                  {c.header}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {mine.map((row) => {
              const title = flowsTab.title(row.data, lookup);
              return (
                <tr key={row.id}>
                  {columns.map((c) => (
                    <td key={c.header} className={c.nowrap ? 'nowrap' : undefined}>
                      {c.cell(row.data, lookup)}
                    </td>
                  ))}
                  <td className="row-actions">
                    {deleting === row.id ? (
                      <>
                        <button
                          type="button"
                          className="button button-small button-danger"
                          onClick={() => void remove(row.id)}
                          aria-label={`Confirm: delete flow ${title}`}
                        >
                          Delete
                        </button>
                        <button type="button" className="button button-small" onClick={() => setDeleting(undefined)}>
                          Keep
                        </button>
                      </>
                    ) : (
                      <>
                        <button
                          type="button"
                          className="button button-small"
                          onClick={() => setEditing(row.id)}
                          aria-label={`Edit flow ${title}`}
                          aria-pressed={editing === row.id}
                        >
                          Edit
                        </button>
                        <button
                          type="button"
                          className="button button-small"
                          onClick={() => setDeleting(row.id)}
                          aria-label={`Delete flow ${title}`}
                        >
                          Delete
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      {editing && editingFlow ? (
        <section
          ref={editorRef}
          tabIndex={-1}
          className="flow-editor"
          aria-label={`Flow: ${flowsTab.title(editingFlow.data, lookup)}`}
        >
          <div className="section-header">
            <h4>Flow: {flowsTab.title(editingFlow.data, lookup)}</h4>
            <button type="button" className="button button-small" onClick={() => setEditing(undefined)}>
              Done with this flow
            </button>
          </div>
          <RecordEditor
            type="flow"
            id={editing}
            fields={flowsTab.fields}
            choices={choices}
            warning={flowsTab.warning}
          />
        </section>
      ) : null}
    </section>
  );
}

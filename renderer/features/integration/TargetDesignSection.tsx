import { Fragment, useMemo, useState, type ReactNode } from 'react';
import { PARENT_ZONE } from '../../../shared/model/flow';
import { ownerLabels } from '../../../shared/model/finding';
import { plainError } from '../../../shared/model/plainIssues';
import { targetActionLabels, type TargetFlow } from '../../../shared/model/targetFlow';
import { packLabel } from '../../../shared/reference/contentPack';
import { serviceLabel } from '../../../shared/reference/services';
import { diffCounts, diffKindLabels, type DiffRow } from '../../../shared/integration/targetDiff';
import { proposalOf, targetDesignOf } from '../../../shared/integration/targetDesignOf';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useRepositories } from '../../session/SessionContext';
import { recordChoices } from '../inventory';
import type { AssessmentFindings } from '../findings';
import { saveChangeRequest, type ChangeRequestFormat } from './changeRequestExport';
import { TargetFlowEditor } from './TargetFlowEditor';
import { TableHead } from '../../components/TableHead';

const servicesText = (tokens: readonly string[]) => tokens.map(serviceLabel).join(', ') || 'any service';

/**
 * The target design: the flows that should exist once the clinic is connected, proposed
 * from today's flows and edited by the assessor; how it differs from today; and the
 * firewall change request to hand the firewall team (CSV or XLSX).
 */
export function TargetDesignSection({ assessmentId, result }: { assessmentId: string; result: AssessmentFindings }) {
  const repo = useRepositories().targetFlow;
  const { context } = result;
  const targets = context.targetFlows;
  const gateway = context.pack.content.profile.remoteAccessGateway;
  const [editing, setEditing] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');
  const design = useMemo(() => targetDesignOf(context), [context]);
  const choices = useMemo(() => recordChoices(context), [context]);
  const nameOf = choices.nameOf;

  async function run(task: () => Promise<string>) {
    setBusy(true);
    setError(undefined);
    setStatus('');
    try {
      setStatus(await task());
    } catch (e) {
      setError(plainError(e, 'That did not work; nothing was changed.'));
    } finally {
      setBusy(false);
    }
  }

  const propose = () =>
    run(async () => {
      if ((await repo.list(assessmentId)).length)
        throw new Error('This assessment already has a target design; edit or delete its flows instead.');
      const proposal = proposalOf(context, assessmentId);
      await repo.createMany(proposal);
      return `Proposed ${proposal.length} target flows from today's flows.`;
    });
  const add = () =>
    run(async () => {
      const data: TargetFlow = {
        assessmentId,
        from: PARENT_ZONE,
        to: PARENT_ZONE,
        services: ['any'],
        action: 'allow',
        route: 'direct',
        reason: '',
        owner: 'parent-it',
        basedOnFlowId: '',
        notes: '',
      };
      const created = await repo.create(data);
      setEditing(created.id);
      return 'Added a target flow: choose its ends below.';
    });
  const remove = (id: string) =>
    run(async () => {
      await repo.remove(id);
      if (editing === id) setEditing(undefined);
      return 'Deleted the target flow.';
    });
  const exportAs = (format: ChangeRequestFormat) =>
    run(async () => {
      const name = await saveChangeRequest(
        design.changeRequest,
        {
          clinic: result.clinicName,
          assessment: result.assessmentTitle || 'Assessment',
          date: result.assessmentDate,
          pack: packLabel(context.pack),
        },
        format,
      );
      return name ? `Saved ${name}.` : '';
    });

  const counts = diffCounts(design.diff);
  return (
    <section aria-labelledby="target-design-title" className="card">
      <div className="section-header">
        <h2 id="target-design-title">Target design</h2>
      </div>
      <p>
        The flows that should exist once the clinic is connected: approved flows kept, vendors only through the
        parent&apos;s remote-access gateway, zones separated by firewall rules on named services.{' '}
        {gateway
          ? `Vendor gateway: ${gateway.name}${gateway.address ? ` (${gateway.address})` : ''}.`
          : "No remote-access gateway is named: import the parent's content pack in Settings to name it."}
      </p>
      <div className="inline-form-row">
        {targets.length === 0 ? (
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void propose()}>
            Propose from today&apos;s flows
          </button>
        ) : null}
        <button type="button" className="button" disabled={busy} onClick={() => void add()}>
          Add a target flow
        </button>
      </div>
      <p role="status" className="status">
        {status}
      </p>
      <ErrorMessage message={error} />
      {targets.length ? (
        <TargetFlowTable
          targets={targets}
          nameOf={nameOf}
          busy={busy}
          editing={editing}
          onEdit={(id) => setEditing(editing === id ? undefined : id)}
          onDelete={(id) => void remove(id)}
          editor={(id) => (
            <div className="card" aria-label="Edit the target flow" role="group">
              <div className="section-header">
                <h3>Edit the target flow</h3>
                <button type="button" className="button button-small" onClick={() => setEditing(undefined)}>
                  Done
                </button>
              </div>
              <TargetFlowEditor id={id} choices={choices} />
            </div>
          )}
        />
      ) : (
        <p className="muted">No target design yet.</p>
      )}
      <h3>Differences from today</h3>
      <p>
        {counts.add} added, {counts.remove} removed, {counts.change} changed, {counts.keep} kept.
      </p>
      <DiffTable rows={design.diff} nameOf={nameOf} />
      <h3>Firewall change request</h3>
      <p>
        {design.changeRequest.length} changes for the firewall team: source, destination, service, action, reason and
        owner.
      </p>
      <div className="inline-form-row">
        <button type="button" className="button" disabled={busy} onClick={() => void exportAs('csv')}>
          Export change request (CSV)
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void exportAs('xlsx')}>
          Export change request (XLSX)
        </button>
      </div>
    </section>
  );
}

function TargetFlowTable({
  targets,
  nameOf,
  busy,
  editing,
  onEdit,
  onDelete,
  editor,
}: {
  targets: AssessmentFindings['context']['targetFlows'];
  nameOf: (id: string) => string;
  busy: boolean;
  editing: string | undefined;
  onEdit: (id: string) => void;
  onDelete: (id: string) => void;
  /** The form that edits a row, shown under it. */
  editor: (id: string) => ReactNode;
}) {
  return (
    <div className="table-scroll">
      <table className="table" aria-label="Target flows">
        <TableHead columns={['From', 'To', 'Services', 'Action', 'Route', 'Reason', 'Owner']} actions />
        <tbody>
          {targets.map(({ id, data: t }) => {
            const label = `${nameOf(t.from)} to ${nameOf(t.to)}`;
            return (
              <Fragment key={id}>
                <tr aria-current={editing === id ? 'true' : undefined}>
                  <td>{nameOf(t.from)}</td>
                  <td>{nameOf(t.to)}</td>
                  <td>{servicesText(t.services)}</td>
                  <td>{targetActionLabels[t.action]}</td>
                  <td>{t.route === 'gateway' ? 'Gateway' : 'Direct'}</td>
                  <td>{t.reason}</td>
                  <td>{ownerLabels[t.owner]}</td>
                  <td className="nowrap">
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={`Edit ${label}`}
                      onClick={() => onEdit(id)}
                    >
                      Edit
                    </button>{' '}
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={`Delete ${label}`}
                      disabled={busy}
                      onClick={() => onDelete(id)}
                    >
                      Delete
                    </button>
                  </td>
                </tr>
                {editing === id ? (
                  <tr>
                    <td colSpan={8}>{editor(id)}</td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function DiffTable({ rows, nameOf }: { rows: readonly DiffRow[]; nameOf: (id: string) => string }) {
  if (!rows.length) return <p className="muted">No flows today and no target design.</p>;
  return (
    // Scrolls on its own and holds nothing focusable: focusable itself, so the keyboard can scroll it.
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Differences from today's flows, scrollable">
      <table className="table" aria-label="Differences from today's flows">
        <TableHead columns={['Change', 'From', 'To', 'Today', 'Target', 'What changes']} />
        <tbody>
          {rows.map((r, i) => {
            const ends = r.target?.data ?? r.today!;
            return (
              <tr key={`${r.today?.flowId ?? ''}:${r.target?.id ?? i}`}>
                <td>{diffKindLabels[r.kind]}</td>
                <td>{nameOf(ends.from)}</td>
                <td>{nameOf(ends.to)}</td>
                <td>{r.today ? servicesText(r.today.services) : '—'}</td>
                <td>
                  {r.target
                    ? `${targetActionLabels[r.target.data.action]}: ${servicesText(r.target.data.services)}`
                    : '—'}
                </td>
                <td>{r.changes.join('; ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

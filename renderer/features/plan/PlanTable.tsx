import type { PlanRow } from '../../../shared/integration/planRows';
import { costBandLabels, planStatusLabels } from '../../../shared/model/planItem';
import { frameworkLabels } from '../../../shared/reference/frameworks/frameworkRefs';
import { effectiveStatusLabels } from '../../../shared/rules/findingStatus';
import { TableHead } from '../../components/TableHead';
import { isOverdue, milestoneText, shortReferences, targetText } from './planView';

const columns = ['Finding', 'References', 'Owner', 'Target date', 'Status', 'Cost band'];

/** The plan's rows: one per finding that needs action, with its item or the defaults; Edit opens the item. */
export function PlanTable({
  rows,
  today,
  onEdit,
}: {
  rows: readonly PlanRow[];
  today: string;
  onEdit: (row: PlanRow) => void;
}) {
  return (
    <div className="table-scroll plan-table">
      <table className="table" aria-label="Remediation plan">
        <TableHead columns={columns} actions />
        <tbody>
          {rows.map((row) => {
            const overdue = isOverdue(row, today);
            return (
              <tr key={row.findingKey} className={overdue ? 'plan-overdue' : undefined}>
                <td className="plan-finding">
                  <span className={`badge badge-${row.severity}`}>{row.severity}</span> {row.findingTitle}
                  {row.findingRaised && row.findingStatus !== 'open' ? (
                    <span className="muted"> · finding {effectiveStatusLabels[row.findingStatus].toLowerCase()}</span>
                  ) : null}
                  {row.findingRaised ? null : <span className="muted"> · no longer raised</span>}
                </td>
                <td
                  className="plan-refs"
                  title={row.references.map((r) => `${frameworkLabels[r.framework]} ${r.id}: ${r.title}`).join('\n')}
                >
                  {shortReferences(row.references)}
                </td>
                <td>{row.owner || <span className="muted">Not assigned</span>}</td>
                <td className={row.targetIsDefault ? 'muted' : undefined}>
                  {targetText(row)}
                  {overdue ? (
                    <>
                      {' '}
                      <span className="badge badge-overdue">Overdue</span>
                    </>
                  ) : null}
                </td>
                <td>
                  <span className="cell-nowrap">{planStatusLabels[row.status]}</span>
                  {row.milestones.length ? <span className="plan-milestone-count">{milestoneText(row)}</span> : null}
                </td>
                <td>{costBandLabels[row.costBand]}</td>
                <td className="row-actions">
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={`Edit the plan for ${row.findingTitle}`}
                    onClick={() => onEdit(row)}
                  >
                    Edit
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

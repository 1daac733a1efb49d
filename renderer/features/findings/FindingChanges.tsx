import type {
  FindingChanges as Changes,
  FindingSummary,
  PersistingFinding,
} from '../../../shared/compare/comparisonTypes';
import { effectiveStatusLabels } from '../../../shared/rules/findingStatus';
import { AssessorBadge } from './AssessorFindingActions';
import { RegressionTable } from './RegressionTable';

const Severity = ({ f }: { f: FindingSummary }) => (
  <>
    <span className={`badge badge-${f.severity}`}>{f.severity}</span>
    {f.severity === f.ruleSeverity ? null : <span className="muted"> overridden (rule: {f.ruleSeverity})</span>}
  </>
);
const Status = ({ f }: { f: FindingSummary }) => (
  <span className={`status-pill status-${f.status}`}>{effectiveStatusLabels[f.status]}</span>
);
const moved = { raised: 'more severe', lowered: 'less severe', unchanged: '' } as const;

function FindingTable({ label, findings, status }: { label: string; findings: FindingSummary[]; status: string }) {
  return (
    <table className="table" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">Severity</th>
          <th scope="col">Finding</th>
          <th scope="col">{status}</th>
        </tr>
      </thead>
      <tbody>
        {findings.map((f) => (
          <tr key={f.key}>
            <td>
              <Severity f={f} />
            </td>
            <td>
              <strong>{f.title}</strong> {f.source === 'assessor' ? <AssessorBadge /> : null}
              <br />
              <span className="muted">{f.detail}</span>
            </td>
            <td>
              <Status f={f} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PersistingTable({ label, findings }: { label: string; findings: PersistingFinding[] }) {
  return (
    <table className="table" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">Severity then → now</th>
          <th scope="col">Finding</th>
          <th scope="col">Status then → now</th>
        </tr>
      </thead>
      <tbody>
        {findings.map((p) => (
          <tr key={p.after.key}>
            <td>
              <Severity f={p.before} /> → <Severity f={p.after} /> {moved[p.severityChange]}
            </td>
            <td>
              <strong>{p.after.title}</strong> {p.after.source === 'assessor' ? <AssessorBadge /> : null}
              <br />
              <span className="muted">{p.after.detail}</span>
            </td>
            <td>
              <Status f={p.before} /> → <Status f={p.after} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** New, resolved and persisting findings; persisting ones whose severity did not move are folded away. */
export function FindingChanges({ findings }: { findings: Changes }) {
  const shifted = findings.persisting.filter((p) => p.severityChange !== 'unchanged');
  const same = findings.persisting.filter((p) => p.severityChange === 'unchanged');
  return (
    <section className="card changes" aria-labelledby="finding-changes-title">
      <h2 id="finding-changes-title">Findings</h2>
      <h3>New findings ({findings.new.length})</h3>
      {findings.new.length ? (
        <FindingTable label="New findings" findings={findings.new} status="Status" />
      ) : (
        <p className="muted">No new findings.</p>
      )}
      {findings.regressions.length ? (
        <>
          <h3>Regressions ({findings.regressions.length})</h3>
          <p className="muted">Resolved on the earlier visit, found again now.</p>
          <RegressionTable regressions={findings.regressions} />
        </>
      ) : null}
      <h3>Resolved findings ({findings.resolved.length})</h3>
      <p className="muted">Found on the earlier visit, no longer found in what is recorded now.</p>
      {findings.resolved.length ? (
        <FindingTable label="Resolved findings" findings={findings.resolved} status="Status then" />
      ) : null}
      <h3>Still present, severity changed ({shifted.length})</h3>
      {shifted.length ? (
        <PersistingTable label="Findings whose severity changed" findings={shifted} />
      ) : (
        <p className="muted">No persisting finding changed severity.</p>
      )}
      {same.length ? (
        <details>
          <summary>Still present at the same severity ({same.length})</summary>
          <PersistingTable label="Findings still present at the same severity" findings={same} />
        </details>
      ) : null}
    </section>
  );
}

import { regressionSentence, type Regression } from '../../../shared/compare/regressions';

/** Findings the earlier visit resolved, with who fixed them and the retest, that are found again. */
export function RegressionTable({ regressions }: { regressions: readonly Regression[] }) {
  return (
    <table className="table" aria-label="Regressions">
      <thead>
        <tr>
          <th scope="col">Severity</th>
          <th scope="col">Finding</th>
          <th scope="col">Resolved on the earlier visit</th>
        </tr>
      </thead>
      <tbody>
        {regressions.map((r) => (
          <tr key={r.key}>
            <td>
              <span className={`badge badge-${r.severity}`}>{r.severity}</span>
            </td>
            <td>
              <strong>{r.title}</strong>
              <br />
              <span className="muted">{r.detail}</span>
            </td>
            <td>{regressionSentence(r)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

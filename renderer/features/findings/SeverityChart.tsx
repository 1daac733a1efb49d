import { severityLabels } from '../../../shared/model/finding';
import { severities } from '../../../shared/rules/severity';
import type { DerivedFinding } from '../../../shared/rules/ruleTypes';
import { areaLabels, type Area } from '../../../shared/model/finding';

/** Counts by severity and by area, as bars a person takes in at a glance, backed by a real table. */
export function SeverityChart({ findings }: { findings: DerivedFinding[] }) {
  const bySeverity = severities.map((s) => [s, findings.filter((f) => f.severity === s).length] as const);
  const max = Math.max(1, ...bySeverity.map(([, n]) => n));
  const areas = (Object.keys(areaLabels) as Area[])
    .map((area) => ({
      area,
      counts: severities.map((s) => findings.filter((f) => f.area === area && f.severity === s).length),
    }))
    .filter((row) => row.counts.some((n) => n > 0));
  return (
    <div className="chart-grid">
      <table className="bar-chart" aria-label="Open findings by severity">
        <tbody>
          {bySeverity.map(([severity, count]) => (
            <tr key={severity}>
              <th scope="row">{severityLabels[severity]}</th>
              <td>
                <span className={`bar bar-${severity}`} style={{ width: `${(count / max) * 100}%` }} />
                <span className="bar-count">{count}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="table area-table" aria-label="Open findings by area and severity">
        <thead>
          <tr>
            <th scope="col">Area</th>
            {severities.map((s) => (
              <th key={s} scope="col">
                {severityLabels[s]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {areas.map(({ area, counts }) => (
            <tr key={area}>
              <th scope="row">{areaLabels[area]}</th>
              {counts.map((n, i) => (
                <td key={severities[i]}>{n ? <span className={`badge badge-${severities[i]}`}>{n}</span> : '·'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

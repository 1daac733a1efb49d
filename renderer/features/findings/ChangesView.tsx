import type { AssessmentComparison, RecordChanges } from '../../../shared/compare/comparisonTypes';
import { unconfirmedByKind, unconfirmedSentence } from '../../../shared/compare/comparisonSummary';
import { formatDate } from '../../components/clinicLabels';
import { routeHref } from '../../routing/useHashRoute';
import { FindingChanges } from './FindingChanges';
import { AssetChanges, OtherRecordChanges } from './InventoryChanges';

/** A comparison laid out: counts at a glance, then the findings, then the inventory. */
export function ChangesView({ comparison: c }: { comparison: AssessmentComparison }) {
  const severityChanged = c.findings.persisting.filter((p) => p.severityChange !== 'unchanged').length;
  const row = (label: string, r: RecordChanges) =>
    [label, r.added.length, r.removed.length, r.changed.length, r.unchanged] as const;
  const rows = [
    [
      'Findings',
      c.findings.new.length,
      c.findings.resolved.length,
      severityChanged,
      c.findings.persisting.length - severityChanged,
    ] as const,
    row('Assets', c.assets),
    row('Networks', c.networks),
    row('Vendor links', c.vendorLinks),
    row('Internet links', c.links),
    row('Applications', c.applications),
    row('Flows', c.flows),
  ];
  const waiting = unconfirmedSentence(c.unconfirmed.total);
  return (
    <>
      {waiting ? (
        <p role="status" className="warning">
          {waiting} Still to confirm: {unconfirmedByKind(c.unconfirmed)}.{' '}
          <a href={routeHref('inventory', c.current.id)}>Review them in the inventory</a>
        </p>
      ) : null}
      <section className="card" aria-labelledby="changes-summary-title">
        <h2 id="changes-summary-title">
          Since {c.prior.title || 'the earlier assessment'} ({formatDate(c.prior.date)})
        </h2>
        <ul className="reasons">
          {c.summary
            .slice(1)
            .filter((line) => line !== waiting)
            .map((line) => (
              <li key={line}>{line}</li>
            ))}
        </ul>
        <table className="table" aria-label="Counts of changes">
          <thead>
            <tr>
              <th scope="col">Kind</th>
              <th scope="col">New or added</th>
              <th scope="col">Resolved or removed</th>
              <th scope="col">Changed</th>
              <th scope="col">Unchanged</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, ...counts]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {counts.map((n, i) => (
                  <td key={i}>{n}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted">
          Findings count as changed when their severity moved. Assets are recognised by serial number, else MAC address,
          else hostname and kind; a record carried from the last visit, as the one it was carried from.
        </p>
      </section>
      <FindingChanges findings={c.findings} />
      <AssetChanges assets={c.assets} />
      <OtherRecordChanges comparison={c} />
    </>
  );
}

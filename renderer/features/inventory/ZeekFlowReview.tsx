import { dayRange } from '../../../shared/model/observedFlow';
import { count, figure } from '../../../shared/model/plural';
import { isoOf } from '../../../shared/import/observedFlows';
import type { ObservedFlow } from '../../../shared/import/zeekFlows';
import { serviceLabel } from '../../../shared/reference/services';
import { TableHead } from '../../components/TableHead';
import type { ZeekImport, ZeekReview } from './zeekImport';

const columns = ['Add', 'From', 'To', 'Service', 'Connections', 'Seen', 'In the inventory'];
const days = (o: ObservedFlow) => dayRange(isoOf(o.first), isoOf(o.last));

/** The flows a conn.log proposes, each to add or skip, with what was set aside and why. */
export function ZeekFlowReview({ review, importer }: { review: ZeekReview; importer: ZeekImport }) {
  const { summary, rows, choices, names, read } = review;
  const name = (id: string) => names[id] ?? 'Deleted record';
  const matched = rows.filter((r) => r.existing).length;
  const chosen = choices.filter(Boolean).length;
  const title = (o: ObservedFlow) => `${name(o.from)} to ${name(o.to)} on ${serviceLabel(o.service)}`;
  return (
    <div className="subsection" aria-label="Traffic review">
      <h3>{review.name}</h3>
      <p>
        {count(summary.connections, 'connection')} read
        {summary.connections ? ` (${dayRange(isoOf(summary.first), isoOf(summary.last))})` : ''}
        {read.truncatedLastLine ? ', the last line cut short and left out' : ''}: {count(rows.length, 'flow')} between
        recorded places, {figure(rows.length - matched)} new, {figure(matched)} already recorded (their counts and dates
        are updated).
      </p>
      <ul className="reasons" aria-label="Traffic not proposed as flows">
        {summary.sameZone ? (
          <li>
            {count(summary.sameZone, 'connection')} inside one zone: no flow, since a zone&apos;s members already reach
            each other.
          </li>
        ) : null}
        {summary.broadcast ? (
          <li>{count(summary.broadcast, 'connection')} to broadcast or multicast addresses.</li>
        ) : null}
        {summary.unrecordedConnections ? (
          <li>
            {count(summary.unrecordedConnections, 'connection')} with {count(summary.unrecordedHosts, 'host')} the
            inventory does not record (record them, or their network&apos;s subnet, and import again):{' '}
            {summary.unrecorded
              .slice(0, 12)
              .map((h) => `${h.ip} (${figure(h.connections)})`)
              .join(', ')}
            {summary.unrecordedHosts > 12 ? ', …' : ''}.
          </li>
        ) : null}
        {summary.attempts.length ? (
          <li>
            {count(summary.attempts.length, 'attempt')} nobody answered, not proposed since a firewall may have dropped
            them:{' '}
            {summary.attempts
              .slice(0, 12)
              .map((a) => `${title(a)} (${figure(a.connections)})`)
              .join('; ')}
            {summary.attempts.length > 12 || summary.attemptsLeftOut ? '; …' : ''}.
          </li>
        ) : null}
      </ul>
      <p className="muted">
        New flows are recorded as a firewall rule on the observed service, known by observation: traffic proves the path
        exists on that service, not that nothing filters it. Change one to Routed where you know nothing filters.
      </p>
      <div className="inline-form-row">
        {([true, false] as const).map((all) => (
          <button key={String(all)} type="button" className="button button-small" onClick={() => importer.setAll(all)}>
            {all ? 'Select all flows' : 'Select no flows'}
          </button>
        ))}
      </div>
      <div className="table-scroll">
        <table className="table">
          <caption className="visually-hidden">Observed flows</caption>
          <TableHead columns={columns} />
          <tbody>
            {rows.map((row, i) => (
              <tr key={`${row.observed.from}|${row.observed.to}|${row.observed.service}`}>
                <td>
                  <input
                    type="checkbox"
                    checked={choices[i] ?? false}
                    onChange={(e) => importer.setChoice(i, e.target.checked)}
                    aria-label={`Import ${title(row.observed)}`}
                  />
                </td>
                <td>{name(row.observed.from)}</td>
                <td>{name(row.observed.to)}</td>
                <td>
                  {serviceLabel(row.observed.service)}
                  {row.observed.encrypted ? ' (encrypted)' : ''}
                </td>
                <td>{figure(row.observed.connections)}</td>
                <td className="nowrap">{days(row.observed)}</td>
                <td>{row.existing ? 'Recorded: counts and dates updated' : 'New flow'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="inline-form-row">
        <button type="button" className="button button-primary" disabled={!chosen} onClick={() => void importer.save()}>
          Import {count(chosen, 'flow')}
        </button>
        <button type="button" className="button" onClick={importer.discard}>
          Discard conn.log
        </button>
      </div>
    </div>
  );
}

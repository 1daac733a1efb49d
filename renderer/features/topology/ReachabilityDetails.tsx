import type { ZonePair } from '../../../shared/report/zoneReachability';
import { routeHref } from '../../routing/useHashRoute';
import type { ReachabilityView } from './useZoneReachability';

/** One pair opened: the path hop by hop, how it is known, and the flows and vendor links it rests on. */
export function ReachabilityDetails({
  assessmentId,
  view,
  pair,
}: {
  assessmentId: string;
  view: ReachabilityView;
  pair: ZonePair;
}) {
  const from = view.zoneName.get(pair.from) ?? '';
  const to = view.zoneName.get(pair.to) ?? '';
  const flows = pair.sources.flatMap((id) => view.flows.get(id) ?? []);
  const vendorLinks = pair.sources.flatMap((id) => view.vendorLinks.get(id) ?? []);
  return (
    <section className="reach-details" aria-label={`Path from ${from} to ${to}`}>
      <h3>
        {from} → {to}
      </h3>
      <dl className="facts">
        <dt>Path</dt>
        <dd className="reach-path">{pair.path}</dd>
        <dt>Gets through</dt>
        <dd>{pair.services === 'any' ? 'Any service' : pair.services}</dd>
        <dt>Known by</dt>
        <dd>
          {pair.evidenceLabel}
          {pair.evidence === 'recorded' ? '' : ' (the least certain hop on the path)'}
        </dd>
        {pair.via ? (
          <>
            <dt>Via a machine</dt>
            <dd>Not directly: only by taking over {pair.pivots.join(', then ')} on the way.</dd>
          </>
        ) : null}
        {pair.planned ? (
          <>
            <dt>Planned</dt>
            <dd>Once a planned link on the path is in place.</dd>
          </>
        ) : null}
      </dl>
      <h4>What it rests on</h4>
      {flows.length ? (
        <table className="table" aria-label="Flows on this path">
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">Services</th>
              <th scope="col">How</th>
              <th scope="col">Known by</th>
              <th scope="col">Status</th>
              <th scope="col">Approved by</th>
            </tr>
          </thead>
          <tbody>
            {flows.map((f) => (
              <tr key={f.id}>
                <td>{f.from}</td>
                <td>{f.to}</td>
                <td>{f.services}</td>
                <td>{f.how}</td>
                <td>{f.knownBy}</td>
                <td>{f.status}</td>
                <td>{f.approvedBy || <span className="muted">Not approved</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {vendorLinks.length ? (
        <p>
          Vendor link{vendorLinks.length === 1 ? '' : 's'}: {vendorLinks.join(', ')}.
        </p>
      ) : null}
      {pair.legacy ? (
        <p className="reach-warning">
          Part of this path comes from a network&apos;s older &ldquo;connects to&rdquo; or &ldquo;reachable from the
          parent&rdquo; field, not a recorded flow: record it as a flow, with how you know it.
        </p>
      ) : null}
      <p className="reach-links">
        <a href={routeHref('inventory', assessmentId, 'flows')}>Flows in the inventory</a>
        {vendorLinks.length ? (
          <a href={routeHref('inventory', assessmentId, 'vendor-access')}>Vendor access in the inventory</a>
        ) : null}
      </p>
    </section>
  );
}

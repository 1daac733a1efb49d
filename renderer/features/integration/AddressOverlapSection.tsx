import { addressCheck, overlapText } from '../../../shared/rules/addressOverlap';
import type { RuleContext } from '../../../shared/rules/ruleTypes';
import { routeHref } from '../../routing/useHashRoute';

/** The parent's address plan in force, and each clinic network's subnet against it. */
export function AddressOverlapSection({ context, assessmentId }: { context: RuleContext; assessmentId: string }) {
  const check = addressCheck(context);
  return (
    <section aria-labelledby="address-plan-title">
      <h2 id="address-plan-title">Address plan</h2>
      {check.plan.length === 0 ? (
        <p>No address plan in force: import the parent&apos;s content pack in Settings.</p>
      ) : (
        <p>
          The parent&apos;s plan: {check.plan.map((r) => (r.name ? `${r.cidr} (${r.name})` : r.cidr)).join(', ')}.
          {check.unreadable.length > 0 && ` Not read (not IPv4 prefixes): ${check.unreadable.join(', ')}.`}
        </p>
      )}
      {check.networks.length === 0 ? (
        <p>
          No networks recorded yet: record them in the <a href={routeHref('inventory', assessmentId)}>Inventory</a>.
        </p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Clinic subnets against the parent&apos;s address plan</caption>
          <thead>
            <tr>
              <th scope="col">Network</th>
              <th scope="col">Subnet</th>
              <th scope="col">Against the parent&apos;s plan</th>
            </tr>
          </thead>
          <tbody>
            {check.networks.map((n) => (
              <tr key={n.networkId}>
                <th scope="row">{n.name}</th>
                <td>{n.recorded || '—'}</td>
                <td>
                  {n.status === 'overlaps'
                    ? n.overlaps.map(overlapText).join('; ')
                    : n.status === 'unchecked'
                      ? 'Subnet not recorded as an IPv4 prefix: overlap cannot be checked'
                      : check.plan.length
                        ? 'No overlap'
                        : 'No plan to check against'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

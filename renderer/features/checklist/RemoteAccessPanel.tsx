import { useLiveQuery } from 'dexie-react-hooks';
import { useRepositories } from '../../session/SessionContext';
import { routeHref } from '../../routing/useHashRoute';
import { count } from '../../../shared/model/plural';

/** Beside the vendor-access questions: the devices a scan found listening for remote control. */
export function RemoteAccessPanel({ assessmentId }: { assessmentId: string }) {
  const repos = useRepositories();
  const listening = useLiveQuery(
    async () => (await repos.asset.list(assessmentId)).filter((a) => a.data.remoteAccess.trim()),
    [repos, assessmentId],
  );
  if (!listening?.length) return null;
  return (
    <aside className="bandwidth-panel" aria-labelledby="remote-access-title">
      <h3 id="remote-access-title">Listening for remote access</h3>
      <p>
        A scan found {count(listening.length, 'device')} accepting remote control. Ask who uses each; a vendor link
        belongs under Vendor access in the Inventory.
      </p>
      <ul className="reasons">
        {listening.map((a) => (
          <li key={a.id}>
            <strong>{a.data.name || a.data.ipAddress || 'Unnamed device'}</strong>: {a.data.remoteAccess}
          </li>
        ))}
      </ul>
      <a className="button button-small" href={routeHref('inventory', assessmentId, 'vendor-access')}>
        Record vendor links
      </a>
    </aside>
  );
}

import type {
  AssessmentComparison,
  AssetChange,
  AssetSummary,
  RecordChange,
  RecordChanges,
  RecordSummary,
} from '../../../shared/compare/comparisonTypes';
import { assetKindLabels } from '../../../shared/model/asset';
import { SupportBadge } from '../../components/OsBadge';
import { count } from '../../../shared/model/plural';

const trendWords = { better: 'better supported', worse: 'less supported', same: '', unclear: '' } as const;

function FieldList({ change }: { change: RecordChange }) {
  return (
    <ul className="change-list">
      {change.fields.map((f) => (
        <li key={f.field}>
          <strong>{f.label}:</strong> {f.before} → {f.after}
        </li>
      ))}
    </ul>
  );
}

function OsCell({ change }: { change: AssetChange }) {
  const os = change.os;
  if (!os) return <span className="muted">No change</span>;
  return (
    <>
      <SupportBadge support={os.supportBefore} /> → <SupportBadge support={os.supportAfter} /> {trendWords[os.trend]}
      <br />
      <span className="muted">{os.supportAfter.label}</span>
    </>
  );
}

function AssetList({ label, assets }: { label: string; assets: AssetSummary[] }) {
  return (
    <table className="table" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">Asset</th>
          <th scope="col">Kind</th>
          <th scope="col">Operating system</th>
          <th scope="col">Support</th>
        </tr>
      </thead>
      <tbody>
        {assets.map((a) => (
          <tr key={a.id}>
            <td>{a.name}</td>
            <td>{assetKindLabels[a.kind]}</td>
            <td>{a.os || 'Not recorded'}</td>
            <td>
              <SupportBadge support={a.support} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Assets changed (each field before and after, and the OS support on each visit), added and removed. */
export function AssetChanges({ assets }: { assets: RecordChanges<AssetSummary, AssetChange> }) {
  return (
    <section className="card changes" aria-labelledby="asset-changes-title">
      <h2 id="asset-changes-title">Assets</h2>
      <h3>Changed ({assets.changed.length})</h3>
      {assets.changed.length ? (
        <table className="table" aria-label="Changed assets">
          <thead>
            <tr>
              <th scope="col">Asset</th>
              <th scope="col">What changed</th>
              <th scope="col">OS support then → now</th>
              <th scope="col">Recognised by</th>
            </tr>
          </thead>
          <tbody>
            {assets.changed.map((a) => (
              <tr key={a.currentId}>
                <td>{a.name}</td>
                <td>
                  {a.fields.length ? (
                    <FieldList change={a} />
                  ) : (
                    <span className="muted">Nothing edited; support moved with the date</span>
                  )}
                </td>
                <td>
                  <OsCell change={a} />
                </td>
                <td>{a.matchedBy}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">No asset changed.</p>
      )}
      <h3>Added ({assets.added.length})</h3>
      {assets.added.length ? (
        <AssetList label="Added assets" assets={assets.added} />
      ) : (
        <p className="muted">No asset added.</p>
      )}
      <h3>Removed ({assets.removed.length})</h3>
      {assets.removed.length ? (
        <AssetList label="Removed assets" assets={assets.removed} />
      ) : (
        <p className="muted">No asset removed.</p>
      )}
      <p className="muted">{count(assets.unchanged, 'asset')} unchanged.</p>
    </section>
  );
}

const names = (list: RecordSummary[]) => list.map((r) => r.name).join(', ');

function KindChanges({ label, changes }: { label: string; changes: RecordChanges }) {
  const { added, removed, changed, unchanged } = changes;
  if (!added.length && !removed.length && !changed.length) {
    return (
      <p>
        <strong>{label}:</strong>{' '}
        <span className="muted">
          {unchanged ? `no change (${unchanged} unchanged).` : 'none recorded on either visit.'}
        </span>
      </p>
    );
  }
  return (
    <div aria-label={label} role="group">
      <h3>{label}</h3>
      {added.length ? (
        <p>
          <strong>Added:</strong> {names(added)}
        </p>
      ) : null}
      {removed.length ? (
        <p>
          <strong>Removed:</strong> {names(removed)}
        </p>
      ) : null}
      {changed.length ? (
        <ul className="change-list">
          {changed.map((c) => (
            <li key={c.currentId}>
              <strong>{c.name}</strong> (recognised by {c.matchedBy})<FieldList change={c} />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function OtherRecordChanges({ comparison: c }: { comparison: AssessmentComparison }) {
  return (
    <section className="card changes" aria-labelledby="record-changes-title">
      <h2 id="record-changes-title">Networks, vendor access, internet links and applications</h2>
      <KindChanges label="Networks" changes={c.networks} />
      <KindChanges label="Vendor links" changes={c.vendorLinks} />
      <KindChanges label="Internet links" changes={c.links} />
      <KindChanges label="Applications" changes={c.applications} />
      <KindChanges label="Flows" changes={c.flows} />
    </section>
  );
}

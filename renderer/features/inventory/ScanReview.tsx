import type { ImportRow } from '../../../shared/import/matchImported';
import { assetKindLabels } from '../../../shared/model/asset';

export interface RowChoice {
  import: boolean;
  acceptKind: boolean;
  /** For a possible match: the scanned host is that recorded device. */
  sameDevice: boolean;
}

const SHOWN = 500;

/** The scan's hosts, one row each: import it or not, accept the suggested kind or not, and what a match would change. */
export function ScanReview({
  rows,
  choices,
  onChange,
  source,
}: {
  rows: ImportRow[];
  choices: RowChoice[];
  onChange: (index: number, choice: RowChoice) => void;
  source: 'nmap' | 'csv';
}) {
  return (
    <div className="table-scroll">
      <table className="table" aria-label="Hosts in the scan">
        <thead>
          <tr>
            <th scope="col">Import</th>
            <th scope="col">Host</th>
            <th scope="col">Addresses</th>
            <th scope="col">{source === 'nmap' ? 'OS guess' : 'Operating system'}</th>
            <th scope="col">Suggested kind</th>
            <th scope="col">In the inventory</th>
            {source === 'nmap' ? <th scope="col">Remote access</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, SHOWN).map((row, i) => {
            const p = row.proposed;
            const choice = choices[i] ?? { import: true, acceptKind: true, sameDevice: true };
            return (
              <tr key={`${p.macAddress}|${p.ipAddress}|${i}`}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Import ${p.name}`}
                    checked={choice.import}
                    onChange={(e) => onChange(i, { ...choice, import: e.target.checked })}
                  />
                </td>
                <th scope="row">{p.name}</th>
                <td>
                  {p.ipAddress}
                  {p.macAddress ? (
                    <div className="muted">
                      {p.macAddress}
                      {p.vendor ? ` · ${p.vendor}` : ''}
                    </div>
                  ) : null}
                </td>
                <td>
                  {p.osGuess ? (
                    <>
                      {p.osGuess.name}{' '}
                      <span className="muted">
                        {source === 'nmap' ? `(${p.osGuess.accuracy} %) · ` : ''}
                        {p.osGuess.support.label}
                      </span>
                    </>
                  ) : (
                    <span className="muted">none</span>
                  )}
                </td>
                <td>
                  {row.existing ? (
                    <span className="muted">kept as recorded</span>
                  ) : (
                    <label className="checkbox-inline">
                      <input
                        type="checkbox"
                        aria-label={`Accept ${assetKindLabels[p.kind.kind]} for ${p.name}`}
                        checked={choice.acceptKind}
                        onChange={(e) => onChange(i, { ...choice, acceptKind: e.target.checked })}
                      />
                      {assetKindLabels[p.kind.kind]} <span className="muted">({p.kind.reason})</span>
                    </label>
                  )}
                </td>
                <td>
                  {row.existing ? (
                    <>
                      Matches {row.existing.name} (by {row.existing.matchedBy})
                    </>
                  ) : null}
                  {row.possible ? (
                    <label className="checkbox-inline">
                      <input
                        type="checkbox"
                        checked={choice.sameDevice}
                        onChange={(e) => onChange(i, { ...choice, sameDevice: e.target.checked })}
                      />
                      Same device as {row.possible.name} (same IP address, no MAC to compare)
                    </label>
                  ) : null}
                  {!row.existing && !row.possible ? 'New' : null}
                  {row.existing || (row.possible && choice.sameDevice) ? (
                    <>
                      {row.updates.map((u) => (
                        <div key={u.field} className="muted">
                          {u.label}: {u.before || '—'} → {u.after}
                        </div>
                      ))}
                      {row.updates.length ? null : <div className="muted">no change</div>}
                    </>
                  ) : null}
                  {row.clashes.length ? (
                    <div className="error">IP address also recorded for {row.clashes.join(', ')}</div>
                  ) : null}
                </td>
                {source === 'nmap' ? <td>{p.remoteAccess.join(', ')}</td> : null}
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.length > SHOWN ? (
        <p className="muted">
          Showing the first {SHOWN} of {rows.length} hosts; the buttons above apply to all of them.
        </p>
      ) : null}
    </div>
  );
}

import { pairOf, type ZonePair } from '../../../shared/report/zoneReachability';
import type { ReachabilityView } from './useZoneReachability';

export interface PairKey {
  from: string;
  to: string;
}

/** A pair in words, for screen readers and tooltips: "Office VLAN to Imaging VLAN: DICOM, observed". */
export function pairLabel(view: ReachabilityView, pair: ZonePair): string {
  const marks = [
    pair.via ? 'only via a machine on the way' : '',
    pair.planned ? 'once planned links are in place' : '',
  ].filter(Boolean);
  return `${view.zoneName.get(pair.from)} to ${view.zoneName.get(pair.to)}: ${pair.services}, ${pair.evidenceLabel.toLowerCase()}${marks.length ? `, ${marks.join(', ')}` : ''}`;
}

/** One cell: what gets through, what the path passes through, how it is known, and its marks. */
function Cell({
  pair,
  view,
  selected,
  onSelect,
}: {
  pair: ZonePair;
  view: ReachabilityView;
  selected: boolean;
  onSelect: () => void;
}) {
  return (
    <button
      type="button"
      className={`reach-cell${pair.intoClinical ? ' reach-cell-clinical' : ''}`}
      aria-pressed={selected}
      aria-label={pairLabel(view, pair)}
      title={pair.path}
      onClick={onSelect}
    >
      <span className="reach-services">{pair.services}</span>
      {pair.through.length ? <span className="reach-through">through {pair.through.join(', ')}</span> : null}
      <span className="reach-tags">
        <span className={`reach-tag reach-evidence-${pair.evidence}`}>{pair.evidenceLabel}</span>
        {pair.via ? <span className="reach-tag reach-tag-warn">via host</span> : null}
        {pair.planned ? <span className="reach-tag">planned</span> : null}
      </span>
    </button>
  );
}

/** Zones × zones: rows are where connections start, columns where they go; each filled cell opens its path and flows. */
export function ReachabilityMatrix({
  view,
  selected,
  onSelect,
}: {
  view: ReachabilityView;
  selected: PairKey | null;
  onSelect: (pair: PairKey) => void;
}) {
  const { zones } = view.model;
  return (
    <div className="reach-scroll">
      <table className="reach-matrix" aria-label="Reachability between zones: rows reach columns">
        <thead>
          <tr>
            <th scope="col" className="reach-corner">
              From ↓ to →
            </th>
            {zones.map((z) => (
              <th key={z.id} scope="col" className={z.clinical ? 'reach-zone-clinical' : undefined}>
                {z.name}
                {z.clinical ? <span className="reach-zone-kind">clinical</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {zones.map((from) => (
            <tr key={from.id}>
              <th scope="row">{from.name}</th>
              {zones.map((to) => {
                if (to.id === from.id)
                  return (
                    <td key={to.id} className="reach-same" aria-label="Same zone">
                      —
                    </td>
                  );
                const pair = pairOf(view.model, from.id, to.id);
                return (
                  <td key={to.id} className={pair ? undefined : 'reach-none'}>
                    {pair ? (
                      <Cell
                        pair={pair}
                        view={view}
                        selected={selected?.from === from.id && selected.to === to.id}
                        onSelect={() => onSelect({ from: from.id, to: to.id })}
                      />
                    ) : (
                      <span className="visually-hidden">No path</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

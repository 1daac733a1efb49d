import { useId, useState } from 'react';
import type { PairKey } from './ReachabilityMatrix';
import type { ReachabilityView } from './useZoneReachability';

const EVERY = '';

/**
 * For many zones, where a grid would not read: the pairs that reach each other, from
 * one zone at a time (the parent's network first), each opening its flows.
 */
export function ReachabilityList({
  view,
  selected,
  onSelect,
}: {
  view: ReachabilityView;
  selected: PairKey | null;
  onSelect: (pair: PairKey) => void;
}) {
  const id = useId();
  const [from, setFrom] = useState<string>(view.model.zones[0]?.id ?? EVERY);
  const name = (zone: string) => view.zoneName.get(zone) ?? '';
  const pairs = view.model.pairs.filter((p) => from === EVERY || p.from === from);
  return (
    <>
      <div className="toolbar reach-list-filter">
        <div className="field">
          <label htmlFor={`${id}-from`}>Paths from</label>
          <select id={`${id}-from`} value={from} onChange={(e) => setFrom(e.target.value)}>
            <option value={EVERY}>Every zone</option>
            {view.model.zones.map((z) => (
              <option key={z.id} value={z.id}>
                {z.name}
              </option>
            ))}
          </select>
        </div>
        <p className="field-hint" role="status">
          {pairs.length} of {view.model.pairs.length} reachable pairs
        </p>
      </div>
      <div className="table-scroll">
        <table className="table" aria-label="Zones that reach each other">
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">Gets through</th>
              <th scope="col">Path</th>
              <th scope="col">Known by</th>
              <th scope="col">
                <span className="visually-hidden">Details</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {pairs.map((p) => (
              <tr key={`${p.from}|${p.to}`} className={p.intoClinical ? 'reach-row-clinical' : undefined}>
                <td>{name(p.from)}</td>
                <td>{name(p.to)}</td>
                <td>
                  {p.services}
                  {p.via ? <span className="reach-tag reach-tag-warn">via host</span> : null}
                  {p.planned ? <span className="reach-tag">planned</span> : null}
                </td>
                <td>{p.path}</td>
                <td>{p.evidenceLabel}</td>
                <td className="row-actions">
                  <button
                    type="button"
                    className="button button-small"
                    aria-pressed={selected?.from === p.from && selected.to === p.to}
                    onClick={() => onSelect({ from: p.from, to: p.to })}
                  >
                    Flows
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

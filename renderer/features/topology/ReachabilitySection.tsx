import { useId, useState } from 'react';
import { pairOf } from '../../../shared/report/zoneReachability';
import { routeHref } from '../../routing/useHashRoute';
import { ReachabilityDetails } from './ReachabilityDetails';
import { ReachabilityList } from './ReachabilityList';
import { ReachabilityMatrix, type PairKey } from './ReachabilityMatrix';
import { useAssessmentReachability, type ReachabilityView } from './useZoneReachability';
import { ZoneDiagram } from './ZoneDiagram';

/** Up to this many zones the app shows a grid (the screen is wider than a page); beyond it, a list. */
const GRID_MAX_ZONES = 10;

/** "Reachability between zones": the matrix (or, for many zones, a list), and the path and flows of the pair opened. */
export function ReachabilitySection({ assessmentId, view }: { assessmentId: string; view: ReachabilityView }) {
  const id = useId();
  const [selected, setSelected] = useState<PairKey | null>(null);
  const { zones, pairs } = view.model;
  const pair = selected ? pairOf(view.model, selected.from, selected.to) : undefined;
  const toggle = (key: PairKey) => setSelected(selected?.from === key.from && selected.to === key.to ? null : key);
  const grid = zones.length <= GRID_MAX_ZONES;
  return (
    <section className="card reach" aria-labelledby={`${id}-title`}>
      <div className="section-header">
        <h2 id={`${id}-title`}>Reachability between zones</h2>
        <span className="muted">
          {zones.length} zones · {pairs.length} reachable {pairs.length === 1 ? 'pair' : 'pairs'} · {view.flowCount}{' '}
          {view.flowCount === 1 ? 'flow' : 'flows'} recorded
        </span>
      </div>
      <p className="field-hint">
        {grid
          ? 'Rows are where connections start, columns where they go. Each cell says what gets through and how it is known; '
          : `${zones.length} zones are too many for a grid: the pairs that reach each other are listed, from one zone at a time; `}
        <span className="reach-key reach-key-clinical">red</span> ends in a clinical zone; &ldquo;via host&rdquo; only
        by taking over a machine on the way; &ldquo;planned&rdquo; once a planned link is in place.{' '}
        {grid ? 'Choose a cell' : 'Choose Flows'} for its path and the flows it rests on.
      </p>
      {pairs.length === 0 ? (
        <p className="muted">
          Nothing recorded lets one zone reach another. Record the flows between zones in the{' '}
          <a href={routeHref('inventory', assessmentId, 'flows')}>inventory</a>, with how you know each.
        </p>
      ) : null}
      {grid ? (
        <ReachabilityMatrix view={view} selected={selected} onSelect={toggle} />
      ) : (
        <ReachabilityList view={view} selected={selected} onSelect={toggle} />
      )}
      {pair ? <ReachabilityDetails assessmentId={assessmentId} view={view} pair={pair} /> : null}
      {grid && pairs.length ? (
        <details className="reach-diagram-toggle">
          <summary>Zone diagram</summary>
          <ZoneDiagram view={view} />
          <p className="zone-diagram-note">
            Red: into a clinical zone. Dashed: via a host, or planned. Faint: through another zone.
          </p>
        </details>
      ) : null}
    </section>
  );
}

/** The same section for a page without the assessment's records at hand (say, the inventory's networks). */
export function AssessmentReachability({ assessmentId }: { assessmentId: string }) {
  const view = useAssessmentReachability(assessmentId);
  if (view === undefined) return <p aria-busy="true">Decrypting…</p>;
  if (view === null) return null;
  return <ReachabilitySection assessmentId={assessmentId} view={view} />;
}

import type { ReachabilityView } from './useZoneReachability';

const W = 760;
const H = 400;
const BOX = { w: 184, h: 38 };

interface Point {
  x: number;
  y: number;
}

/** Where the line from a box's centre towards `to` leaves the box. */
function edgeOf(centre: Point, to: Point): Point {
  const dx = to.x - centre.x;
  const dy = to.y - centre.y;
  const t = Math.min(dx ? BOX.w / 2 / Math.abs(dx) : Infinity, dy ? BOX.h / 2 / Math.abs(dy) : Infinity);
  return { x: centre.x + dx * t, y: centre.y + dy * t };
}

const short = (name: string) => (name.length > 25 ? `${name.slice(0, 24)}…` : name);

/**
 * The zones as boxes round a circle, an arrow for each pair that reaches: red into a
 * clinical zone, dashed via a host or planned, faint when the path goes through another
 * zone (so the direct links stand out).
 */
export function ZoneDiagram({ view }: { view: ReachabilityView }) {
  const { zones, pairs } = view.model;
  const at = new Map<string, Point>(
    zones.map((z, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / zones.length;
      return [
        z.id,
        {
          x: W / 2 + (W / 2 - BOX.w / 2 - 10) * Math.cos(angle),
          y: H / 2 + (H / 2 - BOX.h / 2 - 10) * Math.sin(angle),
        },
      ] as const;
    }),
  );
  const summary = pairs.map((p) => `${view.zoneName.get(p.from)} to ${view.zoneName.get(p.to)}`).join('; ');
  return (
    <svg
      className="zone-diagram"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={`Zone diagram: ${summary || 'no zone reaches another'}`}
    >
      <defs>
        {(['plain', 'clinical'] as const).map((kind) => (
          <marker
            key={kind}
            id={`zone-arrow-${kind}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" className={`zone-arrowhead-${kind}`} />
          </marker>
        ))}
      </defs>
      {pairs.map((p) => {
        const a = at.get(p.from);
        const b = at.get(p.to);
        if (!a || !b) return null;
        // Both directions between two zones: each arrow a little to its own side, so both show.
        const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
        const off = { x: (-(b.y - a.y) / len) * 5, y: ((b.x - a.x) / len) * 5 };
        const start = edgeOf({ x: a.x + off.x, y: a.y + off.y }, { x: b.x + off.x, y: b.y + off.y });
        const end = edgeOf({ x: b.x + off.x, y: b.y + off.y }, { x: a.x + off.x, y: a.y + off.y });
        const kind = p.intoClinical ? 'clinical' : 'plain';
        return (
          <line
            key={`${p.from}|${p.to}`}
            x1={start.x}
            y1={start.y}
            x2={end.x}
            y2={end.y}
            className={`zone-link zone-link-${kind}${p.via || p.planned ? ' zone-link-dashed' : ''}${p.through.length ? ' zone-link-indirect' : ''}`}
            markerEnd={`url(#zone-arrow-${kind})`}
          >
            <title>{`${view.zoneName.get(p.from)} → ${view.zoneName.get(p.to)}: ${p.services}`}</title>
          </line>
        );
      })}
      {zones.map((z) => {
        const c = at.get(z.id) as Point;
        return (
          <g
            key={z.id}
            className={`zone-box${z.clinical ? ' zone-box-clinical' : ''}${z.builtIn ? ' zone-box-builtin' : ''}`}
          >
            <title>{z.name}</title>
            <rect x={c.x - BOX.w / 2} y={c.y - BOX.h / 2} width={BOX.w} height={BOX.h} rx="6" />
            <text x={c.x} y={c.y + 4} textAnchor="middle">
              {short(z.name)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/**
 * Observed flows against the flows already recorded: a recorded in-place flow between
 * the same ends that lets the service through is the same flow, updated with the counts
 * and dates; anything else is a new flow.
 *
 * The method of a new flow is "firewall-rule", on the observed service only. Traffic seen
 * proves that this path exists on this service, nothing more: it does not prove that
 * nothing filters it. "Routed" would claim every service is open and that traffic goes on
 * from where it lands, and so invent reach (and findings) the capture never showed; a
 * firewall rule on just what was seen keeps every observed path (an internet flow to a
 * medical device still counts) and claims no more. The assessor changes it to Routed
 * where they know nothing filters.
 */
import { enteredNow } from '../model/carriedRecord';
import type { Flow } from '../model/flow';
import { figure } from '../model/plural';
import type { WithId } from '../model/withId';
import { permits } from '../reference/services';
import type { ObservedFlow } from './zeekFlows';

export const OBSERVED_METHOD = 'firewall-rule' as const;

export interface ObservedRow {
  observed: ObservedFlow;
  /** The recorded flow it updates, if any. */
  existing?: WithId<Flow>;
}

export const isoOf = (seconds: number) => new Date(Math.round(seconds * 1000)).toISOString();

export function matchObserved(observed: readonly ObservedFlow[], recorded: readonly WithId<Flow>[]): ObservedRow[] {
  const inPlace = recorded.filter((f) => f.data.status === 'in-place');
  return observed.map((o) => {
    const sameEnds = inPlace.filter((f) => f.data.from === o.from && f.data.to === o.to);
    const existing =
      sameEnds.find((f) => f.data.services.includes(o.service)) ??
      sameEnds.find((f) => permits(f.data.services, o.service));
    return existing ? { observed: o, existing } : { observed: o };
  });
}

/** A new flow for what was observed, with where it was seen in its notes. */
export function newObservedFlow(o: ObservedFlow, assessmentId: string, source: string): Flow {
  const names = o.seenAs.length ? ` (Zeek saw ${o.seenAs.join(', ')})` : '';
  return {
    assessmentId,
    ...enteredNow,
    from: o.from,
    to: o.to,
    services: [o.service],
    method: OBSERVED_METHOD,
    knownBy: 'observed',
    status: 'in-place',
    encrypted: o.encrypted ? true : null,
    approvedBy: '',
    approvalReason: '',
    notes:
      `Observed in ${source.slice(0, 200)}: ${figure(o.connections)} answered connections${names}. ` +
      'Recorded as a firewall rule on this service only, since traffic proves the path, not what filters it; change it to Routed if nothing filters.',
    observedConnections: o.connections,
    firstSeen: isoOf(o.first),
    lastSeen: isoOf(o.last),
  };
}

/**
 * What the observations chosen for one recorded flow change on it. A capture whose window
 * overlaps the one recorded is probably the same capture again (or part of it): the larger
 * count stands, so importing a log twice counts nothing twice; a capture from other days adds.
 */
export function observedPatch(
  flow: Flow,
  observations: readonly ObservedFlow[],
): Pick<Flow, 'observedConnections' | 'firstSeen' | 'lastSeen' | 'knownBy'> {
  const connections = observations.reduce((n, o) => n + o.connections, 0);
  const first = isoOf(Math.min(...observations.map((o) => o.first)));
  const last = isoOf(Math.max(...observations.map((o) => o.last)));
  const recorded = flow.observedConnections > 0 && flow.firstSeen !== '' && flow.lastSeen !== '';
  const overlaps = recorded && first <= flow.lastSeen && flow.firstSeen <= last;
  return {
    observedConnections: !recorded
      ? connections
      : overlaps
        ? Math.max(connections, flow.observedConnections)
        : flow.observedConnections + connections,
    firstSeen: recorded && flow.firstSeen < first ? flow.firstSeen : first,
    lastSeen: recorded && flow.lastSeen > last ? flow.lastSeen : last,
    // Seeing it is stronger than being told or assuming; a test the assessor ran stays the evidence.
    knownBy: flow.knownBy === 'tested' ? 'tested' : 'observed',
  };
}

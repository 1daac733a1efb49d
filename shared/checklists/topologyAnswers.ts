/**
 * Checklist questions the recorded networks, assets, vendor links and flows already
 * answer. The checklist shows such an answer with the records it rests on instead of
 * asking again, and the rules read it in place of a stored one. A question is settled
 * only when the records say enough: with no networks recorded, nothing about them is.
 */
import { INTERNET_ZONE, PARENT_ZONE } from '../model/flow';
import { pathText } from '../topology/pathText';
import type { ReachPath } from '../topology/reach';
import type { Topology } from '../topology/topology';
import type { AnswerValue } from './question';
import { approvedPath, pathRecords } from '../topology/pathFacts';
import { count } from '../model/plural';
import { list, needsZone, readRecords, type Reading, type TopologyRecords } from './topologyReading';
import type { QuestionId } from './questionIds';

export interface SettledAnswer {
  questionId: QuestionId;
  /** In the question's own answer format. */
  value: AnswerValue;
  /** Why, in plain words, naming the records. */
  explanation: string;
  /** Ids of the records the answer rests on. */
  records: string[];
}

type Settled = Omit<SettledAnswer, 'questionId'>;

const describe = (r: Reading, path: ReachPath) => pathText(path, r.nameOf);
// Names in a steady order, whatever order the records come in: "PUMP-2" before "PUMP-10".
const byName = (a: string, b: string) => a.localeCompare(b, undefined, { numeric: true });
const names = (r: Reading, ids: readonly string[]) => ids.map(r.nameOf).sort(byName);
const sortedIds = (r: Reading, ids: readonly string[]) => [...ids].sort((a, b) => byName(r.nameOf(a), r.nameOf(b)));

function deviceNetworks(r: Reading): Settled | null {
  if (!r.medicalDevices.length) return null;
  const byZone = new Map<string, string[]>();
  for (const d of r.medicalDevices) {
    const zone = r.zoneOf(d.id);
    if (!zone) {
      if (needsZone(d.data)) return null;
      continue;
    }
    const host =
      d.data.networkId === zone || !d.data.attachedToAssetId ? '' : ` (on ${r.nameOf(d.data.attachedToAssetId)})`;
    const here = byZone.get(zone) ?? [];
    byZone.set(zone, here);
    here.push(`${r.nameOf(d.id)}${host}`);
  }
  const zones = sortedIds(r, [...byZone.keys()]);
  if (!zones.length) return null;
  const explanation = list(
    zones.map((z) => `${r.nameOf(z)}: ${list([...(byZone.get(z) ?? [])].sort(byName))}`),
    3,
    '; ',
  );
  return { value: zones, explanation: `${explanation}.`, records: [...zones, ...r.medicalDevices.map((d) => d.id)] };
}

function flat(r: Reading): Settled | null {
  if (!r.records.networks.length || !r.medicalDevices.length) return null;
  const placed = (a: (typeof r.records.assets)[number]) => r.zoneOf(a.id) !== null || !needsZone(a.data);
  const pcs = r.records.assets.filter((a) => a.data.kind === 'workstation');
  const pcZones = new Set(pcs.flatMap((pc) => r.zoneOf(pc.id) ?? []));
  const deviceZones = sortedIds(r, [...new Set(r.medicalDevices.flatMap((d) => r.zoneOf(d.id) ?? []))]);
  const sharing = deviceZones.filter((zone) =>
    r.segmentOf(zone).zones.some((z) => r.untrusted.has(z) || pcZones.has(z)),
  );
  if (sharing.length) {
    const segments = [...new Set(sharing.map((z) => r.segmentOf(z)))];
    const segmentZones = new Set(segments.flatMap((s) => s.zones));
    const sharedPcs = pcs.filter((pc) => segmentZones.has(r.zoneOf(pc.id) ?? ''));
    const guests = [...segmentZones].some((z) => r.untrusted.has(z));
    const what = [sharedPcs.length ? count(sharedPcs.length, 'office PC') : '', guests ? 'guests' : '']
      .filter(Boolean)
      .join(' and ');
    const parts = segments.map((s) => {
      const own = sharing.filter((z) => s.zones.includes(z));
      const others = s.zones.filter((z) => !own.includes(z));
      return `${list(names(r, own))}${others.length ? ` (bridged with ${list(names(r, others))})` : own.length > 1 ? ' (bridged together)' : ''}`;
    });
    const devices = r.medicalDevices.filter((d) => sharing.includes(r.zoneOf(d.id) ?? ''));
    return {
      value: true,
      explanation: `${count(sharing.length, 'zone')} ${sharing.length === 1 ? 'holds' : 'hold'} medical devices alongside ${what}: ${list(parts, 4, '; ')}.`,
      records: [...new Set([...segmentZones, ...segments.flatMap((s) => s.flows), ...devices.map((d) => d.id)])],
    };
  }
  if (!r.medicalDevices.every(placed) || !pcs.every(placed)) return null;
  return {
    value: false,
    explanation: `No zone with medical devices holds office PCs or guests, on its own or bridged: ${list(names(r, deviceZones))}.`,
    records: [...deviceZones, ...r.medicalDevices.map((d) => d.id)],
  };
}

/** Assets that flows land on directly (a port forward to a server), rather than through their zone. */
function flowTargets(r: Reading): string[] {
  return [
    ...new Set(r.records.flows.map((f) => f.data.to).filter((to) => r.topology.graph.kindOf.get(to) === 'asset')),
  ];
}

/** What a zone reaches today, past any approved flow: each target with its path. */
function reachedFrom(r: Reading, from: string, targets: readonly string[]): { to: string; path: ReachPath }[] {
  const { reach, graph } = r.topology;
  return targets.flatMap((to) => {
    if (to === from || !reach.reaches(from, to)) return [];
    const path = r.inPlacePath(from, to);
    const direct = graph.kindOf.get(to) !== 'asset' || path?.hops[path.hops.length - 1]?.method !== 'member';
    return path && direct && !approvedPath(path) ? [{ to, path }] : [];
  });
}

function guestIsolated(r: Reading): Settled | null {
  const guests = r.records.networks.filter((n) => r.untrusted.has(n.id)).map((n) => n.id);
  if (!guests.length) return null;
  const { graph } = r.topology;
  const internal = [
    ...graph.zones.filter((z) => z !== INTERNET_ZONE && !r.untrusted.has(z)),
    ...flowTargets(r).filter((a) => !r.untrusted.has(r.zoneOf(a) ?? '')),
  ];
  for (const g of sortedIds(r, guests)) {
    // The shortest path is the one shown.
    const found = reachedFrom(r, g, internal).sort(
      (a, b) => a.path.hops.length - b.path.hops.length || byName(r.nameOf(a.to), r.nameOf(b.to)),
    );
    if (!found.length) continue;
    return {
      value: false,
      explanation: `${r.nameOf(g)} reaches ${list(
        names(
          r,
          found.map((f) => f.to),
        ),
      )}: ${describe(r, (found[0] as (typeof found)[number]).path)}.`,
      records: [...new Set([g, ...found.flatMap((f) => pathRecords(f.path))])],
    };
  }
  // Isolated only where the assessor recorded where each guest zone may go, and none of it is inside.
  const flows = guests.map((g) =>
    (graph.out.get(g) ?? [])
      .filter((e) => !e.planned)
      .flatMap((e) => (e.source && !e.source.startsWith('legacy:') ? [e.source] : [])),
  );
  if (!guests.every((g) => graph.out.get(g)?.some((e) => !e.planned))) return null;
  return {
    value: true,
    explanation: `The recorded flows from ${list(names(r, guests))} reach no internal network.`,
    records: [...new Set([...guests, ...flows.flat()])],
  };
}

function parentReachable(r: Reading): Settled | null {
  if (!r.records.networks.length) return null;
  let later: ReachPath | null = null;
  for (const target of [
    ...sortedIds(
      r,
      r.records.networks.map((n) => n.id),
    ),
    ...sortedIds(r, flowTargets(r)),
  ]) {
    if (!r.topology.reach.reaches(PARENT_ZONE, target)) continue;
    const now = r.inPlacePath(PARENT_ZONE, target);
    if (now)
      return {
        value: 'now',
        explanation: `The parent's corporate network reaches the clinic: ${describe(r, now)}.`,
        records: pathRecords(now),
      };
    later ??= r.topology.reach.path(PARENT_ZONE, target);
  }
  if (later)
    return {
      value: 'planned',
      explanation: `Once the planned link is in place: ${describe(r, later)}.`,
      records: pathRecords(later),
    };
  // "No" only where the links with the parent are recorded: flows about other things say nothing of it.
  const touching = r.records.flows
    .filter((f) => f.data.from === PARENT_ZONE || f.data.to === PARENT_ZONE)
    .map((f) => f.id);
  if (!touching.length) return null;
  return {
    value: 'no',
    explanation: `None of the ${count(r.records.flows.length, 'recorded flow')} or vendor links lets the parent's corporate network into the clinic.`,
    records: touching,
  };
}

function vpnToParent(r: Reading): Settled | null {
  const kindOf = r.topology.graph.kindOf;
  const vpns = r.records.flows.filter((f) => {
    if (f.data.method !== 'vpn' || (f.data.from === PARENT_ZONE) === (f.data.to === PARENT_ZONE)) return false;
    const clinicEnd = f.data.from === PARENT_ZONE ? f.data.to : f.data.from;
    return clinicEnd !== INTERNET_ZONE && kindOf.has(clinicEnd);
  });
  if (!vpns.length) return null;
  const inPlace = vpns.some((f) => f.data.status !== 'planned');
  const ends = [...new Set(vpns.map((f) => (f.data.from === PARENT_ZONE ? f.data.to : f.data.from)))];
  return {
    value: inPlace ? 'yes' : 'planned',
    explanation: `A VPN between ${list(names(r, ends))} and the parent's corporate network is recorded${inPlace ? '' : ' as planned'}.`,
    records: vpns.map((f) => f.id),
  };
}

function vendorAny(r: Reading): Settled | null {
  const links = r.records.vendorLinks;
  return links.length
    ? {
        value: true,
        explanation: `${count(links.length, 'vendor link')} recorded: ${list(
          names(
            r,
            links.map((l) => l.id),
          ),
        )}.`,
        records: links.map((l) => l.id),
      }
    : null;
}

function vendorSharedAccounts(r: Reading): Settled | null {
  const links = r.records.vendorLinks;
  const shared = links.filter((l) => l.data.sharedAccount === true);
  if (shared.length)
    return {
      value: true,
      explanation: `${list(
        names(
          r,
          shared.map((l) => l.id),
        ),
      )} ${shared.length === 1 ? 'uses' : 'use'} a shared account.`,
      records: shared.map((l) => l.id),
    };
  if (!links.length || !links.every((l) => l.data.sharedAccount === false)) return null;
  return {
    value: false,
    explanation: `None of the ${count(links.length, 'recorded vendor link')} uses a shared account.`,
    records: links.map((l) => l.id),
  };
}

function devicesOnWifi(r: Reading): Settled | null {
  const wifi = r.medicalDevices.filter((d) => d.data.connection === 'wifi');
  return wifi.length
    ? {
        value: true,
        explanation: `${count(wifi.length, 'medical device')} ${wifi.length === 1 ? 'connects' : 'connect'} over Wi-Fi: ${list(
          names(
            r,
            wifi.map((d) => d.id),
          ),
        )}.`,
        records: wifi.map((d) => d.id),
      }
    : null;
}

const settlers: readonly [QuestionId, (r: Reading) => Settled | null][] = [
  ['network.medical-device-networks', deviceNetworks],
  ['network.flat', flat],
  ['network.guest-wifi-isolated', guestIsolated],
  ['network.parent-reachable', parentReachable],
  ['vendor.any', vendorAny],
  ['vendor.shared-accounts', vendorSharedAccounts],
  ['connectivity.vpn-to-parent', vpnToParent],
  ['wireless.devices-on-wifi', devicesOnWifi],
];

/** The questions the records settle, with the answer, why, and the records it rests on. Pass the topology when it is built already. */
export function settledAnswers(records: TopologyRecords, topology?: Topology): SettledAnswer[] {
  const reading = readRecords(records, topology);
  return settlers.flatMap(([questionId, settle]) => {
    const settled = settle(reading);
    return settled ? [{ questionId, ...settled }] : [];
  });
}

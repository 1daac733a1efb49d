/**
 * A conn.log's connections as observed flows: each end resolved to what the assessment
 * records (an asset by its IP address, else the network whose subnet holds it, else the
 * internet for a public address, else an unrecorded host, listed for the review), then
 * grouped by (originator, responder, service) with counts, first and last seen and
 * bytes. Traffic inside one zone is no flow (the zone already lets its members talk) and
 * is only counted; so are broadcast and multicast. Attempts nobody answered (S0, REJ)
 * prove no path, since a firewall may have dropped them: they are kept apart.
 */
import { parseCidr } from '../model/cidr';
import { INTERNET_ZONE } from '../model/flow';
import { serviceDef } from '../reference/services';
import { canonicalIp, isGroupAddress, isPublicIp } from './ipAddress';
import type { ZeekConnection } from './zeekConnLog';
import { ImportError } from './importErrors';

export interface ResolveContext {
  assets: readonly { id: string; ipAddress: string; networkId: string | null }[];
  networks: readonly { id: string; subnet: string }[];
}

/** A flow end the assessment records, and the zone it sits in (an asset with no network is its own zone). */
interface RecordedEnd {
  end: string;
  zone: string;
}

export interface ObservedFlow {
  from: string;
  to: string;
  service: string;
  /** Zeek's own names for it, when they say more than the service ("dns", "ssl"). */
  seenAs: string[];
  connections: number;
  /** Epoch seconds. */
  first: number;
  last: number;
  bytes: number;
  /** Every connection was TLS or SSH as Zeek saw it. */
  encrypted: boolean;
}

export interface UnrecordedHost {
  ip: string;
  connections: number;
}

export interface FlowSummary {
  flows: ObservedFlow[];
  /** Attempts with no answer, grouped the same way; not proposed. */
  attempts: ObservedFlow[];
  /** Connections inside one zone, folded. */
  sameZone: number;
  /** Connections to broadcast or multicast addresses. */
  broadcast: number;
  /** Connections with an end the assessment does not record, by host, most first. */
  unrecorded: UnrecordedHost[];
  unrecordedConnections: number;
  /** How many hosts are unrecorded (the list holds the busiest). */
  unrecordedHosts: number;
  /** Unanswered groups past the limit, not listed. */
  attemptsLeftOut: number;
  connections: number;
  /** The first and last connection of the log (epoch seconds); 0 when it had none. */
  first: number;
  last: number;
}

export const FLOW_LIMITS = { flows: 5000, attempts: 2000, unrecordedHosts: 5000, unrecordedShown: 100 };

/** Zeek names that say "encrypted", and names of ours Zeek spells its own way. */
const ENCRYPTED = new Set(['ssl', 'tls', 'dtls', 'ssh', 'quic']);
const ALIASES: Record<string, string> = { rfb: 'vnc' };
/** Carriers whose port says more than their name (TLS on 8443 is whatever listens there). */
const CARRIERS = new Set(['ssl', 'tls', 'dtls', 'quic', 'gssapi', 'ntlm', 'krb', 'krb_tcp']);

/** How a flow names the connection's service: ours by Zeek's name, else by its port, else Zeek's name, else the port. */
export function serviceOf(c: Pick<ZeekConnection, 'proto' | 'respPort' | 'service'>): string {
  if (c.proto === 'icmp') return 'icmp';
  const names = c.service.map((s) => ALIASES[s] ?? s);
  const ours = names.find((n) => serviceDef(n)?.id === n);
  if (ours) return ours;
  const port = `${c.proto}/${c.respPort}`;
  const byPort = serviceDef(port);
  if (byPort) return byPort.id;
  const own = names.find((n) => !CARRIERS.has(n));
  return own ?? port;
}

/** What each address is in the assessment: an asset, a recorded network, the internet, or nothing recorded. */
export function endpointResolver(context: ResolveContext) {
  const byIp = new Map<string, RecordedEnd>();
  for (const a of context.assets)
    for (const token of a.ipAddress.split(/[\s,;]+/)) {
      const ip = canonicalIp(token.split('/')[0] ?? '');
      if (ip && !byIp.has(ip)) byIp.set(ip, { end: a.id, zone: a.networkId ?? a.id });
    }
  // The narrowest recorded subnet that holds the address wins.
  const ranges = context.networks
    .flatMap((n) => {
      const range = parseCidr(n.subnet);
      return range ? [{ id: n.id, range }] : [];
    })
    .sort((a, b) => b.range.prefix - a.range.prefix);
  const cache = new Map<string, RecordedEnd | 'group' | 'unrecorded'>();
  return (address: string): RecordedEnd | 'group' | 'unrecorded' => {
    const known = cache.get(address);
    if (known) return known;
    const ip = canonicalIp(address);
    let found: RecordedEnd | 'group' | 'unrecorded' = byIp.get(ip) ?? 'unrecorded';
    if (found === 'unrecorded') {
      const single = parseCidr(ip);
      const network = single && ranges.find((r) => r.range.first <= single.first && single.first <= r.range.last);
      if (isGroupAddress(ip)) found = 'group';
      else if (network) found = { end: network.id, zone: network.id };
      else if (isPublicIp(ip)) found = { end: INTERNET_ZONE, zone: INTERNET_ZONE };
    }
    if (cache.size < 100_000) cache.set(address, found);
    return found;
  };
}

/** Groups connections as they come (from the reader's callback); `result()` gives the summary. */
export class FlowSummariser {
  private readonly resolve: ReturnType<typeof endpointResolver>;
  private readonly flows = new Map<string, ObservedFlow>();
  private readonly attempts = new Map<string, ObservedFlow>();
  private readonly hosts = new Map<string, number>();
  private sameZone = 0;
  private broadcast = 0;
  private unrecordedConnections = 0;
  private connections = 0;
  private attemptsLeftOut = 0;
  private first = Infinity;
  private last = 0;

  constructor(context: ResolveContext) {
    this.resolve = endpointResolver(context);
  }

  add(c: ZeekConnection): void {
    this.connections += 1;
    this.first = Math.min(this.first, c.ts);
    this.last = Math.max(this.last, c.ts);
    const from = this.resolve(c.origHost);
    const to = this.resolve(c.respHost);
    if (from === 'group' || to === 'group') {
      this.broadcast += 1;
      return;
    }
    if (from === 'unrecorded' || to === 'unrecorded') {
      this.unrecordedConnections += 1;
      for (const [end, ip] of [
        [from, c.origHost],
        [to, c.respHost],
      ] as const)
        if (end === 'unrecorded' && (this.hosts.has(ip) || this.hosts.size < FLOW_LIMITS.unrecordedHosts))
          this.hosts.set(ip, (this.hosts.get(ip) ?? 0) + 1);
      return;
    }
    if (from.zone === to.zone) {
      this.sameZone += 1;
      return;
    }
    const service = serviceOf(c);
    const key = `${from.end}\u0000${to.end}\u0000${service}`;
    const groups = c.answered ? this.flows : this.attempts;
    const group = groups.get(key);
    const encrypted = c.service.some((s) => ENCRYPTED.has(s));
    if (group) {
      group.connections += 1;
      group.first = Math.min(group.first, c.ts);
      group.last = Math.max(group.last, c.ts);
      group.bytes += c.bytes;
      group.encrypted &&= encrypted;
      for (const name of c.service)
        if (name !== service && !group.seenAs.includes(name) && group.seenAs.length < 5) group.seenAs.push(name);
      return;
    }
    if (!c.answered && groups.size >= FLOW_LIMITS.attempts) {
      this.attemptsLeftOut += 1;
      return;
    }
    if (c.answered && groups.size >= FLOW_LIMITS.flows)
      throw new ImportError(
        'too-large',
        `it shows more than ${FLOW_LIMITS.flows.toLocaleString('en-US')} different flows between recorded places, more than a review can hold`,
      );
    groups.set(key, {
      from: from.end,
      to: to.end,
      service,
      seenAs: c.service.filter((s) => s !== service).slice(0, 5),
      connections: 1,
      first: c.ts,
      last: c.ts,
      bytes: c.bytes,
      encrypted,
    });
  }

  result(): FlowSummary {
    const byCount = (a: ObservedFlow, b: ObservedFlow) => b.connections - a.connections;
    return {
      flows: [...this.flows.values()].sort(byCount),
      attempts: [...this.attempts.values()].sort(byCount),
      sameZone: this.sameZone,
      broadcast: this.broadcast,
      unrecorded: [...this.hosts]
        .map(([ip, connections]) => ({ ip, connections }))
        .sort((a, b) => b.connections - a.connections)
        .slice(0, FLOW_LIMITS.unrecordedShown),
      unrecordedConnections: this.unrecordedConnections,
      unrecordedHosts: this.hosts.size,
      connections: this.connections,
      attemptsLeftOut: this.attemptsLeftOut,
      first: this.connections ? this.first : 0,
      last: this.last,
    };
  }
}

/**
 * The clinic's subnets against the parent's address plan (the content pack's profile):
 * for each recorded network, the ranges of the plan its subnet shares addresses with.
 * A subnet field may hold several prefixes ("10.1.0.0/24, 10.1.1.0/24").
 */
import { formatCidr, overlapOf, parseCidr, type Ipv4Range } from '../model/cidr';
import type { AddressRange } from '../reference/integrationProfile';
import type { RuleContext } from './ruleTypes';

export interface PlanOverlap {
  /** The clinic's prefix, as its network ("10.0.0.0/24"). */
  subnet: string;
  /** The parent's range as the plan writes it, and its name there. */
  range: string;
  rangeName: string;
  /** The addresses both hold, as a prefix. */
  shared: string;
}

export interface NetworkAddressing {
  networkId: string;
  name: string;
  /** The subnet as recorded. */
  recorded: string;
  /** Not recorded, or not IPv4 CIDR: overlap cannot be checked. */
  status: 'unchecked' | 'clear' | 'overlaps';
  overlaps: PlanOverlap[];
}

export interface AddressCheck {
  /** The plan's ranges the app could read, as written. */
  plan: { cidr: string; name: string }[];
  /** Ranges of the plan that are not IPv4 CIDR; they are not checked. */
  unreadable: string[];
  networks: NetworkAddressing[];
}

/** The prefixes a subnet field holds, or null when any part of it is not IPv4 CIDR. */
export function subnetPrefixes(recorded: string): Ipv4Range[] | null {
  const parts = recorded.split(/[\s,;]+/).filter(Boolean);
  if (!parts.length) return null;
  const ranges = parts.map(parseCidr);
  return ranges.every((r) => r !== null) ? (ranges as Ipv4Range[]) : null;
}

export function addressCheck(context: RuleContext): AddressCheck {
  const plan: { range: Ipv4Range; entry: AddressRange }[] = [];
  const unreadable: string[] = [];
  for (const entry of context.pack.content.profile.addressPlan) {
    const range = parseCidr(entry.cidr);
    if (range) plan.push({ range, entry });
    else unreadable.push(entry.cidr);
  }
  const networks = context.networks.map((network): NetworkAddressing => {
    const recorded = network.data.subnet.trim();
    const base = { networkId: network.id, name: context.nameOf(network.id), recorded };
    const prefixes = subnetPrefixes(recorded);
    if (!prefixes) return { ...base, status: 'unchecked', overlaps: [] };
    const found = prefixes.flatMap((prefix) =>
      plan.flatMap(({ range, entry }) => {
        const shared = overlapOf(prefix, range);
        return shared
          ? [
              {
                subnet: formatCidr(prefix),
                range: entry.cidr.trim(),
                rangeName: entry.name,
                shared: formatCidr(shared),
              },
            ]
          : [];
      }),
    );
    return { ...base, status: found.length ? 'overlaps' : 'clear', overlaps: found };
  });
  return { plan: plan.map(({ entry }) => ({ cidr: entry.cidr.trim(), name: entry.name })), unreadable, networks };
}

/** "10.0.0.0/24 overlaps 10.0.0.0/8 (Corporate data centres): 10.0.0.0/24 is in both". */
export function overlapText(o: PlanOverlap): string {
  const name = o.rangeName ? ` (${o.rangeName})` : '';
  return `${o.subnet} overlaps the parent's ${o.range}${name}: ${o.shared} is in both`;
}

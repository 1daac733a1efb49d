/** The clinic's addressing against the parent's address plan (from the content pack in force). */
import { addressCheck, overlapText } from './addressOverlap';
import type { Hit, Rule } from './ruleTypes';

export const addressRules: Rule[] = [
  {
    id: 'network.address-overlap',
    area: 'network',
    title: "Clinic subnet overlaps the parent's address plan",
    // Certain to bite once connected; the harm is routing, VPN and monitoring, not a breach by itself.
    base: { likelihood: 4, impact: 2 },
    remediation:
      "Before the site-to-site VPN is built, re-address the overlapping clinic network into a range the parent's network team allocates from its plan (new DHCP scope, static addresses and device configurations, firewall rules, printer and device mappings), or, where re-addressing a device is not possible (medical devices whose maker must reconfigure them), agree a NAT range with the parent's network team and record each translated address so monitoring can still tell devices apart.",
    owner: 'parent-it',
    evaluate: (c) =>
      addressCheck(c).networks.flatMap((n): Hit[] =>
        n.status === 'overlaps'
          ? [
              {
                records: [n.networkId],
                questions: [],
                detail: `${n.name} (${n.recorded}): ${n.overlaps.map(overlapText).join('; ')}. Routed over the VPN, traffic for these addresses goes to the wrong site, and hiding them behind NAT hides the devices from the parent's monitoring.`,
                factors: [],
              },
            ]
          : [],
      ),
  },
  {
    id: 'network.address-unrecorded',
    area: 'network',
    title: "Subnets not recorded: overlap with the parent's address plan cannot be checked",
    base: { likelihood: 1, impact: 1 },
    remediation:
      "Record each network's subnet in the Inventory as an IPv4 prefix (such as 192.168.10.0/24), read from the firewall or DHCP server, so it can be checked against the parent's address plan.",
    evaluate: (c) => {
      if (!c.pack.content.profile.addressPlan.length) return [];
      const unchecked = addressCheck(c).networks.filter((n) => n.status === 'unchecked');
      if (!unchecked.length) return [];
      const count = unchecked.length === 1 ? '1 network has' : `${unchecked.length} networks have`;
      return [
        {
          records: unchecked.map((n) => n.networkId),
          questions: [],
          detail: `${count} no subnet recorded as an IPv4 prefix; overlap cannot be checked: ${unchecked
            .map((n) => (n.recorded ? `${n.name} ("${n.recorded}")` : n.name))
            .join(', ')}.`,
          factors: [],
        },
      ];
    },
  },
];

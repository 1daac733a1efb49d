/**
 * Rules that ask the topology: who can reach whom, on what, by which path. Each hit
 * carries the path that proves it.
 */
import { INTERNET_ZONE, PARENT_ZONE } from '../model/flow';
import { serviceDef } from '../reference/services';
import type { IndexedEdge } from '../topology/graph';
import type { ReachPath } from '../topology/reach';
import { answer, fromAnswers, handlesPatientData } from './ruleHelpers';
import type { Factor, Hit, Rule } from './ruleTypes';
import { list } from '../checklists/topologyReading';
import { approvedPath, pathRecords } from '../topology/pathFacts';
import { deviceZones, plannedNote, untrustedZones } from './topologyHelpers';

const exposedServices = ['rdp', 'vnc', 'telnet', 'smb', 'dicom', 'dicom-tls'] as const;
const clinicalProtocols = ['dicom', 'dicom-tls', 'hl7'] as const;

export const topologyRules: Rule[] = [
  {
    id: 'vendor.bridges-corporate',
    area: 'vendor',
    title: "Vendor link reaches the parent's corporate network",
    base: { likelihood: 3, impact: 4 },
    owner: 'parent-it',
    remediation:
      "Before the clinic is connected, cut the path: terminate the vendor's tunnel on the parent's remote-access gateway (or a firewall zone of its own) with rules that allow only the vendor's own devices, and remove any route from the zone it lands in to the corporate network.",
    evaluate: (c) =>
      c.vendorLinks.flatMap((v): Hit[] => {
        const path = c.topology.reach.path(v.id, PARENT_ZONE);
        if (!path) {
          // No flow to the parent is recorded, but the checklist says the clinic is (or will be) joined to it.
          const stated =
            !c.topology.graph.out.has(PARENT_ZONE) && v.data.reachesNetworkIds.some((z) => c.reachableFromParent(z));
          return stated
            ? [
                {
                  records: [v.id],
                  questions: ['network.parent-reachable'],
                  detail: `${c.nameOf(v.id)} lands in networks the checklist says are joined to the parent's corporate network; record the flows to show the path.`,
                  factors: [{ label: 'stated, not recorded', likelihood: -1 }],
                },
              ]
            : [];
        }
        if (approvedPath(path)) return [];
        const factors: Factor[] = [];
        if (v.data.mfa !== true) factors.push({ label: 'no MFA', likelihood: 1 });
        if (v.data.availability === 'always-on') factors.push({ label: 'always on', likelihood: 1 });
        if (path.via.length) factors.push({ label: 'via a machine', likelihood: -1 });
        return [
          {
            records: [v.id, ...pathRecords(path).filter((id) => id !== v.id)],
            questions: [],
            detail: `${c.nameOf(v.id)} reaches the parent's corporate network${plannedNote(path)}.`,
            factors,
            paths: [c.describe(path)],
          },
        ];
      }),
  },
  {
    id: 'network.parent-reaches-devices',
    area: 'network',
    title: "The parent's corporate network can reach medical devices",
    base: { likelihood: 3, impact: 3 },
    owner: 'parent-it',
    remediation:
      'Before connecting the clinic to the parent, put the medical-device network behind a firewall with no route from the corporate network; allow only named management flows through a jump host.',
    evaluate: (c) =>
      [...deviceZones(c)].flatMap(([zone, devices]): Hit[] => {
        const path = c.topology.reach.path(PARENT_ZONE, zone);
        if (path && approvedPath(path)) return [];
        if (!path && !c.reachableFromParent(zone)) return [];
        const detail = `${c.nameOf(zone)}, with ${list(devices.map(c.nameOf))}, is reachable from the parent's corporate network${path ? plannedNote(path) : ''}.`;
        return [
          {
            records: path ? [zone, ...pathRecords(path)] : [zone],
            questions: path ? [] : ['network.parent-reachable'],
            detail,
            factors: [{ label: 'medical devices', impact: 1 }],
            paths: path ? [c.describe(path)] : [],
          },
        ];
      }),
  },
  {
    id: 'network.guest-not-isolated',
    area: 'network',
    title: 'Guest or patient network reaches internal networks',
    base: { likelihood: 3, impact: 3 },
    remediation:
      "Put guest and patient Wi-Fi on their own VLAN with internet-only access and client isolation; deny every flow from it to the clinic's zones at the firewall.",
    evaluate: (c) => {
      const guests = untrustedZones(c);
      const clinical = deviceZones(c);
      const hits = guests.flatMap((g): Hit[] => {
        const candidates = c.topology.graph.zones.filter(
          (to) => to !== g && to !== INTERNET_ZONE && !guests.includes(to) && c.topology.reach.reaches(g, to),
        );
        const reached = candidates.flatMap((to) => {
          const path = c.topology.reach.path(g, to);
          return path && !approvedPath(path) ? [[to, path] as const] : [];
        });
        if (!reached.length) return [];
        const toDevices = reached.filter(
          ([to]) => clinical.has(to) || c.networkById.get(to)?.data.purpose === 'clinical',
        );
        const shown = toDevices.length ? toDevices : reached;
        return [
          {
            records: [g, ...new Set(shown.flatMap(([, p]) => pathRecords(p)))],
            questions: [],
            detail: `${c.nameOf(g)} reaches ${list(shown.map(([to]) => c.nameOf(to)))}${toDevices.length ? ', where medical devices are' : ''}.`,
            factors: toDevices.length ? [] : [{ label: 'no clinical zone reached', impact: -1 }],
            paths: shown.slice(0, 3).map(([, p]) => c.describe(p)),
          },
        ];
      });
      if (hits.length || guests.length) return hits;
      return answer(c, 'network.guest-wifi-isolated') === false
        ? fromAnswers(
            ['network.guest-wifi-isolated'],
            "Guests on the Wi-Fi can reach the clinic's internal networks.",
            [{ label: 'stated, not recorded', impact: -1 }],
          )
        : [];
    },
  },
  {
    id: 'network.clinical-protocol-exposed',
    area: 'network',
    title: 'Clinical protocol reaches medical devices from outside their zone, unrestricted or in the clear',
    base: { likelihood: 3, impact: 3 },
    remediation:
      'Allow DICOM and HL7 to the devices only from the named systems that need them (the PACS, the interface engine), by address, at the firewall; use DICOM over TLS (port 2762) or an encrypted tunnel where traffic leaves the zone. Record each approved flow with who approved it and why.',
    // Judged on the flows that let a clinical protocol into the devices' zone: whatever reaches their source reaches the devices through them.
    evaluate: (c) => {
      // The flows that name a service, by the zone they lead into.
      const into = new Map<string, IndexedEdge[]>();
      for (const edges of c.topology.graph.out.values()) {
        for (const e of edges) {
          if (e.open || e.approved || e.method === 'member') continue;
          const zone = c.assetById.has(e.to) ? c.zoneOf(e.to) : e.to;
          if (zone) into.set(zone, [...(into.get(zone) ?? []), e]);
        }
      }
      return [...deviceZones(c)].flatMap(([zone, devices]): Hit[] => {
        const inZone = (id: string) => id === zone || (c.assetById.has(id) && c.zoneOf(id) === zone);
        const found = (into.get(zone) ?? [])
          .filter((edge) => !inZone(edge.from))
          .flatMap((edge) =>
            clinicalProtocols
              .filter((p) => edge.lets.has(p))
              .flatMap((protocol) => {
                const restricted = c.assetById.has(edge.from) && c.assetById.has(edge.to);
                const clear = (serviceDef(protocol)?.cleartext ?? true) && edge.encrypted !== true;
                if (restricted && !clear) return [];
                const why = [restricted ? '' : 'not limited to named systems', clear ? 'in the clear' : '']
                  .filter(Boolean)
                  .join(' and ');
                return [{ source: edge.from, protocol, why, edge }];
              }),
          );
        if (!found.length) return [];
        const pathOf = (f: (typeof found)[number]) => ({
          from: f.source,
          to: f.edge.to,
          hops: [f.edge],
          via: [],
          planned: f.edge.planned,
          services: [...f.edge.services],
        });
        return [
          {
            records: [zone, ...new Set(found.flatMap((f) => pathRecords(pathOf(f))))],
            questions: [],
            detail: `${list(
              found.map((f) => `${serviceDef(f.protocol)?.label ?? f.protocol} from ${c.nameOf(f.source)} (${f.why})`),
              3,
            )} reaches ${c.nameOf(zone)}, where ${list(devices.map(c.nameOf), 3)} are.`,
            factors: found.some((f) => f.source === INTERNET_ZONE)
              ? [{ label: 'from the internet', likelihood: 1 }]
              : [],
            paths: found.slice(0, 3).map((f) => c.describe(pathOf(f))),
          },
        ];
      });
    },
  },
  {
    id: 'network.internet-exposed-service',
    area: 'network',
    title: 'Remote-access or file-sharing service reachable from the internet',
    base: { likelihood: 4, impact: 3 },
    remediation:
      "Remove the port forward or firewall rule now. Remote access goes through the parent's VPN or remote-access gateway with MFA; DICOM and file shares are never published to the internet.",
    evaluate: (c) => {
      // Through a port forward or rule to the zone or to the machine itself, not via another machine.
      const exposed = new Map<string, { service: string; path: ReachPath }[]>();
      for (const service of exposedServices) {
        for (const target of c.topology.reach.landings(INTERNET_ZONE, service)) {
          const path = c.topology.reach.path(INTERNET_ZONE, target, service);
          if (!path || path.via.length || path.hops[path.hops.length - 1]?.method === 'member') continue;
          exposed.set(target, [...(exposed.get(target) ?? []), { service, path }]);
        }
      }
      return [...exposed].map(([target, direct]): Hit => {
        const asset = c.assetById.get(target);
        const factors: Factor[] =
          asset &&
          (asset.data.kind === 'medical-device' || handlesPatientData(asset.data) || c.patientDataHosts.has(asset.id))
            ? [{ label: asset.data.kind === 'medical-device' ? 'medical device' : 'patient data', impact: 1 }]
            : [];
        return {
          records: [target, ...new Set(direct.flatMap(({ path }) => pathRecords(path)))],
          questions: [],
          detail: `${list(direct.map(({ service }) => serviceDef(service)?.label ?? service))} on ${c.nameOf(target)} can be reached from the internet.`,
          factors,
          paths: direct.slice(0, 2).map(({ path }) => c.describe(path)),
        };
      });
    },
  },
];

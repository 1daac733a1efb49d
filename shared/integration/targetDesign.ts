/**
 * The target design proposed from today's flows, as a network security engineer would
 * draw it for the connection to the parent: approved flows stay; vendors come in only
 * through the parent's remote-access gateway; zones talk through the firewall on named
 * services; guest and patient zones reach nothing inside; the internet reaches nothing
 * inside unless approved; the parent reaches clinical zones only to monitor them; and
 * the flows the integration needs (the VPN to the parent, the parent's monitoring) are
 * added where missing. Every proposed flow says why.
 */
import { INTERNET_ZONE, PARENT_ZONE, isApproved, type Flow } from '../model/flow';
import { isUntrustedZone, type Network } from '../model/network';
import type { Asset } from '../model/asset';
import type { TargetFlow } from '../model/targetFlow';
import type { VendorAccess } from '../model/vendorAccess';
import type { WithId } from '../model/withId';
import type { RemoteAccessGateway } from '../reference/integrationProfile';
import { ANY_SERVICE } from '../reference/services';

/** What the parent's monitoring needs in a clinic zone: SNMP polling and ping. */
export const MONITORING_SERVICES: readonly string[] = ['udp/161', 'icmp'];
/** What the clinic needs of the parent over the VPN by default: its web applications, mail and directory over HTTPS. */
export const VPN_SERVICES: readonly string[] = ['https'];

export const NARROW_NOTE = 'Today it allows any service: narrow it to the services named by the clinic and the parent.';

export interface DesignInput {
  assessmentId: string;
  networks: readonly WithId<Network>[];
  assets: readonly WithId<Asset>[];
  flows: readonly WithId<Flow>[];
  vendorLinks: readonly WithId<VendorAccess>[];
  /** The zone of an asset (its network, or its host's). */
  zoneOf(assetId: string): string | null;
  /** The parent's approved remote-access gateway; null without a content pack that names one. */
  gateway: RemoteAccessGateway | null;
}

type Proposal = TargetFlow;

const opensAny = (services: readonly string[]) => services.length === 0 || services.includes(ANY_SERVICE);

function gatewayWords(gateway: RemoteAccessGateway | null): string {
  return gateway ? `the parent's remote-access gateway (${gateway.name})` : "the parent's remote-access gateway";
}

/** Proposes the target design: one target flow per today's flow and vendor access, plus what the integration needs. */
export function proposeTargetDesign(input: DesignInput): Proposal[] {
  const { assessmentId, networks, assets, flows, vendorLinks, zoneOf, gateway } = input;
  const networkById = new Map(networks.map((n) => [n.id, n] as const));
  const vendorIds = new Set(vendorLinks.map((v) => v.id));
  /** The zone an end sits in: a network, an asset's network, or a built-in zone. */
  const zoneOfEnd = (end: string) => (networkById.has(end) ? end : (zoneOf(end) ?? end));
  const zoneNet = (end: string) => networkById.get(zoneOfEnd(end))?.data;
  const untrusted = (end: string) => {
    const net = zoneNet(end);
    return net !== undefined && isUntrustedZone(net);
  };
  const medicalZones = new Set(assets.filter((a) => a.data.kind === 'medical-device').map((a) => zoneOf(a.id) ?? ''));
  /** A clinical or management zone, or one that holds medical devices. */
  const sensitive = (end: string) => {
    const net = zoneNet(end);
    return (net !== undefined && ['clinical', 'management'].includes(net.purpose)) || medicalZones.has(zoneOfEnd(end));
  };
  const make = (
    from: string,
    to: string,
    over: Pick<Proposal, 'services' | 'action' | 'reason'> & Partial<Proposal>,
  ): Proposal => ({
    assessmentId,
    from,
    to,
    route: 'direct',
    owner: 'parent-it',
    basedOnFlowId: '',
    notes: '',
    ...over,
  });
  const withNarrowing = (reason: string, services: readonly string[]) =>
    opensAny(services) ? `${reason} ${NARROW_NOTE}` : reason;
  const vendorProposal = (from: string, to: string, services: string[], basedOnFlowId: string): Proposal =>
    make(from, to, {
      services,
      action: 'allow',
      route: 'gateway',
      owner: 'parent-it',
      basedOnFlowId,
      reason: withNarrowing(
        `Vendor access only through ${gatewayWords(gateway)}, with MFA and session logging, instead of the vendor's own tunnel or tool.`,
        services,
      ),
    });

  type Judgement = Pick<Proposal, 'action' | 'reason'> & Partial<Pick<Proposal, 'owner' | 'services'>>;
  /** What becomes of one of today's flows (vendor flows aside). */
  const judge = (f: Flow): Judgement => {
    const allow = (reason: string, owner: Proposal['owner'] = 'parent-it'): Judgement => ({
      action: 'allow',
      owner,
      reason: withNarrowing(reason, f.services),
    });
    if (isApproved(f))
      return { action: 'allow', reason: `Approved by ${f.approvedBy.trim()}: ${f.approvalReason.trim()}` };
    if (f.from === INTERNET_ZONE)
      return {
        action: 'deny',
        reason:
          'Nothing on the internet reaches inside the clinic unless the parent approves it; remote work goes through the parent’s VPN or gateway.',
      };
    if (untrusted(f.from) && f.to !== INTERNET_ZONE && !untrusted(f.to))
      return {
        action: 'deny',
        owner: 'clinic',
        reason:
          'Guest and patient networks hold devices nobody manages: they reach the internet only, never the clinical or office zones.',
      };
    if (f.from === PARENT_ZONE && sensitive(f.to) && opensAny(f.services))
      return {
        action: 'allow',
        services: [...MONITORING_SERVICES],
        reason:
          'The parent reaches clinical zones (and zones holding medical devices) only on named services: its monitoring (SNMP, ping); anything else is requested and approved one by one.',
      };
    if (f.to === INTERNET_ZONE) return allow('Outbound internet access stays, through the clinic firewall.', 'clinic');
    if (f.from === PARENT_ZONE || f.to === PARENT_ZONE)
      return allow('The connection to the parent, over the site-to-site VPN.');
    if (f.method === 'routed' || f.method === 'physical-bridge')
      return allow(
        `Between zones only through a firewall rule on the services it needs, no longer ${f.method === 'routed' ? 'routed openly' : 'bridged on one wire'}.`,
        'clinic',
      );
    return allow('Between zones through the firewall, on the services it names.', 'clinic');
  };

  const proposals: Proposal[] = [];
  for (const { id, data: f } of flows) {
    const services = [...f.services];
    if (!isApproved(f) && (vendorIds.has(f.from) || f.method === 'vendor-tunnel')) {
      proposals.push(vendorProposal(f.from, f.to, services, id));
      continue;
    }
    const judged = judge(f);
    proposals.push(make(f.from, f.to, { services, basedOnFlowId: id, ...judged }));
  }

  // Vendor access recorded on the vendor link only (no flow record): through the gateway too.
  const covered = new Set(flows.map((f) => `${f.data.from}>${f.data.to}`));
  for (const v of vendorLinks) {
    const tunnel = v.data.method === 'vpn' || v.data.method === 'modem';
    for (const to of [...v.data.reachesNetworkIds, ...v.data.reachesAssetIds]) {
      if (covered.has(`${v.id}>${to}`)) continue;
      proposals.push(vendorProposal(v.id, to, tunnel ? [ANY_SERVICE] : ['remote-control'], ''));
    }
  }

  // What the integration needs and nobody recorded yet.
  const trusted = networks.filter((n) => !isUntrustedZone(n.data));
  const toParent = flows.some((f) => f.data.to === PARENT_ZONE && f.data.method === 'vpn');
  const home = trusted.find((n) => n.data.purpose === 'corporate') ?? trusted[0];
  if (!toParent && home)
    proposals.push(
      make(home.id, PARENT_ZONE, {
        services: [...VPN_SERVICES],
        action: 'allow',
        reason:
          "The site-to-site VPN to the parent: the parent's applications, mail and directory; list any further service with the parent's network team.",
      }),
    );
  for (const n of trusted) {
    const monitored = flows.some((f) => f.data.from === PARENT_ZONE && zoneOfEnd(f.data.to) === n.id);
    if (!monitored)
      proposals.push(
        make(PARENT_ZONE, n.id, {
          services: [...MONITORING_SERVICES],
          action: 'allow',
          reason: "The parent's monitoring of the clinic's zone (SNMP, ping), so its devices are seen once connected.",
        }),
      );
  }
  return proposals;
}

/** Builds the rule context: the lookups every rule shares, computed once per evaluation. */
import type { Answers } from '../checklists/checklist';
import type { AnswerValue } from '../checklists/question';
import type { Application } from '../model/application';
import type { Asset } from '../model/asset';
import type { Link } from '../model/link';
import type { Network } from '../model/network';
import type { VendorAccess } from '../model/vendorAccess';
import { bandwidthVerdict } from '../reference/bandwidthNeeds';
import type { OsSupport, RuleContext, WithId } from './ruleTypes';

export interface AssessmentFacts {
  assessmentDate: string;
  answers: Answers;
  assets: WithId<Asset>[];
  networks: WithId<Network>[];
  vendorLinks: WithId<VendorAccess>[];
  links: WithId<Link>[];
  applications: WithId<Application>[];
}

export type OsSupportResolver = (osText: string, onDate: string) => OsSupport;

export function osText(asset: Asset): string {
  return [asset.osVersion, asset.osEdition].filter((s) => s.trim()).join(' ');
}

export function buildContext(facts: AssessmentFacts, resolveOs: OsSupportResolver): RuleContext {
  const networkById = new Map(facts.networks.map((n) => [n.id, n] as const));
  const assetsByNetwork = new Map<string, WithId<Asset>[]>();
  for (const asset of facts.assets) {
    if (!asset.data.networkId) continue;
    const list = assetsByNetwork.get(asset.data.networkId);
    if (list) list.push(asset);
    else assetsByNetwork.set(asset.data.networkId, [asset]);
  }
  const osCache = new Map<string, OsSupport>();
  const osSupportOf = (asset: WithId<Asset>): OsSupport => {
    const text = osText(asset.data);
    let support = osCache.get(text);
    if (!support) osCache.set(text, (support = text ? resolveOs(text, facts.assessmentDate) : { status: 'unknown', label: 'OS not recorded' }));
    return support;
  };
  const parentLinkPlanned = ['now', 'planned'].includes(String(facts.answers.get('network.parent-reachable')));
  const separated = facts.answers.get('network.firewall-between') === 'yes';
  const reachableFromParent = (networkId: string | null): boolean => {
    const network = networkId ? networkById.get(networkId) : undefined;
    if (network?.data.reachableFromParent === true) return true;
    if (network?.data.reachableFromParent === false) return false;
    return parentLinkPlanned && !separated;
  };
  const mainLink = facts.links.find((l) => !l.data.isBackup) ?? facts.links[0];
  const bandwidth = bandwidthVerdict(
    {
      staff: numberAnswer(facts.answers.get('profile.staff')) ?? 0,
      cloudEmr: ['vendor-cloud', 'hybrid'].includes(String(facts.answers.get('profile.emr-hosting'))),
      telehealthVisits: facts.answers.get('connectivity.telehealth') === true ? (numberAnswer(facts.answers.get('connectivity.telehealth-concurrent')) ?? 1) : 0,
      vpnToParent: facts.answers.get('connectivity.vpn-to-parent') === 'yes',
    },
    mainLink
      ? {
          downMbps: mainLink.data.downMbps,
          upMbps: mainLink.data.upMbps,
          latencyMs: mainLink.data.latencyMs,
          jitterMs: mainLink.data.jitterMs,
          lossPercent: mainLink.data.lossPercent ?? numberAnswer(facts.answers.get('connectivity.packet-loss')) ?? null,
        }
      : undefined,
  );
  return { ...facts, networkById, assetsByNetwork, osSupportOf, reachableFromParent, bandwidth };
}

function numberAnswer(value: AnswerValue | undefined): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

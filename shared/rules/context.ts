/** Builds the rule context: the lookups every rule shares, computed once per evaluation. */
import { answerOf, withSettled, type Answers } from '../checklists/checklist';
import type { AnswerValue } from '../checklists/question';
import { settledAnswers } from '../checklists/topologyAnswers';
import type { RecordedInventory } from '../model/assessmentRecords';
import type { Asset } from '../model/asset';
import { PARENT_ZONE } from '../model/flow';
import { bandwidthVerdict, workloadsWith, type BandwidthVerdict } from '../reference/bandwidthNeeds';
import type { OsSupportStatus } from '../reference/osLifecycle';
import { pathText } from '../topology/pathText';
import { recordNamer } from '../topology/recordNames';
import { buildTopology } from '../topology/topology';
import { effectiveSupport } from './effectiveSupport';
import type { OsSupport, RuleContext, WithId } from './ruleTypes';
import type { AdminAccount } from '../model/adminAccount';
import type { Indicator } from '../model/indicator';
import type { TargetFlow } from '../model/targetFlow';
import { builtInPack, type ActivePack } from '../reference/contentPack';

export interface AssessmentFacts extends RecordedInventory {
  assessmentDate: string;
  answers: Answers;
  /** The register, the check and the design (model v3); none when not given. */
  adminAccounts?: WithId<AdminAccount>[];
  indicators?: WithId<Indicator>[];
  targetFlows?: WithId<TargetFlow>[];
}

export type OsSupportResolver = (osText: string, onDate: string) => OsSupportStatus;

export function osText(asset: Asset): string {
  return [asset.osVersion, asset.osEdition].filter((s) => s.trim()).join(' ');
}

export function buildContext(
  recorded: AssessmentFacts,
  resolveOs: OsSupportResolver,
  pack: ActivePack = builtInPack,
): RuleContext {
  const topology = buildTopology(recorded);
  // A question the records settle reads as the records say, whatever answer is stored.
  const facts: AssessmentFacts = {
    ...recorded,
    answers: withSettled(recorded.answers, settledAnswers(recorded, topology)),
  };
  const networkById = new Map(facts.networks.map((n) => [n.id, n] as const));
  const assetById = new Map(facts.assets.map((a) => [a.id, a] as const));
  const zoneOf = (assetId: string) => topology.graph.zoneOf(assetId);
  const assetsByNetwork = new Map<string, WithId<Asset>[]>();
  for (const asset of facts.assets) {
    const zone = zoneOf(asset.id);
    if (!zone) continue;
    const list = assetsByNetwork.get(zone);
    if (list) list.push(asset);
    else assetsByNetwork.set(zone, [asset]);
  }
  const vendorCache = new Map<string, OsSupportStatus>();
  const supportCache = new Map<string, OsSupport>();
  const vendorSupport = (asset: WithId<Asset>): OsSupportStatus => {
    const text = osText(asset.data);
    let vendor = vendorCache.get(text);
    if (!vendor)
      vendorCache.set(
        text,
        (vendor = text ? resolveOs(text, facts.assessmentDate) : { status: 'unknown', label: 'OS not recorded' }),
      );
    return vendor;
  };
  const osSupportOf = (asset: WithId<Asset>): OsSupport => {
    let support = supportCache.get(asset.id);
    if (support) return support;
    const vendor = vendorSupport(asset);
    supportCache.set(asset.id, (support = effectiveSupport(asset.data, vendor, facts.assessmentDate)));
    return support;
  };
  // Where no flow from the parent is recorded, the checklist's answer stands in (the whole clinic, unless a firewall separates it).
  const parentFlowsRecorded = topology.graph.out.has(PARENT_ZONE);
  const parentLinkAnswered = ['now', 'planned'].includes(String(answerOf(facts.answers, 'network.parent-reachable')));
  const separated = answerOf(facts.answers, 'network.firewall-between') === 'yes';
  const reachableFromParent = (networkId: string | null): boolean => {
    if (!networkId) return false;
    if (parentFlowsRecorded) return topology.reach.reaches(PARENT_ZONE, networkId);
    return parentLinkAnswered && !separated;
  };
  const patientApps = new Set(
    facts.applications.filter((a) => a.data.category === 'emr' || a.data.storesPatientData === true).map((a) => a.id),
  );
  const patientDataHosts = new Set(
    facts.assets.filter((a) => a.data.hostsApplicationIds.some((id) => patientApps.has(id))).map((a) => a.id),
  );
  const nameOf = recordNamer(facts, 'an unrecorded endpoint');
  return {
    ...facts,
    networkById,
    assetById,
    assetsByNetwork,
    osSupportOf,
    osProductOf: (asset) => vendorSupport(asset).product,
    reachableFromParent,
    topology,
    zoneOf,
    nameOf,
    describe: (path) => pathText(path, nameOf),
    patientDataHosts,
    bandwidth: bandwidthFor(facts, pack),
    pack,
    adminAccounts: facts.adminAccounts ?? [],
    indicators: facts.indicators ?? [],
    targetFlows: facts.targetFlows ?? [],
  };
}

/** The link's verdict, on the pack's workload figures where it carries them (each cited in the reasons). */
function bandwidthFor(facts: AssessmentFacts, pack: ActivePack): BandwidthVerdict {
  const figures = pack.content.bandwidth;
  const verdict = linkVerdict(facts, figures.length ? workloadsWith(figures) : undefined);
  const fromPack = new Set(figures.map((f) => f.id));
  const cited = verdict.need.lines
    .filter((l) => fromPack.has(l.workload.id))
    .map(
      (l) =>
        `${l.workload.label}: ${l.workload.downMbps} Mbit/s down and ${l.workload.upMbps} Mbit/s up, from ${pack.content.name} (${l.workload.source}).`,
    );
  return cited.length ? { ...verdict, reasons: [...verdict.reasons, ...cited] } : verdict;
}

function linkVerdict(facts: AssessmentFacts, table: ReturnType<typeof workloadsWith> | undefined) {
  const mainLink = facts.links.find((l) => !l.data.isBackup) ?? facts.links[0];
  return bandwidthVerdict(
    {
      staff: numberAnswer(answerOf(facts.answers, 'profile.staff')) ?? 0,
      cloudEmr: ['vendor-cloud', 'hybrid'].includes(String(answerOf(facts.answers, 'profile.emr-hosting'))),
      telehealthVisits:
        answerOf(facts.answers, 'connectivity.telehealth') === true
          ? (numberAnswer(answerOf(facts.answers, 'connectivity.telehealth-concurrent')) ?? 1)
          : 0,
      vpnToParent: ['yes', 'planned'].includes(String(answerOf(facts.answers, 'connectivity.vpn-to-parent'))),
    },
    mainLink
      ? {
          downMbps: mainLink.data.downMbps,
          upMbps: mainLink.data.upMbps,
          latencyMs: mainLink.data.latencyMs,
          jitterMs: mainLink.data.jitterMs,
          lossPercent:
            mainLink.data.lossPercent ?? numberAnswer(answerOf(facts.answers, 'connectivity.packet-loss')) ?? null,
        }
      : undefined,
    table,
  );
}

function numberAnswer(value: AnswerValue | undefined): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

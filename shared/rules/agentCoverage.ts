/**
 * Whether the agents the parent requires (the content pack's profile) can run on each
 * machine they are required on: by its operating system against the systems each agent
 * supports, and by its maker's word on third-party agents. Where one cannot, whether a
 * compensating control stands in: the machine isolated in a zone nothing reaches except
 * by flows limited to named services, or the network monitored passively.
 */
import type { Asset } from '../model/asset';
import { INTERNET_ZONE, PARENT_ZONE } from '../model/flow';
import { isUntrustedZone } from '../model/network';
import type { RequiredAgent } from '../reference/integrationProfile';
import type { OsProduct } from '../reference/osLifecycle';
import { ANY_SERVICE } from '../reference/services';
import { answerOf } from '../checklists/checklist';
import { assetName, isNetworked } from './ruleHelpers';
import type { RuleContext, WithId } from './ruleTypes';
import { osText } from './context';

export type AgentVerdict = 'runs' | 'cannot' | 'unknown';

export interface AgentCheck {
  agent: RequiredAgent;
  verdict: AgentVerdict;
  /** Why, in words: "Windows 7 is not among the systems it supports". */
  reason: string;
  /** Cannot because the maker forbids agents (rather than the OS). */
  byMaker: boolean;
}

export interface CompensatingControl {
  isolated: boolean;
  /** Why the machine counts as isolated or not, in words. */
  isolation: string;
  monitored: boolean;
  /** In place: isolated or monitored. */
  inPlace: boolean;
}

export interface AssetCoverage {
  assetId: string;
  name: string;
  kind: Asset['kind'];
  /** The OS as recorded, or "OS not recorded". */
  os: string;
  checks: AgentCheck[];
  control: CompensatingControl;
  reachableFromParent: boolean;
}

/** Product ids and families an agent lists: a family ("windows") covers its servers too. */
function supports(agent: RequiredAgent, product: OsProduct): boolean {
  const families = product.family === 'windows-server' ? ['windows', 'windows-server'] : [product.family as string];
  return agent.supportedOs.some((entry) => {
    const e = entry.trim().toLowerCase();
    return e === product.id || product.id.startsWith(`${e}-`) || families.includes(e);
  });
}

const familyOnly: Partial<Record<Asset['osFamily'], string>> = { windows: 'windows', linux: 'linux', macos: 'macos' };

function checkAgent(context: RuleContext, asset: WithId<Asset>, agent: RequiredAgent): AgentCheck {
  if (asset.data.agentsAllowed === false)
    return { agent, verdict: 'cannot', reason: 'the maker does not allow third-party agents', byMaker: true };
  const product = context.osProductOf(asset);
  const makerUnknown = asset.data.kind === 'medical-device' && asset.data.agentsAllowed !== true;
  const result = (runs: boolean, reason: string): AgentCheck =>
    runs && makerUnknown
      ? {
          agent,
          verdict: 'unknown',
          reason: `${reason}; the maker's position on agents is not recorded`,
          byMaker: false,
        }
      : { agent, verdict: runs ? 'runs' : 'cannot', reason, byMaker: false };
  if (product)
    return supports(agent, product)
      ? result(true, `supports ${product.name}`)
      : result(false, `${product.name} is not among the systems it supports`);
  const family = familyOnly[asset.data.osFamily];
  if (family && agent.supportedOs.some((e) => e.trim().toLowerCase() === family))
    return result(true, `supports ${family === 'macos' ? 'macOS' : family[0]!.toUpperCase() + family.slice(1)}`);
  if (asset.data.osFamily === 'embedded' && !agent.supportedOs.some((e) => e.trim().toLowerCase() === 'embedded'))
    return { agent, verdict: 'cannot', reason: 'it does not run on an embedded OS', byMaker: false };
  return {
    agent,
    verdict: 'unknown',
    reason: osText(asset.data) ? 'OS release not recognised' : 'OS not recorded',
    byMaker: false,
  };
}

/** Isolated: nothing reaches its zone (from the parent, the internet, or any other zone) except by flows limited to named services. */
function isolationOf(context: RuleContext, asset: WithId<Asset>): { isolated: boolean; isolation: string } {
  const zone = context.zoneOf(asset.id);
  if (!zone) {
    return isNetworked(asset.data)
      ? { isolated: false, isolation: 'its network is not recorded' }
      : { isolated: true, isolation: 'not connected to any network' };
  }
  const network = context.networkById.get(zone);
  const zoneName = context.nameOf(zone);
  if (context.reachableFromParent(zone))
    return { isolated: false, isolation: `${zoneName} is reachable from the parent's network` };
  if (network && isUntrustedZone(network.data))
    return { isolated: false, isolation: `${zoneName} is a guest or patient network` };
  const offices = (context.assetsByNetwork.get(zone) ?? []).filter(
    (a) => a.id !== asset.id && a.data.kind === 'workstation',
  );
  if (offices.length) return { isolated: false, isolation: `${zoneName} also holds office PCs` };
  const sources = [INTERNET_ZONE, PARENT_ZONE, ...context.networks.map((n) => n.id)].filter((z) => z !== zone);
  const open = sources.find((from) => context.topology.reach.path(from, zone)?.services.includes(ANY_SERVICE));
  if (open) return { isolated: false, isolation: `${context.nameOf(open)} reaches ${zoneName} unrestricted` };
  return { isolated: true, isolation: `${zoneName} is reached only by flows limited to named services` };
}

/** Each machine at least one required agent is required on, with each agent's verdict and the controls. */
export function agentCoverage(context: RuleContext): AssetCoverage[] {
  const agents = context.pack.content.profile.requiredAgents;
  if (!agents.length) return [];
  const monitored = answerOf(context.answers, 'network.monitoring') === 'yes';
  return context.assets.flatMap((asset): AssetCoverage[] => {
    const required = agents.filter((a) => a.requiredOn.includes(asset.data.kind));
    if (!required.length) return [];
    const { isolated, isolation } = isolationOf(context, asset);
    return [
      {
        assetId: asset.id,
        name: assetName(asset.data),
        kind: asset.data.kind,
        os: osText(asset.data) || 'OS not recorded',
        checks: required.map((agent) => checkAgent(context, asset, agent)),
        control: { isolated, isolation, monitored, inPlace: isolated || monitored },
        reachableFromParent: context.reachableFromParent(context.zoneOf(asset.id)),
      },
    ];
  });
}

/** Machines with the same kind, OS, verdicts and controls, as one row: "9 workstations on Windows 11: all agents run". */
export interface CoverageRow {
  names: string[];
  kind: Asset['kind'];
  os: string;
  /** "Falcon EDR: runs", "Log forwarder: cannot (Windows 7 is not among …)". */
  agents: { name: string; verdict: AgentVerdict; reason: string }[];
  /** The compensating control in words, or "Not needed" when every agent runs. */
  control: string;
  /** An agent cannot run and nothing compensates. */
  uncovered: boolean;
}

export const agentVerdictLabels: Record<AgentVerdict, string> = {
  runs: 'Runs',
  cannot: 'Cannot run',
  unknown: 'Not known',
};

function controlText(c: AssetCoverage): string {
  if (!c.checks.some((k) => k.verdict !== 'runs')) return 'Not needed';
  const parts = [
    c.control.isolated ? `Isolated (${c.control.isolation})` : `Not isolated (${c.control.isolation})`,
    c.control.monitored ? 'network monitored passively' : 'network not monitored',
  ];
  return parts.join('; ');
}

export function coverageRows(coverage: readonly AssetCoverage[]): CoverageRow[] {
  const rows = new Map<string, CoverageRow>();
  for (const c of coverage) {
    const agents = c.checks.map((k) => ({ name: k.agent.name, verdict: k.verdict, reason: k.reason }));
    const control = controlText(c);
    const key = JSON.stringify([c.kind, c.os, agents, control]);
    const row = rows.get(key);
    if (row) row.names.push(c.name);
    else
      rows.set(key, {
        names: [c.name],
        kind: c.kind,
        os: c.os,
        agents,
        control,
        uncovered: c.checks.some((k) => k.verdict === 'cannot') && !c.control.inPlace,
      });
  }
  return [...rows.values()];
}

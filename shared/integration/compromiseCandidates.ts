/**
 * The scan's remote-access services as candidates for the compromise check: a device
 * listening for a remote-control tool (VNC, TeamViewer, AnyDesk, ScreenConnect, RDP…)
 * that no recorded vendor link explains may be an intruder's way in. The assessor raises
 * each as an indicator or records why it is benign; either way it is raised once (the
 * indicator keeps the candidate's key).
 */
import type { Asset } from '../model/asset';
import type { Indicator } from '../model/indicator';
import type { VendorAccess } from '../model/vendorAccess';
import type { WithId } from '../model/withId';

interface Tool {
  name: string;
  pattern: RegExp;
}

/** Remote-control tools, as the scan import and an assessor write them. */
export const remoteControlTools: readonly Tool[] = [
  { name: 'TeamViewer', pattern: /team\s*viewer/i },
  { name: 'AnyDesk', pattern: /any\s*desk/i },
  { name: 'ScreenConnect', pattern: /screen\s*connect|connectwise\s*control/i },
  { name: 'Apple Remote Desktop', pattern: /apple remote desktop/i },
  { name: 'RDP', pattern: /\brdp\b|(?<!apple )remote desktop|ms-wbt-server/i },
  { name: 'VNC', pattern: /\bvnc\b|real\s*vnc|tight\s*vnc|ultra\s*vnc/i },
  { name: 'pcAnywhere', pattern: /pc\s*anywhere/i },
  { name: 'DameWare', pattern: /dame\s*ware/i },
  { name: 'LogMeIn', pattern: /log\s*me\s*in/i },
  { name: 'Splashtop', pattern: /splashtop/i },
  { name: 'RustDesk', pattern: /rust\s*desk/i },
];

/** The remote-control tool a text names, if any. */
export function toolNamed(text: string): string | null {
  return remoteControlTools.find((t) => t.pattern.test(text))?.name ?? null;
}

export interface CompromiseCandidate {
  /** The indicator's `sourceKey` once raised: the asset and the tool. */
  key: string;
  assetId: string;
  tool: string;
  /** The scan's words: "VNC on 5900/tcp". */
  service: string;
  /** Vendor links whose tool matches and which reach the device (directly or its network). */
  explainedBy: WithId<VendorAccess>[];
  /** The indicator raised (or recorded benign) from it. */
  indicator: WithId<Indicator> | undefined;
}

export const candidateKey = (assetId: string, tool: string) => `scan:${assetId}:${tool}`;

interface CandidateInput {
  assets: readonly WithId<Asset>[];
  vendorLinks: readonly WithId<VendorAccess>[];
  indicators: readonly WithId<Indicator>[];
  zoneOf(assetId: string): string | null;
}

/** Every remote-control tool a device listens for, with the links that explain it and its indicator. */
export function compromiseCandidates({
  assets,
  vendorLinks,
  indicators,
  zoneOf,
}: CandidateInput): CompromiseCandidate[] {
  const raised = new Map(indicators.filter((i) => i.data.sourceKey).map((i) => [i.data.sourceKey, i] as const));
  return assets.flatMap((asset) => {
    const byTool = new Map<string, string[]>();
    for (const part of asset.data.remoteAccess.split(/[,;\n]/).map((p) => p.trim())) {
      const tool = part && toolNamed(part);
      if (tool) byTool.set(tool, [...(byTool.get(tool) ?? []), part]);
    }
    const zone = zoneOf(asset.id);
    return [...byTool].map(([tool, parts]) => {
      const key = candidateKey(asset.id, tool);
      return {
        key,
        assetId: asset.id,
        tool,
        service: parts.join(', '),
        explainedBy: vendorLinks.filter(
          (l) =>
            toolNamed(l.data.tool) === tool &&
            (l.data.reachesAssetIds.includes(asset.id) || (zone !== null && l.data.reachesNetworkIds.includes(zone))),
        ),
        indicator: raised.get(key),
      };
    });
  });
}

/** Candidates still waiting for the assessor: not explained by a link and not raised or recorded benign. */
export const undecided = (candidates: readonly CompromiseCandidate[]) =>
  candidates.filter((c) => !c.explainedBy.length && !c.indicator);

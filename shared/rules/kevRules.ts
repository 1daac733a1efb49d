/**
 * Devices named in CISA's Known Exploited Vulnerabilities catalogue, when the content
 * pack carries it: attackers are using these flaws now, so an unpatched one on a
 * firewall or a medical device is a way in the day the clinic connects.
 */
import { INTERNET_ZONE } from '../model/flow';
import type { Asset } from '../model/asset';
import type { WithId } from '../model/withId';
import { kevEntriesFor } from './kevMatch';
import { assetName } from './ruleHelpers';
import type { Factor, Hit, Rule, RuleContext } from './ruleTypes';

export const KEV_RULE_ID = 'vuln.known-exploited';
const LISTED = 5;

/** Edge appliances face the internet whatever the recorded flows say. */
const edgeDevice = (asset: Asset) =>
  asset.kind === 'network-device' && /firewall|vpn|gateway|router|utm/i.test(`${asset.deviceType} ${asset.name}`);

function exposed(context: RuleContext, asset: WithId<Asset>): string | null {
  const zone = context.zoneOf(asset.id);
  if (edgeDevice(asset.data)) return 'an edge device facing the internet';
  if (zone && context.topology.reach.reaches(INTERNET_ZONE, zone)) return 'reachable from the internet';
  if (zone && context.reachableFromParent(zone)) return 'reachable from corporate';
  return null;
}

function evaluate(context: RuleContext): Hit[] {
  const kev = context.pack.content.kev;
  if (!kev?.vulnerabilities.length) return [];
  const hits: Hit[] = [];
  for (const asset of context.assets) {
    const entries = kevEntriesFor(asset.data, kev.vulnerabilities);
    if (!entries.length) continue;
    const ransomware = entries.filter((e) => e.knownRansomwareCampaignUse.toLowerCase() === 'known');
    const reach = exposed(context, asset);
    const factors: Factor[] = [{ label: 'listed in CISA KEV (exploited in the wild)' }];
    if (ransomware.length && reach)
      factors.push({ label: `used in ransomware campaigns, ${reach}`, likelihood: 1, impact: 1 });
    const listed = [...entries].sort((a, b) => b.dateAdded.localeCompare(a.dateAdded)).slice(0, LISTED);
    const more = entries.length - listed.length;
    const product = [...new Set(entries.map((e) => `${e.vendorProject} ${e.product}`))].join('; ');
    hits.push({
      records: [asset.id],
      questions: [],
      detail:
        `${assetName(asset.data)} (${product}) matches ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'} of CISA's Known Exploited Vulnerabilities catalogue, version ${kev.catalogVersion}: ` +
        `${listed.map((e) => `${e.cveID}${e.vulnerabilityName ? ` (${e.vulnerabilityName})` : ''}`).join(', ')}${more > 0 ? ` and ${more} more` : ''}.` +
        (ransomware.length
          ? ` ${ransomware.length} ${ransomware.length === 1 ? 'is' : 'are'} known to be used in ransomware campaigns.`
          : '') +
        (asset.data.firmware.trim()
          ? ` Recorded firmware: ${asset.data.firmware.trim()}.`
          : ' No firmware version recorded.'),
      factors,
      ...(listed[0]?.requiredAction ? { extraRemediation: `CISA's required action: ${listed[0].requiredAction}` } : {}),
    });
  }
  return hits;
}

export const kevRule: Rule = {
  id: KEV_RULE_ID,
  area: 'endpoints',
  title: 'Device with actively exploited vulnerabilities (CISA KEV)',
  base: { likelihood: 3, impact: 3 },
  remediation:
    "Check the device's firmware against each listed CVE's fixed version; where it is not fixed, apply the vendor's update or mitigation now, then look for signs of compromise (new admin accounts, unknown VPN sessions, changed configuration) before the clinic is connected.",
  owner: 'clinic',
  evaluate,
};

/** Machines where an agent the parent requires cannot run, and nothing stands in for it. */
import { agentCoverage, type AssetCoverage } from './agentCoverage';
import type { Factor, Hit, Rule, RuleContext } from './ruleTypes';

function hitOf(context: RuleContext, coverage: AssetCoverage): Hit[] {
  const missing = coverage.checks.filter((c) => c.verdict === 'cannot');
  if (!missing.length || coverage.control.inPlace) return [];
  const factors: Factor[] = [];
  if (coverage.reachableFromParent) {
    const edr = missing.some((c) => c.agent.purpose === 'edr');
    factors.push({ label: 'reachable from corporate', likelihood: 1, ...(edr ? { impact: 1 } : {}) });
  }
  const agents = missing.map((c) => `${c.agent.name} (${c.reason})`).join(', ');
  const zone = context.zoneOf(coverage.assetId);
  return [
    {
      records: zone ? [coverage.assetId, zone] : [coverage.assetId],
      questions: ['network.monitoring'],
      detail: `${coverage.name} (${coverage.os}): cannot run ${agents}. No compensating control: it is not isolated (${coverage.control.isolation}), and the network is not monitored passively with alerts someone reviews.`,
      factors,
    },
  ];
}

export const agentRules: Rule[] = [
  {
    id: 'endpoints.agent-not-covered',
    area: 'endpoints',
    title: 'Required agent cannot run and nothing compensates',
    base: { likelihood: 2, impact: 2 },
    remediation:
      "Isolate the machine in a zone of its own with only the flows it needs (named services to named hosts, none from the parent's network or the office), and monitor it passively with network detection on that zone, alerts going to the parent's security operations. Ask the maker for its list of validated agents, and plan the machine's replacement where none will ever run on it.",
    owner: 'parent-it',
    evaluate: (c) => agentCoverage(c).flatMap((coverage) => hitOf(c, coverage)),
  },
];

/**
 * The report's "Address plan and agent coverage" chapter: the parent's plan in force and
 * each clinic network against it; the agents the parent requires and, grouped where
 * machines are alike, whether they run and what stands in where they cannot.
 */
import { count } from '../model/plural';
import { addressCheck, overlapText } from '../rules/addressOverlap';
import { agentCoverage, agentVerdictLabels, coverageRows } from '../rules/agentCoverage';
import type { RuleContext } from '../rules/ruleTypes';

export interface IntegrationFit {
  /** The plan in force, in words, or why there is none. */
  plan: string;
  networks: { name: string; subnet: string; against: string }[];
  /** The agents required, in words, or why there are none. */
  agents: string;
  coverage: { machines: string; os: string; agents: string; control: string }[];
}

const NO_PACK = "import the parent's content pack in Settings";

export function integrationFit(context: RuleContext): IntegrationFit {
  const check = addressCheck(context);
  const required = context.pack.content.profile.requiredAgents;
  const rows = coverageRows(agentCoverage(context));
  return {
    plan: check.plan.length
      ? `The parent's address plan: ${check.plan.map((r) => (r.name ? `${r.cidr} (${r.name})` : r.cidr)).join(', ')}.${check.unreadable.length ? ` Not read (not IPv4 prefixes): ${check.unreadable.join(', ')}.` : ''}`
      : `No address plan in force: ${NO_PACK}.`,
    networks: check.networks.map((n) => ({
      name: n.name,
      subnet: n.recorded || 'Not recorded',
      against:
        n.status === 'overlaps'
          ? n.overlaps.map(overlapText).join('; ')
          : n.status === 'unchecked'
            ? 'Cannot be checked: no IPv4 prefix recorded'
            : check.plan.length
              ? 'No overlap'
              : 'No plan to check against',
    })),
    agents: required.length
      ? `The parent requires: ${required.map((a) => a.name).join(', ')}.`
      : `No required agents in force: ${NO_PACK}.`,
    coverage: rows.map((r) => {
      const all = r.agents.every((a) => a.verdict === 'runs');
      return {
        machines: r.names.length > 1 ? `${count(r.names.length, 'machine')}: ${r.names.join(', ')}` : r.names.join(''),
        os: r.os,
        agents: all
          ? 'All agents run'
          : r.agents
              .map((a) => `${a.name}: ${agentVerdictLabels[a.verdict]}${a.verdict === 'runs' ? '' : ` (${a.reason})`}`)
              .join('\n'),
        control: r.uncovered ? `None in place: ${r.control}` : r.control,
      };
    }),
  };
}

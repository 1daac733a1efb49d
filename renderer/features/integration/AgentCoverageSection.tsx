import { assetKindLabels } from '../../../shared/model/asset';
import { agentCoverage, agentVerdictLabels, coverageRows } from '../../../shared/rules/agentCoverage';
import type { RuleContext } from '../../../shared/rules/ruleTypes';

/** For each machine (alike machines grouped), whether each agent the parent requires can run, and what stands in where not. */
export function AgentCoverageSection({ context }: { context: RuleContext }) {
  const agents = context.pack.content.profile.requiredAgents;
  const rows = coverageRows(agentCoverage(context));
  return (
    <section aria-labelledby="agent-coverage-title">
      <h2 id="agent-coverage-title">Agent coverage</h2>
      {agents.length === 0 ? (
        <p>No required agents in force: import the parent&apos;s content pack in Settings.</p>
      ) : (
        <p>The parent requires: {agents.map((a) => a.name).join(', ')}.</p>
      )}
      {agents.length > 0 && rows.length === 0 && <p>No machine recorded that the agents are required on.</p>}
      {rows.length > 0 && (
        <table className="table">
          <caption className="visually-hidden">Required agents on each machine</caption>
          <thead>
            <tr>
              <th scope="col">Machines</th>
              <th scope="col">OS</th>
              <th scope="col">Agents</th>
              <th scope="col">Compensating control</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.names.join('\u0000')}`}>
                <th scope="row">
                  {r.names.length > 1 ? `${r.names.length} machines (${assetKindLabels[r.kind]}): ` : ''}
                  {r.names.join(', ')}
                </th>
                <td>{r.os}</td>
                <td>
                  <ul>
                    {r.agents.map((a) => (
                      <li key={a.name}>
                        {a.name}: {agentVerdictLabels[a.verdict]}
                        {a.verdict !== 'runs' ? ` (${a.reason})` : ''}
                      </li>
                    ))}
                  </ul>
                </td>
                <td>{r.uncovered ? `None in place: ${r.control}` : r.control}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

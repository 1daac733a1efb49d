import { useState } from 'react';
import { effectiveStatus } from '../../../shared/rules/findingStatus';
import { routeHref } from '../../app/useHashRoute';
import { AssessmentPicker } from '../../components/AssessmentPicker';
import { clinicTitle } from '../clinics/clinicLabels';
import { ChangesPage } from './ChangesPage';
import { FindingCard } from './FindingCard';
import { FindingGroup } from './FindingGroup';
import { SeverityChart } from './SeverityChart';
import { useAssessmentFindings } from './useAssessmentFindings';

export function FindingsPage({ path }: { path: string[] }) {
  const [assessmentId, view] = path;
  if (!assessmentId) return <AssessmentPicker area="findings" />;
  return view === 'changes' ? <ChangesPage key={assessmentId} assessmentId={assessmentId} /> : <Findings key={assessmentId} assessmentId={assessmentId} />;
}

type Show = 'open' | 'accepted' | 'resolved' | 'all';

function Findings({ assessmentId }: { assessmentId: string }) {
  const result = useAssessmentFindings(assessmentId);
  const [show, setShow] = useState<Show>('all');
  if (result === undefined) return <p aria-busy="true">Decrypting…</p>;
  if (result === null) {
    return (
      <>
        <h1 tabIndex={-1}>Findings</h1>
        <p role="alert" className="error">This assessment does not exist on this computer.</p>
      </>
    );
  }
  const withStatus = result.findings.map((f) => ({ finding: f, decision: result.decisions.get(f.key), status: effectiveStatus(result.decisions.get(f.key)?.data, result.assessmentDate) }));
  const open = withStatus.filter((x) => x.status === 'open' || x.status === 'acceptance-expired');
  const visible = withStatus.filter((x) => show === 'all' || (show === 'open' ? x.status === 'open' || x.status === 'acceptance-expired' : x.status === show));
  return (
    <>
      <div className="page-header">
        <div>
          <h1 tabIndex={-1}>Findings</h1>
          <p className="lead">
            {clinicTitle(result.clinicName)} · {result.assessmentTitle || 'Untitled assessment'} · {open.length} open of {result.findings.length}, updated as answers and inventory change
          </p>
        </div>
        <div className="page-actions">
          <a className="button" href={routeHref('checklist', assessmentId)}>Checklist</a>
          <a className="button" href={routeHref('inventory', assessmentId)}>Inventory</a>
          <a className="button" href={routeHref('findings', assessmentId, 'changes')}>Changes since the previous visit</a>
        </div>
      </div>
      <section className="card" aria-label="Summary">
        <SeverityChart findings={open.map((x) => x.finding)} />
      </section>
      <div className="toolbar">
        <div className="field">
          <label htmlFor="findings-show">Show</label>
          <select id="findings-show" value={show} onChange={(e) => setShow(e.target.value as Show)}>
            <option value="all">All findings</option>
            <option value="open">Open findings</option>
            <option value="accepted">Accepted risks</option>
            <option value="resolved">Resolved</option>
          </select>
        </div>
      </div>
      {result.findings.length === 0 ? <p className="muted">No findings yet: answer the checklist and record the inventory.</p> : null}
      <div role="list" aria-label="Findings">
        {groupByRule(visible).map((group) => {
          const card = ({ finding, decision }: (typeof group)[number]) => (
            <FindingCard key={finding.key} assessmentId={assessmentId} finding={finding} decision={decision?.data} names={result.names} onDate={result.assessmentDate} />
          );
          const [only] = group;
          return (
            <div role="listitem" key={only?.finding.ruleId}>
              {group.length === 1 && only ? card(only) : <FindingGroup findings={group.map((g) => g.finding)}>{() => group.map(card)}</FindingGroup>}
            </div>
          );
        })}
      </div>
    </>
  );
}

/** Findings of the same rule together, in the order of each rule's most severe finding. */
function groupByRule<T extends { finding: { ruleId: string } }>(items: T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.finding.ruleId);
    if (group) group.push(item);
    else groups.set(item.finding.ruleId, [item]);
  }
  return [...groups.values()];
}

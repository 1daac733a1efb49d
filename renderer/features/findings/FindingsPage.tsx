import { VerdictBanner } from '../integration';
import { useState } from 'react';
import { routeHref } from '../../routing/useHashRoute';
import { AssessmentPicker } from '../../components/AssessmentPicker';
import { IssuedNotice } from '../../components/IssuedNotice';
import { clinicTitle } from '../../components/clinicLabels';
import { ReachabilitySection, useZoneReachability } from '../topology';
import { AddAssessorFinding } from './AssessorFindingActions';
import { ChangesPage } from './ChangesPage';
import { DeviceGroup } from './DeviceGroup';
import { FindingCard } from './FindingCard';
import { FindingGroup } from './FindingGroup';
import { deviceAbout, groupFindings, isOpenStatus, type GroupBy } from './findingGroups';
import { SeverityChart } from './SeverityChart';
import { useAssessmentFindings, type AssessmentFindings } from './useAssessmentFindings';

export function FindingsPage({ path }: { path: string[] }) {
  const [assessmentId, view] = path;
  if (!assessmentId) return <AssessmentPicker area="findings" />;
  return (
    <>
      <IssuedNotice assessmentId={assessmentId} />
      {view === 'changes' ? (
        <ChangesPage key={assessmentId} assessmentId={assessmentId} />
      ) : (
        <Findings key={assessmentId} assessmentId={assessmentId} />
      )}
    </>
  );
}

type Show = 'open' | 'accepted' | 'resolved' | 'not-applicable' | 'all';

function Findings({ assessmentId }: { assessmentId: string }) {
  const result = useAssessmentFindings(assessmentId);
  if (result === undefined) return <p aria-busy="true">Decrypting…</p>;
  if (result === null) {
    return (
      <>
        <h1 tabIndex={-1}>Findings</h1>
        <p role="alert" className="error">
          This assessment does not exist on this computer.
        </p>
      </>
    );
  }
  return <FindingsView assessmentId={assessmentId} result={result} />;
}

function FindingsView({ assessmentId, result }: { assessmentId: string; result: AssessmentFindings }) {
  const [show, setShow] = useState<Show>('all');
  const [groupBy, setGroupBy] = useState<GroupBy>('kind');
  const reachability = useZoneReachability(result.context);
  const withStatus = result.findings.map((f) => ({ finding: f, status: f.status }));
  const open = withStatus.filter((x) => isOpenStatus(x.status));
  const visible = withStatus.filter(
    (x) => show === 'all' || (show === 'open' ? isOpenStatus(x.status) : x.status === show),
  );
  const entries = groupFindings(visible, groupBy, result.assetIds);
  const devices = entries.filter((e) => e.kind === 'device').length;
  const card = ({ finding }: (typeof visible)[number]) => (
    <FindingCard
      key={finding.key}
      assessmentId={assessmentId}
      finding={finding}
      names={result.names}
      regression={result.regressions.get(finding.key)}
    />
  );
  const about = (deviceId: string) => {
    const asset = result.context.assetById.get(deviceId)?.data;
    const zone = result.context.zoneOf(deviceId);
    return asset ? deviceAbout(asset, zone ? result.context.nameOf(zone) : undefined) : '';
  };
  return (
    <>
      <div className="page-header">
        <div>
          <h1 tabIndex={-1}>Findings</h1>
          <p className="lead">
            {clinicTitle(result.clinicName)} · {result.assessmentTitle || 'Untitled assessment'} · {open.length} open of{' '}
            {result.findings.length}, updated as answers and inventory change
          </p>
        </div>
        <div className="page-actions">
          <AddAssessorFinding assessmentId={assessmentId} />
          <a className="button" href={routeHref('checklist', assessmentId)}>
            Checklist
          </a>
          <a className="button" href={routeHref('inventory', assessmentId)}>
            Inventory
          </a>
          <a className="button" href={routeHref('findings', assessmentId, 'changes')}>
            Changes since the previous visit
          </a>
        </div>
      </div>
      <VerdictBanner assessmentId={assessmentId} result={result} />
      <section className="card" aria-label="Summary">
        <SeverityChart findings={open.map((x) => x.finding)} />
      </section>
      <ReachabilitySection assessmentId={assessmentId} view={reachability} />
      <div className="toolbar">
        <div className="field">
          <label htmlFor="findings-show">Show</label>
          <select id="findings-show" value={show} onChange={(e) => setShow(e.target.value as Show)}>
            <option value="all">All findings</option>
            <option value="open">Open findings</option>
            <option value="accepted">Accepted risks</option>
            <option value="resolved">Resolved</option>
            <option value="not-applicable">Not applicable</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="findings-group">Group</label>
          <select id="findings-group" value={groupBy} onChange={(e) => setGroupBy(e.target.value as GroupBy)}>
            <option value="kind">By kind of finding</option>
            <option value="device">By device</option>
          </select>
        </div>
        {groupBy === 'device' ? (
          <p className="field-hint" role="status">
            {devices === 0
              ? 'No device has two or more open findings.'
              : `${devices} ${devices === 1 ? 'device has' : 'devices have'} two or more open findings, gathered under the device; the rest stay with their kind.`}
          </p>
        ) : null}
      </div>
      {result.findings.length === 0 ? (
        <p className="muted">No findings yet: answer the checklist and record the inventory.</p>
      ) : null}
      <div role="list" aria-label="Findings">
        {entries.map((entry) => {
          const [only] = entry.items;
          let body;
          if (entry.kind === 'device') {
            body = (
              <DeviceGroup
                name={result.names.get(entry.deviceId) ?? 'Unnamed asset'}
                about={about(entry.deviceId)}
                items={entry.items}
              >
                {() => entry.items.map(card)}
              </DeviceGroup>
            );
          } else
            body =
              entry.items.length === 1 && only ? (
                card(only)
              ) : (
                <FindingGroup findings={entry.items.map((g) => g.finding)}>{() => entry.items.map(card)}</FindingGroup>
              );
          return (
            <div role="listitem" key={entry.key}>
              {body}
            </div>
          );
        })}
      </div>
    </>
  );
}

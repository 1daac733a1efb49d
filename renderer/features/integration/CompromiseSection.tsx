import { useId, useMemo, useState } from 'react';
import { ClearanceForm } from './ClearanceForm';
import { compromiseCheckOptions } from '../../../shared/checklists/sections/compromise';
import { compromiseCandidates, type CompromiseCandidate } from '../../../shared/integration/compromiseCandidates';
import { checksNotDone } from '../../../shared/integration/verdict';
import { indicatorStateText } from '../../../shared/integration/indicatorClearance';
import {
  indicatorData,
  indicatorKind,
  indicatorKindLabels,
  type Indicator,
  type IndicatorKind,
} from '../../../shared/model/indicator';
import type { WithId } from '../../../shared/model/withId';
import { useFormTask } from '../../components/useFormTask';
import { useActingAssessor } from '../../hooks/useActingAssessor';
import { routeHref } from '../../routing/useHashRoute';
import { useRepositories } from '../../session/SessionContext';
import type { AssessmentFindings } from '../findings';

interface Props {
  assessmentId: string;
  result: AssessmentFindings;
}

/**
 * The compromise check before connecting: which checks were done, the scan's remote-control
 * tools nobody has explained, and the indicators with their state. An indicator not
 * cleared blocks the verdict.
 */
export function CompromiseSection({ assessmentId, result }: Props) {
  const { context } = result;
  const missing = checksNotDone(context);
  const candidates = useMemo(
    () =>
      compromiseCandidates({
        assets: context.assets,
        vendorLinks: context.vendorLinks,
        indicators: context.indicators,
        zoneOf: context.zoneOf,
      }),
    [context],
  );
  return (
    <section className="card" aria-labelledby="compromise-title">
      <h2 id="compromise-title">Compromise check</h2>
      <p className="muted">
        Signs the clinic may already be compromised. Any indicator not cleared makes the verdict no-go until it is
        explained (cleared, with who, when and why) or handled as an incident.
      </p>
      <h3>Checks done</h3>
      <ul aria-label="Checks done">
        {compromiseCheckOptions.map((o) => (
          <li key={o.value}>
            {missing.includes(o.label) ? 'Not recorded: ' : 'Done: '}
            {o.label}
          </li>
        ))}
      </ul>
      <p>
        <a href={routeHref('checklist', assessmentId)}>Record the checks done in the checklist</a> (Compromise check).
      </p>
      <Candidates assessmentId={assessmentId} candidates={candidates} names={result.names} />
      <Indicators assessmentId={assessmentId} result={result} />
      <AddIndicator assessmentId={assessmentId} result={result} />
    </section>
  );
}

function Candidates({
  assessmentId,
  candidates,
  names,
}: {
  assessmentId: string;
  candidates: CompromiseCandidate[];
  names: ReadonlyMap<string, string>;
}) {
  if (!candidates.length) return <p className="muted">No device in the inventory listens for a remote-control tool.</p>;
  return (
    <>
      <h3>Remote-control tools found by the scan</h3>
      <table className="table" aria-label="Remote-control tools found by the scan">
        <thead>
          <tr>
            <th scope="col">Device</th>
            <th scope="col">Listening</th>
            <th scope="col">State</th>
          </tr>
        </thead>
        <tbody>
          {candidates.map((c) => (
            <tr key={c.key}>
              <th scope="row">{names.get(c.assetId) ?? 'Unnamed device'}</th>
              <td>{c.service}</td>
              <td>
                <CandidateState assessmentId={assessmentId} candidate={c} name={names.get(c.assetId) ?? 'the device'} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function CandidateState({
  assessmentId,
  candidate,
  name,
}: {
  assessmentId: string;
  candidate: CompromiseCandidate;
  name: string;
}) {
  const repos = useRepositories();
  const acting = useActingAssessor(assessmentId);
  const task = useFormTask('The indicator could not be saved; try again.');
  const [benign, setBenign] = useState(false);
  if (candidate.explainedBy.length)
    return (
      <>Explained by vendor link {candidate.explainedBy.map((l) => `${l.data.vendor} (${l.data.tool})`).join(', ')}</>
    );
  if (candidate.indicator) return <>Raised as an indicator: {indicatorStateText(candidate.indicator.data)}</>;
  const record = (patch: Partial<Indicator>) =>
    task.run(async () => {
      await repos.indicator.create(
        indicatorData.parse({
          assessmentId,
          kind: 'remote-tool',
          description: `${candidate.tool} listening on ${name} (${candidate.service}); no recorded vendor link explains it`,
          assetId: candidate.assetId,
          source: 'scan',
          sourceKey: candidate.key,
          ...patch,
        }),
      );
    });
  return (
    <div>
      <p>Not explained by any vendor link.</p>
      <button
        type="button"
        className="button button-small button-primary"
        disabled={task.busy}
        onClick={() => void record({})}
      >
        Raise as indicator
      </button>{' '}
      <button type="button" className="button button-small" onClick={() => setBenign((b) => !b)} aria-expanded={benign}>
        Known, benign…
      </button>
      {benign ? (
        <ClearanceForm
          acting={acting}
          busy={task.busy}
          submitLabel="Record as benign"
          onSubmit={(p) => void record(p)}
        />
      ) : null}
      {task.error ? (
        <p role="alert" className="error">
          {task.error}
        </p>
      ) : null}
    </div>
  );
}

function Indicators({ assessmentId, result }: Props) {
  const { indicators } = result.context;
  if (!indicators.length) return <p className="muted">No indicator recorded.</p>;
  return (
    <>
      <h3>Indicators</h3>
      <table className="table" aria-label="Indicators">
        <thead>
          <tr>
            <th scope="col">Indicator</th>
            <th scope="col">Machine</th>
            <th scope="col">What was seen</th>
            <th scope="col">State</th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((i) => (
            <tr key={i.id}>
              <th scope="row">{indicatorKindLabels[i.data.kind]}</th>
              <td>{i.data.assetId ? (result.names.get(i.data.assetId) ?? 'Unnamed device') : '—'}</td>
              <td>{i.data.description}</td>
              <td>
                <IndicatorState assessmentId={assessmentId} indicator={i} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function IndicatorState({ assessmentId, indicator }: { assessmentId: string; indicator: WithId<Indicator> }) {
  const repos = useRepositories();
  const acting = useActingAssessor(assessmentId);
  const task = useFormTask('The indicator could not be saved; try again.');
  const [clearing, setClearing] = useState(false);
  const save = (patch: Partial<Indicator>) =>
    task.run(async () => {
      await repos.indicator.update(indicator.id, patch);
      setClearing(false);
    });
  const reopen = { status: 'open' as const, clearedBy: '', clearedAt: '', clearance: '' };
  return (
    <div>
      <p>
        <strong>{indicatorStateText(indicator.data)}</strong>
      </p>
      {indicator.data.status === 'open' ? (
        <>
          <button
            type="button"
            className="button button-small"
            aria-expanded={clearing}
            onClick={() => setClearing((c) => !c)}
          >
            Clear…
          </button>{' '}
          <button
            type="button"
            className="button button-small"
            disabled={task.busy}
            onClick={() => void save({ status: 'confirmed' })}
          >
            Mark confirmed
          </button>
        </>
      ) : (
        <button type="button" className="button button-small" disabled={task.busy} onClick={() => void save(reopen)}>
          Reopen
        </button>
      )}
      {clearing ? (
        <ClearanceForm
          acting={acting}
          busy={task.busy}
          submitLabel="Clear the indicator"
          onSubmit={(p) => void save(p)}
        />
      ) : null}
      {task.error ? (
        <p role="alert" className="error">
          {task.error}
        </p>
      ) : null}
    </div>
  );
}

function AddIndicator({ assessmentId, result }: Props) {
  const repos = useRepositories();
  const id = useId();
  const task = useFormTask('The indicator could not be saved; try again.');
  const [kind, setKind] = useState<IndicatorKind>('remote-tool');
  const [assetId, setAssetId] = useState('');
  const [description, setDescription] = useState('');
  const [tried, setTried] = useState(false);
  const problem = description.trim()
    ? null
    : 'Say what was seen: the tool and port, the account, the task or the destination.';
  const assets = [...result.context.assets].sort((a, b) =>
    (result.names.get(a.id) ?? '').localeCompare(result.names.get(b.id) ?? ''),
  );
  const add = () => {
    setTried(true);
    if (problem) return;
    void task
      .run(async () => {
        await repos.indicator.create(
          indicatorData.parse({ assessmentId, kind, assetId, description: description.trim(), source: 'assessor' }),
        );
      })
      .then((ok) => {
        if (!ok) return;
        setDescription('');
        setAssetId('');
        setTried(false);
      });
  };
  return (
    <form
      className="compromise-add"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        add();
      }}
    >
      <h3 id={`${id}-title`}>Add an indicator</h3>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as IndicatorKind)}>
            {indicatorKind.options.map((k) => (
              <option key={k} value={k}>
                {indicatorKindLabels[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-asset`}>Machine</label>
          <select id={`${id}-asset`} value={assetId} onChange={(e) => setAssetId(e.target.value)}>
            <option value="">No particular machine</option>
            {assets.map((a) => (
              <option key={a.id} value={a.id}>
                {result.names.get(a.id) ?? 'Unnamed device'}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-wide">
          <label htmlFor={`${id}-what`}>What was seen</label>
          <textarea
            id={`${id}-what`}
            rows={2}
            maxLength={1000}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        </div>
      </div>
      <button type="submit" className="button button-primary" disabled={task.busy}>
        Add indicator
      </button>
      {tried && problem ? (
        <p role="alert" className="error">
          {problem}
        </p>
      ) : null}
      {task.error ? (
        <p role="alert" className="error">
          {task.error}
        </p>
      ) : null}
    </form>
  );
}

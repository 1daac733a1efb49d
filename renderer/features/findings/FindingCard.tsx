import { useCallback, useId } from 'react';
import type { Finding } from '../../../shared/model/finding';
import { effectiveStatus, effectiveStatusLabels, findingId } from '../../../shared/rules/findingStatus';
import { areaLabels, ownerLabels, type DerivedFinding } from '../../../shared/rules/ruleTypes';
import { useRepositories } from '../../session/SessionContext';
import { SaveStatus } from '../../components/SaveStatus';
import { useAutosave } from '../../components/useAutosave';

type Decision = Pick<Finding, 'status' | 'statusNote' | 'acceptedUntil' | 'owner' | 'reviewDate'>;

/** One finding: what, why this severity, on what evidence, what to do, and the assessor's decision. */
export function FindingCard({
  assessmentId,
  finding,
  decision,
  names,
  onDate,
}: {
  assessmentId: string;
  finding: DerivedFinding;
  decision: Finding | undefined;
  names: ReadonlyMap<string, string>;
  onDate: string;
}) {
  const repos = useRepositories();
  const id = useId();
  const save = useCallback(
    async (patch: Partial<Decision>) => {
      const base: Finding = {
        assessmentId,
        ruleId: finding.ruleId,
        key: finding.key,
        title: finding.title,
        severity: finding.severity,
        status: 'open',
        evidence: finding.records,
        recommendation: finding.remediation,
        statusNote: '',
        acceptedUntil: '',
        owner: '',
        reviewDate: '',
      };
      await repos.finding.upsert(
        await findingId(assessmentId, finding.key),
        { ...base, ...patch },
        { ...patch, severity: finding.severity, evidence: finding.records },
      );
    },
    [repos, assessmentId, finding],
  );
  const form = useAutosave<Decision>(decision, save);
  const status = form.value('status') ?? 'open';
  const shown = effectiveStatus({ status, acceptedUntil: form.value('acceptedUntil') ?? '' }, onDate);
  const evidence = [...new Set(finding.records)].map((r) => names.get(r)).filter(Boolean);

  return (
    <article className={`card finding finding-${finding.severity}`} aria-labelledby={`${id}-title`}>
      <header className="finding-head">
        <span className={`badge badge-${finding.severity}`}>{finding.severity}</span>
        <h3 id={`${id}-title`}>{finding.title}</h3>
        <span className="muted">{areaLabels[finding.area]}</span>
        <span className={`status-pill status-${shown}`}>{effectiveStatusLabels[shown]}</span>
      </header>
      <p>{finding.detail}</p>
      <p className="finding-why">
        <strong>Why {finding.severity}:</strong> {finding.rationale}
      </p>
      {evidence.length ? (
        <p className="finding-why">
          <strong>Evidence:</strong> {evidence.join(', ')}
        </p>
      ) : null}
      {finding.paths.length ? (
        <ul className="finding-paths" aria-label="Path evidence">
          {finding.paths.map((path) => (
            <li key={path}>
              <strong>Path:</strong> {path}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="finding-why">
        <strong>Owner:</strong> <span className="finding-owner">{ownerLabels[finding.owner]}</span>
      </p>
      <details>
        <summary>Remediation</summary>
        <p>{finding.remediation}</p>
      </details>
      <div className="finding-decision">
        <div className="field">
          <label htmlFor={`${id}-status`}>Decision</label>
          <select
            id={`${id}-status`}
            value={status}
            onChange={(e) => {
              form.set('status', e.target.value as Decision['status']);
              void form.flush();
            }}
          >
            <option value="open">Open</option>
            <option value="accepted">Accept the risk</option>
            <option value="resolved">Resolved</option>
          </select>
        </div>
        {status === 'accepted' ? (
          <div className="field">
            <label htmlFor={`${id}-until`}>Accepted until</label>
            <input
              id={`${id}-until`}
              type="date"
              value={form.value('acceptedUntil') ?? ''}
              onChange={(e) => form.set('acceptedUntil', e.target.value)}
              onBlur={() => void form.flush()}
            />
          </div>
        ) : null}
        <div className="field">
          <label htmlFor={`${id}-owner`}>Person responsible</label>
          <input
            id={`${id}-owner`}
            value={form.value('owner') ?? ''}
            onChange={(e) => form.set('owner', e.target.value)}
            onBlur={() => void form.flush()}
            autoComplete="off"
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-review`}>Review date</label>
          <input
            id={`${id}-review`}
            type="date"
            value={form.value('reviewDate') ?? ''}
            onChange={(e) => form.set('reviewDate', e.target.value)}
            onBlur={() => void form.flush()}
          />
        </div>
        {status !== 'open' ? (
          <div className="field field-wide">
            <label htmlFor={`${id}-note`}>
              {status === 'accepted' ? 'Reason for accepting' : 'How it was resolved'}
            </label>
            <textarea
              id={`${id}-note`}
              rows={2}
              value={form.value('statusNote') ?? ''}
              onChange={(e) => form.set('statusNote', e.target.value)}
              onBlur={() => void form.flush()}
              autoComplete="off"
            />
          </div>
        ) : null}
        <SaveStatus status={form.status} error={form.error} onRetry={() => void form.flush()} />
      </div>
    </article>
  );
}

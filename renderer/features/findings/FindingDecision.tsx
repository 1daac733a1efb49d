import { useCallback, useId } from 'react';
import { newFinding, type Finding } from '../../../shared/model/finding';
import type { AssessedFinding } from '../../../shared/rules/assessedFindings';
import { findingId } from '../../../shared/rules/findingStatus';
import { useRepositories } from '../../session/SessionContext';
import { SaveStatus } from '../../components/SaveStatus';
import { useAutosave } from '../../components/useAutosave';

type Decision = Pick<Finding, 'status' | 'statusNote' | 'acceptedUntil' | 'owner' | 'reviewDate'>;

/** The id a finding's record is stored under: its own for the assessor's finding, else derived from the key. */
export const recordIdOf = (assessmentId: string, finding: AssessedFinding): Promise<string> =>
  finding.record ? Promise.resolve(finding.record.id) : findingId(assessmentId, finding.key);

/** What a new record about a rule's finding starts as. */
export const ruleFindingRecord = (assessmentId: string, finding: AssessedFinding): Finding =>
  newFinding({
    assessmentId,
    ruleId: finding.ruleId,
    key: finding.key,
    title: finding.title,
    severity: finding.ruleSeverity,
    status: 'open',
    evidence: finding.records,
    recommendation: finding.remediation,
    statusNote: '',
  });

/** The assessor's decision on a finding: open, risk accepted, or resolved, with who, why and until when. */
export function FindingDecision({ assessmentId, finding }: { assessmentId: string; finding: AssessedFinding }) {
  const repos = useRepositories();
  const id = useId();
  const save = useCallback(
    async (patch: Partial<Decision>) => {
      const recordId = await recordIdOf(assessmentId, finding);
      const refresh = finding.source === 'rule' ? { severity: finding.ruleSeverity, evidence: finding.records } : {};
      await repos.finding.upsert(
        recordId,
        { ...ruleFindingRecord(assessmentId, finding), ...patch },
        { ...patch, ...refresh },
      );
    },
    [repos, assessmentId, finding],
  );
  const form = useAutosave<Decision>(finding.record?.data, save);
  const status = form.value('status') ?? 'open';

  return (
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
          <label htmlFor={`${id}-note`}>{status === 'accepted' ? 'Reason for accepting' : 'How it was resolved'}</label>
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
  );
}

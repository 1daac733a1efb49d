import { useCallback, useId, useState } from 'react';
import { newFinding, ownerLabels, type Finding } from '../../../shared/model/finding';
import type { AssessedFinding } from '../../../shared/rules/assessedFindings';
import {
  acceptanceExpiry,
  acceptanceProblem,
  lapseReason,
  latestAcceptance,
  resolutionProblem,
} from '../../../shared/rules/decisionRules';
import { findingId } from '../../../shared/rules/findingStatus';
import { todayIso } from '../../clock/today';
import { useActingAssessor } from '../../hooks/useActingAssessor';
import { useRepositories } from '../../session/SessionContext';
import { AcceptFields, ResolveFields, type DecisionDraft } from './DecisionFields';

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

type Mode = 'open' | 'accepted' | 'resolved';

const draftOf = (d: Finding | undefined): DecisionDraft => ({
  owner: d?.owner ?? '',
  statusNote: d?.statusNote ?? '',
  acceptedUntil: d?.acceptedUntil ?? '',
  ownerType: d?.ownerType ?? '',
  retestCheck: d?.retestCheck ?? '',
  retestDate: d?.retestDate ?? '',
  retestBy: d?.retestBy ?? '',
});

const recorded = (d: Finding) => (d.decidedBy ? ` Recorded by ${d.decidedBy} on ${d.decidedAt}.` : '');

/** The decision in force, in words. */
function decisionText(d: Finding): string {
  if (d.status === 'accepted')
    return `Risk accepted until ${acceptanceExpiry(d)}, ${d.owner} responsible: ${d.statusNote}${recorded(d)}`;
  const fixedBy = d.ownerType ? ownerLabels[d.ownerType] : 'Not recorded';
  return `Fixed by: ${fixedBy}. Retest: ${d.retestCheck}, on ${d.retestDate} by ${d.retestBy}.${recorded(d)}`;
}

/**
 * The assessor's decision on a finding. Its status changes only when the decision is
 * whole: an acceptance with the person responsible, the reason and a date at most 12
 * months ahead; a resolution with who fixed it and the retest. What is missing is said.
 */
export function FindingDecision({ assessmentId, finding }: { assessmentId: string; finding: AssessedFinding }) {
  const repos = useRepositories();
  const id = useId();
  const acting = useActingAssessor(assessmentId);
  const stored = finding.record?.data;
  const inForce = finding.status === 'accepted' || finding.status === 'resolved';
  const [mode, setMode] = useState<Mode>(finding.status === 'acceptance-expired' ? 'accepted' : 'open');
  const [draft, setDraft] = useState<DecisionDraft>(() => draftOf(stored));
  const [name, setName] = useState('');
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState('');
  const today = todayIso();
  const decidedBy = acting || name.trim();

  const save = useCallback(
    async (patch: Partial<Finding>) => {
      setFailure('');
      try {
        const recordId = await recordIdOf(assessmentId, finding);
        const refresh = finding.source === 'rule' ? { severity: finding.ruleSeverity, evidence: finding.records } : {};
        await repos.finding.upsert(
          recordId,
          { ...ruleFindingRecord(assessmentId, finding), ...patch },
          { ...patch, ...refresh },
        );
        setTried(false);
        setMode('open');
      } catch {
        setFailure('The decision could not be saved; try again.');
      }
    },
    [repos, assessmentId, finding],
  );

  if (inForce && stored)
    return (
      <div className="finding-decision">
        <p className="field-wide decision-in-force">{decisionText(stored)}</p>
        <div className="field">
          <button type="button" className="button button-small" onClick={() => void save({ status: 'open' })}>
            Reopen
          </button>
        </div>
        {failure ? (
          <p role="alert" className="error field-wide">
            {failure}
          </p>
        ) : null}
      </div>
    );

  const problem =
    mode === 'accepted'
      ? acceptanceProblem(draft, today, decidedBy)
      : mode === 'resolved'
        ? resolutionProblem(draft, today, decidedBy)
        : null;
  const decide = () => {
    setTried(true);
    if (problem) return;
    const who = { decidedBy, decidedAt: today };
    if (mode === 'accepted')
      void save({
        status: 'accepted',
        owner: draft.owner,
        statusNote: draft.statusNote,
        acceptedUntil: draft.acceptedUntil,
        ...who,
      });
    else
      void save({
        status: 'resolved',
        ownerType: draft.ownerType,
        retestCheck: draft.retestCheck,
        retestDate: draft.retestDate,
        retestBy: draft.retestBy,
        ...who,
      });
  };
  const edit = <K extends keyof DecisionDraft>(field: K, value: DecisionDraft[K]) =>
    setDraft((d) => ({ ...d, [field]: value }));

  return (
    <div className="finding-decision">
      {finding.status === 'acceptance-expired' && stored ? (
        <p className="warning field-wide">{lapseReason(stored)}</p>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-mode`}>Decision</label>
        <select id={`${id}-mode`} value={mode} onChange={(e) => setMode(e.target.value as Mode)}>
          <option value="open">Keep open</option>
          <option value="accepted">Accept the risk</option>
          <option value="resolved">Resolve</option>
        </select>
      </div>
      {mode === 'accepted' ? (
        <AcceptFields draft={draft} edit={edit} today={today} latest={latestAcceptance(today)} />
      ) : null}
      {mode === 'resolved' ? <ResolveFields draft={draft} edit={edit} today={today} /> : null}
      {mode !== 'open' && !acting ? (
        <div className="field">
          <label htmlFor={`${id}-name`}>Your name</label>
          <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" />
        </div>
      ) : null}
      {mode !== 'open' ? (
        <div className="field-wide decision-actions">
          <button type="button" className="button button-small button-primary" onClick={decide}>
            {mode === 'accepted' ? 'Accept the risk' : 'Mark resolved'}
          </button>
          {problem ? (
            <p className={tried ? 'error' : 'field-hint'} role={tried ? 'alert' : undefined}>
              {problem}
            </p>
          ) : null}
        </div>
      ) : null}
      {failure ? (
        <p role="alert" className="error field-wide">
          {failure}
        </p>
      ) : null}
    </div>
  );
}

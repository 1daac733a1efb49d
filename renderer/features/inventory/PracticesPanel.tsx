/** The HICP practices tab: for each of the ten, whether it is in place and since when. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import {
  hicpPracticeLabels,
  hicpPractices,
  inPlaceTwelveMonths,
  practiceState,
  practiceStateLabels,
  type HicpPractice,
  type Practice,
  type PracticeState,
} from '../../../shared/model/practice';
import { plainError } from '../../../shared/model/plainIssues';
import { PRACTICES_EVIDENCE, TWELVE_MONTHS_HEAD, twelveMonthsText } from '../../../shared/report/coverageTables';
import { findingsAgainstPractices } from '../../../shared/report/reportCoverage';
import { needsAction } from '../../../shared/rules/findingStatus';
import { todayIso } from '../../clock/today';
import { formatDate } from '../../components/clinicLabels';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useRepositories } from '../../session/SessionContext';
import { useAssessmentFindings } from '../findings';
import { savePractice, type PracticeEdit } from './practiceEvidence';

export function PracticesPanel({ assessmentId, assessmentDate }: { assessmentId: string; assessmentDate: string }) {
  const repos = useRepositories();
  const records = useLiveQuery(() => repos.practice.list(assessmentId), [repos, assessmentId]);
  const assessed = useAssessmentFindings(assessmentId);
  const against = useMemo(
    () => findingsAgainstPractices(assessed ? assessed.findings.filter((f) => needsAction(f.status)) : []),
    [assessed],
  );
  const [error, setError] = useState<string>();
  if (!records || assessed === undefined) return <p aria-busy="true">Decrypting…</p>;
  const byPractice = new Map(records.map((r) => [r.data.practice, r.data] as const));
  const twelve = hicpPractices.filter((p) => inPlaceTwelveMonths(byPractice.get(p), assessmentDate)).length;

  async function save(practice: HicpPractice, edit: PracticeEdit) {
    setError(undefined);
    try {
      const problem = await savePractice(repos, assessmentId, practice, edit, todayIso());
      if (problem) setError(`${hicpPracticeLabels[practice]}: ${problem}`);
    } catch (e) {
      setError(plainError(e, 'The practice could not be saved.'));
    }
  }

  return (
    <section aria-labelledby="practices-title">
      <h2 id="practices-title">HICP practices</h2>
      <p className="muted">
        The ten practices of HHS 405(d) &ldquo;Health Industry Cybersecurity Practices&rdquo; (2023). Recognised
        security practices in place for the 12 months before an incident are a mitigating factor in HIPAA enforcement
        (Public Law 116-321), so record since when each has been in place, and what shows it.
      </p>
      <p role="status">
        In place 12 months or more on {formatDate(assessmentDate)}, as stated by the clinic: {twelve} of 10.
      </p>
      <p className="muted">{PRACTICES_EVIDENCE}</p>
      <ErrorMessage message={error} />
      <table className="table practices-table">
        <thead>
          <tr>
            <th scope="col">Practice</th>
            <th scope="col">State</th>
            <th scope="col">In place since</th>
            <th scope="col">{TWELVE_MONTHS_HEAD}</th>
            <th scope="col">What shows it</th>
          </tr>
        </thead>
        <tbody>
          {hicpPractices.map((p) => (
            <PracticeRow
              key={p}
              practice={p}
              record={byPractice.get(p)}
              assessmentDate={assessmentDate}
              openSerious={against[p].serious}
              onSave={(edit) => void save(p, edit)}
            />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function PracticeRow({
  practice,
  record,
  assessmentDate,
  openSerious,
  onSave,
}: {
  practice: HicpPractice;
  record: Practice | undefined;
  assessmentDate: string;
  /** Open High or Critical findings against the practice. */
  openSerious: number;
  onSave(edit: PracticeEdit): void;
}) {
  const [since, setSince] = useState(record?.since ?? '');
  const [notes, setNotes] = useState(record?.notes ?? '');
  const label = `${practice}. ${hicpPracticeLabels[practice]}`;
  const id = `practice-${practice}`;
  const twelve = inPlaceTwelveMonths(record, assessmentDate);
  return (
    <tr>
      <th scope="row" id={`${id}-name`}>
        {label}
      </th>
      <td>
        <label htmlFor={`${id}-state`} className="visually-hidden">
          State of {label}
        </label>
        <select
          id={`${id}-state`}
          value={record?.state ?? 'unknown'}
          onChange={(e) => onSave({ state: e.target.value as PracticeState })}
        >
          {practiceState.options.map((s) => (
            <option key={s} value={s}>
              {practiceStateLabels[s]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <label htmlFor={`${id}-since`} className="visually-hidden">
          {label} in place since
        </label>
        <input
          id={`${id}-since`}
          type="date"
          value={since}
          max={todayIso()}
          onChange={(e) => setSince(e.target.value)}
          onBlur={() => since !== (record?.since ?? '') && onSave({ since })}
        />
      </td>
      <td>
        {twelve ? (
          <>
            <span className="badge badge-supported">Yes</span>
            {openSerious > 0 && (
              <span className="practice-caveat">{twelveMonthsText(twelve, openSerious).replace(/^Yes\s*/, '')}</span>
            )}
          </>
        ) : (
          'No'
        )}
      </td>
      <td>
        <label htmlFor={`${id}-notes`} className="visually-hidden">
          What shows {label}
        </label>
        <textarea
          id={`${id}-notes`}
          rows={2}
          maxLength={2000}
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
          onBlur={() => notes !== (record?.notes ?? '') && onSave({ notes })}
        />
      </td>
    </tr>
  );
}

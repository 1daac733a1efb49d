import { useId, useMemo } from 'react';
import { questionsById } from '../../../shared/checklists/checklist';
import { recordNames, type AssessmentRecords } from '../../../shared/model/assessmentRecords';
import { useAssessmentRecords } from '../../hooks/useAssessmentRecords';

type Kind = 'assets' | 'networks' | 'vendorLinks' | 'links' | 'applications';
const kinds: readonly [Kind, string][] = [
  ['assets', 'Assets'],
  ['networks', 'Networks'],
  ['vendorLinks', 'Vendor links'],
  ['links', 'Internet links'],
  ['applications', 'Applications'],
];

const chosen = (select: HTMLSelectElement) => [...select.selectedOptions].map((o) => o.value);

function choicesOf(records: AssessmentRecords) {
  const names = recordNames(records);
  const byName = (ids: string[]) =>
    ids.map((id) => ({ id, name: names.get(id) ?? id })).sort((a, b) => a.name.localeCompare(b.name));
  return {
    groups: kinds.map(([kind, label]) => ({ label, items: byName(records[kind].map((r) => r.id)) })),
    answers: records.answers
      .map((a) => ({ id: a.data.questionId, name: questionsById.get(a.data.questionId)?.text ?? a.data.questionId }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/** The evidence of the assessor's finding: records of this assessment, and checklist answers by question. */
export function EvidencePicker({
  assessmentId,
  records,
  questions,
  onRecords,
  onQuestions,
}: {
  assessmentId: string;
  records: string[];
  questions: string[];
  onRecords: (ids: string[]) => void;
  onQuestions: (ids: string[]) => void;
}) {
  const id = useId();
  const loaded = useAssessmentRecords(assessmentId);
  const choices = useMemo(() => (loaded ? choicesOf(loaded) : null), [loaded]);
  if (!choices) return <p aria-busy="true">Decrypting…</p>;
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-records`}>Evidence: records</label>
        <select
          id={`${id}-records`}
          multiple
          size={6}
          value={records}
          onChange={(e) => onRecords(chosen(e.currentTarget))}
          aria-describedby={`${id}-hint`}
        >
          {choices.groups
            .filter((g) => g.items.length)
            .map((g) => (
              <optgroup key={g.label} label={g.label}>
                {g.items.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                  </option>
                ))}
              </optgroup>
            ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-answers`}>Evidence: checklist answers</label>
        <select
          id={`${id}-answers`}
          multiple
          size={6}
          value={questions}
          onChange={(e) => onQuestions(chosen(e.currentTarget))}
          aria-describedby={`${id}-hint`}
        >
          {choices.answers.map((q) => (
            <option key={q.id} value={q.id}>
              {q.name}
            </option>
          ))}
        </select>
      </div>
      <p id={`${id}-hint`} className="field-hint field-wide">
        Hold Ctrl (or ⌘) to pick more than one.
      </p>
    </>
  );
}

import { useCallback, useEffect, useId, useMemo, useRef } from 'react';
import { answerId } from '../../../shared/checklists/answerId';
import { AnswerEvidence } from '../evidence';
import { answerProblem } from '../../../shared/checklists/checklist';
import type { AnswerValue, Option, Question } from '../../../shared/checklists/question';
import type { Answer } from '../../../shared/model/answer';
import { useRepositories } from '../../session/SessionContext';
import { SaveStatus } from '../../components/SaveStatus';
import { useAutosave } from '../../components/useAutosave';
import { AnswerInput } from './AnswerInput';
import { ContradictionNote, InventoryAnswer } from './InventoryAnswer';
import type { InventoryAnswers } from './useInventoryAnswers';
import { sameValue, type ReportShown } from './useShownAnswers';

type Editable = Pick<Answer, 'value' | 'note'>;

/**
 * One question: its text, help, control and note, saved as the assessor answers. A
 * question the inventory settles shows that answer instead of its control, and a stored
 * answer the records contradict is flagged.
 */
export function QuestionField(props: {
  assessmentId: string;
  question: Question;
  stored: Answer | undefined;
  networks: readonly Option[];
  assets: readonly (Option & { kind: string })[];
  inventory: InventoryAnswers;
  /** Told what the control shows, so follow-ups and progress follow it before the save returns. */
  onShown: ReportShown;
}) {
  const { assessmentId, question, stored, inventory, onShown } = props;
  const settled = inventory.byQuestion.get(question.id);
  const contradiction = inventory.contradictions.get(question.id);
  const repos = useRepositories();
  const id = useId();
  const save = useCallback(
    async (patch: Partial<Editable>) => {
      const problem = patch.value === undefined ? null : answerProblem(question, patch.value);
      if (problem) throw new Error(problem);
      // Only the edited fields: a note saved right after an answer must not undo the answer.
      await repos.answer.upsert(
        await answerId(assessmentId, question.id),
        {
          assessmentId,
          questionId: question.id,
          value: patch.value === undefined ? '' : patch.value,
          note: patch.note ?? '',
        },
        patch,
      );
    },
    [repos, assessmentId, question],
  );
  // The same object until the stored answer changes: the autosave recognises "just saved,
  // not yet back from the database" by identity, and shows the new value meanwhile
  // instead of flicking back to the old one.
  const storedEditable = useMemo(() => (stored ? { value: stored.value, note: stored.note } : undefined), [stored]);
  const form = useAutosave<Editable>(storedEditable, save);
  const shown = form.value('value');
  useEffect(() => {
    onShown(question.id, sameValue(shown, stored?.value) ? undefined : shown, stored);
  }, [onShown, question.id, shown, stored]);
  // An answer whose save failed is not shown as given once its question leaves the screen.
  const failed = useRef(false);
  useEffect(() => {
    failed.current = form.status === 'error';
  }, [form.status]);
  useEffect(() => () => void (failed.current && onShown(question.id, undefined, undefined)), [onShown, question.id]);

  return (
    <div className="question" data-question={question.id}>
      <div className="question-head">
        <p id={`${id}-text`} className="question-text">
          {question.text}
          {question.required ? (
            <span className="required-mark" aria-label="required">
              {' '}
              *
            </span>
          ) : null}
        </p>
        <SaveStatus status={form.status} error={form.error} onRetry={() => void form.flush()} />
      </div>
      {contradiction ? (
        <ContradictionNote question={question} contradiction={contradiction} nameOf={inventory.nameOf} />
      ) : null}
      {settled ? (
        <InventoryAnswer assessmentId={assessmentId} question={question} settled={settled} nameOf={inventory.nameOf} />
      ) : (
        <AnswerInput
          question={question}
          value={form.value('value')}
          networks={props.networks}
          assets={props.assets}
          labelId={`${id}-text`}
          onChange={(value: AnswerValue, commit: boolean) => {
            form.set('value', value);
            if (commit) void form.flush();
          }}
          onBlur={() => void form.flush()}
        />
      )}
      <details className="question-help">
        <summary>Why it matters and how to check</summary>
        <p>{question.help}</p>
      </details>
      <details className="question-note" open={!!form.value('note')}>
        <summary>Note</summary>
        <label htmlFor={`${id}-note`} className="visually-hidden">
          Note on: {question.text}
        </label>
        <textarea
          id={`${id}-note`}
          rows={2}
          value={form.value('note') ?? ''}
          onChange={(e) => form.set('note', e.target.value)}
          onBlur={() => void form.flush()}
          autoComplete="off"
          spellCheck={false}
        />
      </details>
      <AnswerEvidence assessmentId={assessmentId} questionId={question.id} />
    </div>
  );
}

import { useId } from 'react';
import { clinicTitle, placeAndVisit } from '../../components/clinicLabels';
import type { TwinAnswer, TwinQuestion } from './clinicTwinQuestions';

const reasonWords = {
  name: 'same name',
  address: 'same address',
  'name and address': 'same name and address',
  'chosen before': 'you said so at an earlier import',
} as const;

/** One look-alike clinic of the file: the same as a clinic here, or another clinic to keep. Nothing is chosen for you. */
function TwinQuestionField({
  question,
  answer,
  disabled,
  onAnswer,
}: {
  question: TwinQuestion;
  answer: TwinAnswer | undefined;
  disabled: boolean;
  onAnswer: (answer: TwinAnswer) => void;
}) {
  const name = useId();
  const { incoming } = question;
  return (
    <fieldset className="field">
      <legend>
        “{clinicTitle(incoming.name)}” in the file ({placeAndVisit(incoming.city, incoming.lastVisit)}) looks like a
        clinic on this computer. Is it the same clinic?
      </legend>
      <div className="choice-column">
        {question.candidates.map((c) => (
          <label key={c.id} className="choice">
            <input
              type="radio"
              name={name}
              checked={answer === c.id}
              disabled={disabled}
              onChange={() => onAnswer(c.id)}
            />
            <span>
              Same clinic as {clinicTitle(c.name)} ({placeAndVisit(c.city, c.lastVisit)})
              <span className="muted"> · {reasonWords[c.reason]}</span>
            </span>
          </label>
        ))}
        <label className="choice">
          <input
            type="radio"
            name={name}
            checked={answer === 'keep-both'}
            disabled={disabled}
            onChange={() => onAnswer('keep-both')}
          />
          <span>Keep both: another clinic</span>
        </label>
      </div>
      {answer && answer !== 'keep-both' && question.issued.length ? (
        <p className="form-warning">
          Issued in the file: {question.issued.join(', ')}. Taken as the clinic here, it moves under that clinic and
          then reads as changed since it was issued (the clinic it belongs to is part of what was signed); start a new
          revision to issue it again.
        </p>
      ) : null}
    </fieldset>
  );
}

/** The look-alike clinics of a file to import, each to answer before the import. */
export function ClinicTwinQuestions({
  twins,
  disabled,
  onAnswer,
}: {
  twins: { questions: TwinQuestion[]; answers: Record<string, TwinAnswer> };
  disabled: boolean;
  onAnswer: (incomingId: string, answer: TwinAnswer) => void;
}) {
  return (
    <div className="subsection" aria-label="Look-alike clinics">
      <h4>Clinics named alike</h4>
      <p>
        Taken as the same clinic, the file&apos;s assessments go under the clinic here and its details merge with it;
        kept apart, it is added as another clinic.
      </p>
      {twins.questions.map((q) => (
        <TwinQuestionField
          key={q.incoming.id}
          question={q}
          answer={twins.answers[q.incoming.id]}
          disabled={disabled}
          onAnswer={(answer) => onAnswer(q.incoming.id, answer)}
        />
      ))}
    </div>
  );
}

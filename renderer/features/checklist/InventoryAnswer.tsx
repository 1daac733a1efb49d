import { answerWords } from '../../../shared/checklists/answerWords';
import type { Contradiction } from '../../../shared/checklists/answerContradictions';
import type { QuestionId } from '../../../shared/checklists/questionIds';
import type { Question } from '../../../shared/checklists/question';
import type { SettledAnswer } from '../../../shared/checklists/topologyAnswers';
import { routeHref } from '../../routing/useHashRoute';

/** The inventory tab that holds the records each settled question rests on. */
const recordsTab: Partial<Record<QuestionId, string>> = {
  'network.medical-device-networks': 'assets',
  'network.flat': 'networks',
  'network.guest-wifi-isolated': 'flows',
  'network.parent-reachable': 'flows',
  'connectivity.vpn-to-parent': 'flows',
  'vendor.any': 'vendor-access',
  'vendor.shared-accounts': 'vendor-access',
  'wireless.devices-on-wifi': 'assets',
};

/** A question the inventory answers: the answer and why, with a link to the records, instead of asking again. */
export function InventoryAnswer(props: {
  assessmentId: string;
  question: Question;
  settled: SettledAnswer;
  nameOf: (id: string) => string;
}) {
  const { assessmentId, question, settled, nameOf } = props;
  return (
    <p>
      <strong>From the inventory: {answerWords(question, settled.value, nameOf)}</strong>{' '}
      <span className="muted">— {settled.explanation}</span>{' '}
      <a
        className="button button-small"
        href={routeHref('inventory', assessmentId, recordsTab[settled.questionId] ?? 'assets')}
      >
        See the records in the inventory
      </a>
    </p>
  );
}

/** A stored answer the records contradict, flagged beside the question. */
export function ContradictionNote(props: {
  question: Question;
  contradiction: Contradiction;
  nameOf: (id: string) => string;
}) {
  const { question, contradiction, nameOf } = props;
  return (
    <p className="warning" role="note">
      Your answer says {answerWords(question, contradiction.stored, nameOf)}, the inventory shows{' '}
      {answerWords(question, contradiction.fromRecords, nameOf)}.
    </p>
  );
}

import { AssessmentPicker } from '../../components/AssessmentPicker';
import { ChecklistView } from './ChecklistView';

/** `#/checklist` picks an assessment; `#/checklist/<assessment>/<section>` walks it. */
export function ChecklistPage({ path }: { path: string[] }) {
  const [assessmentId, sectionId] = path;
  return assessmentId ? (
    <ChecklistView key={assessmentId} assessmentId={assessmentId} sectionId={sectionId} />
  ) : (
    <AssessmentPicker area="checklist" />
  );
}

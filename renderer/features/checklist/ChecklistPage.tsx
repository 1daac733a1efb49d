import { AssessmentPicker } from '../../components/AssessmentPicker';
import { IssuedNotice } from '../../components/IssuedNotice';
import { ChecklistView } from './ChecklistView';

/** `#/checklist` picks an assessment; `#/checklist/<assessment>/<section>` walks it. */
export function ChecklistPage({ path }: { path: string[] }) {
  const [assessmentId, sectionId] = path;
  return assessmentId ? (
    <>
      <IssuedNotice assessmentId={assessmentId} />
      <ChecklistView key={assessmentId} assessmentId={assessmentId} sectionId={sectionId} />
    </>
  ) : (
    <AssessmentPicker area="checklist" />
  );
}

import { AssessmentPicker } from '../../components/AssessmentPicker';
import { ClinicReportPage } from './ClinicReportPage';

export function ReportsPage({ path }: { path: string[] }) {
  const [assessmentId] = path;
  return assessmentId ? <ClinicReportPage key={assessmentId} assessmentId={assessmentId} /> : <AssessmentPicker area="reports" />;
}

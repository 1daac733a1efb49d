import { AssessmentPicker } from '../../components/AssessmentPicker';
import { ClinicReportPage } from './ClinicReportPage';
import { PortfolioSection } from './PortfolioSection';

export function ReportsPage({ path }: { path: string[] }) {
  const [assessmentId] = path;
  if (assessmentId) return <ClinicReportPage key={assessmentId} assessmentId={assessmentId} />;
  return (
    <>
      <AssessmentPicker area="reports" />
      <PortfolioSection />
    </>
  );
}

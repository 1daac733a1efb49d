import { AssessmentPicker } from '../../components/AssessmentPicker';
import { IssuedNotice } from '../../components/IssuedNotice';
import { PageHeader } from '../../components/PageHeader';
import { clinicTitle } from '../../components/clinicLabels';
import { findArea } from '../../routing/areas';
import { routeHref } from '../../routing/useHashRoute';
import { packLabel } from '../../../shared/reference/contentPack';
import { useAssessmentFindings, type AssessmentFindings } from '../findings';
import { TargetDesignSection } from './TargetDesignSection';
import { VerdictSection } from './VerdictSection';
import { CompromiseSection } from './CompromiseSection';
import { AddressOverlapSection } from './AddressOverlapSection';
import { AgentCoverageSection } from './AgentCoverageSection';

/**
 * May this clinic be connected to the parent's network, and on what conditions: one
 * assessment's verdict and what it rests on. Each section reads the same live findings.
 */
export function IntegrationPage({ path }: { path: string[] }) {
  const [assessmentId] = path;
  if (!assessmentId) return <AssessmentPicker area="integration" />;
  return (
    <>
      <IssuedNotice assessmentId={assessmentId} />
      <Integration key={assessmentId} assessmentId={assessmentId} />
    </>
  );
}

function Integration({ assessmentId }: { assessmentId: string }) {
  const result = useAssessmentFindings(assessmentId);
  if (result === undefined) return <p aria-busy="true">Decrypting…</p>;
  if (result === null) {
    return (
      <>
        <h1 tabIndex={-1}>Integration</h1>
        <p role="alert" className="error">
          This assessment does not exist on this computer.
        </p>
      </>
    );
  }
  return <IntegrationView assessmentId={assessmentId} result={result} />;
}

function IntegrationView({ assessmentId, result }: { assessmentId: string; result: AssessmentFindings }) {
  const area = findArea('integration');
  return (
    <>
      <PageHeader
        title={`Integration — ${clinicTitle(result.clinicName)}`}
        summary={`${result.assessmentTitle || 'Assessment'} of ${result.assessmentDate}. ${area?.summary ?? ''}`}
      />
      <p className="muted">
        Judged under: {packLabel(result.context.pack)}. Every finding is in{' '}
        <a href={routeHref('findings', assessmentId)}>Findings</a>.
      </p>
      {/* The sections, in the order the integration team reads them. */}
      <VerdictSection assessmentId={assessmentId} result={result} />
      <CompromiseSection assessmentId={assessmentId} result={result} />
      <AddressOverlapSection context={result.context} assessmentId={assessmentId} />
      <AgentCoverageSection context={result.context} />
      <TargetDesignSection assessmentId={assessmentId} result={result} />
    </>
  );
}

import { useId } from 'react';
import { questionsById } from '../../../shared/checklists/checklist';
import { areaLabels, ownerLabels } from '../../../shared/model/finding';
import type { AssessedFinding } from '../../../shared/rules/assessedFindings';
import { effectiveStatusLabels } from '../../../shared/rules/findingStatus';
import { AssessorBadge, AssessorFindingControls } from './AssessorFindingActions';
import { FindingDecision } from './FindingDecision';
import { regressionSentence, type Regression } from '../../../shared/compare/regressions';
import { FindingOverride, RuleRating } from './FindingOverride';
import { FindingEvidence } from '../evidence';
import { FindingReferences } from './FindingReferences';

/** One finding: what, why this severity, on what evidence, what to do, and the assessor's decision. */
export function FindingCard({
  assessmentId,
  finding,
  names,
  regression,
}: {
  assessmentId: string;
  finding: AssessedFinding;
  names: ReadonlyMap<string, string>;
  /** Resolved on the previous visit and found again. */
  regression?: Regression | undefined;
}) {
  const id = useId();
  const evidence = [
    ...[...new Set(finding.records)].map((r) => names.get(r)).filter(Boolean),
    ...finding.questions.map((q) => `answer to “${questionsById.get(q)?.text ?? q}”`),
  ];

  return (
    <article className={`card finding finding-${finding.severity}`} aria-labelledby={`${id}-title`}>
      <header className="finding-head">
        <span className={`badge badge-${finding.severity}`}>{finding.severity}</span>
        {finding.source === 'assessor' ? <AssessorBadge /> : null}
        <RuleRating finding={finding} />
        <h3 id={`${id}-title`}>{finding.title}</h3>
        <span className="muted">{areaLabels[finding.area]}</span>
        <span className={`status-pill status-${finding.status}`}>{effectiveStatusLabels[finding.status]}</span>
      </header>
      {regression ? <p className="warning finding-regression">{regressionSentence(regression)}</p> : null}
      <p>{finding.detail}</p>
      <p className="finding-why">
        <strong>Why {finding.ruleSeverity}:</strong> {finding.rationale}
      </p>
      {evidence.length ? (
        <p className="finding-why">
          <strong>Evidence:</strong> {evidence.join(', ')}
        </p>
      ) : null}
      {finding.paths.length ? (
        <ul className="finding-paths" aria-label="Path evidence">
          {finding.paths.map((path) => (
            <li key={path}>
              <strong>Path:</strong> {path}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="finding-why">
        <strong>Owner:</strong> <span className="finding-owner">{ownerLabels[finding.owner]}</span>
      </p>
      <details>
        <summary>Remediation</summary>
        <p>{finding.remediation}</p>
      </details>
      <FindingReferences finding={finding} />
      <AssessorFindingControls assessmentId={assessmentId} finding={finding} />
      <FindingOverride assessmentId={assessmentId} finding={finding} />
      <FindingDecision assessmentId={assessmentId} finding={finding} />
      <FindingEvidence assessmentId={assessmentId} findingKey={finding.key} />
    </article>
  );
}

import { useId } from 'react';
import { areaLabels, ownerLabels } from '../../../shared/model/finding';
import type { AssessedFinding } from '../../../shared/rules/assessedFindings';
import { effectiveStatusLabels } from '../../../shared/rules/findingStatus';
import { FindingDecision } from './FindingDecision';
import { FindingOverride, RuleRating } from './FindingOverride';

/** One finding: what, why this severity, on what evidence, what to do, and the assessor's decision. */
export function FindingCard({
  assessmentId,
  finding,
  names,
}: {
  assessmentId: string;
  finding: AssessedFinding;
  names: ReadonlyMap<string, string>;
}) {
  const id = useId();
  const evidence = [...new Set(finding.records)].map((r) => names.get(r)).filter(Boolean);

  return (
    <article className={`card finding finding-${finding.severity}`} aria-labelledby={`${id}-title`}>
      <header className="finding-head">
        <span className={`badge badge-${finding.severity}`}>{finding.severity}</span>
        <RuleRating finding={finding} />
        <h3 id={`${id}-title`}>{finding.title}</h3>
        <span className="muted">{areaLabels[finding.area]}</span>
        <span className={`status-pill status-${finding.status}`}>{effectiveStatusLabels[finding.status]}</span>
      </header>
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
      <FindingOverride assessmentId={assessmentId} finding={finding} />
      <FindingDecision assessmentId={assessmentId} finding={finding} />
    </article>
  );
}

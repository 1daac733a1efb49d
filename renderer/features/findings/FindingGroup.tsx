import { useState, type ReactNode } from 'react';
import type { DerivedFinding } from '../../../shared/rules/ruleTypes';
import { areaLabels, ownerLabels } from '../../../shared/model/finding';

/**
 * Several findings of one rule (say, forty PCs on an unsupported OS): one summary,
 * the individual findings rendered only when opened, so big clinics stay fast.
 */
export function FindingGroup({ findings, children }: { findings: DerivedFinding[]; children: () => ReactNode }) {
  const [open, setOpen] = useState(false);
  const first = findings[0];
  if (!first) return null;
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
  return (
    <section
      className={`card finding finding-${first.severity}`}
      aria-label={`${first.title}: ${findings.length} findings`}
    >
      <header className="finding-head">
        {[...counts].map(([severity, n]) => (
          <span key={severity} className={`badge badge-${severity}`}>
            {n} {severity}
          </span>
        ))}
        <h3>{first.title}</h3>
        <span className="muted">{areaLabels[first.area]}</span>
      </header>
      <p>{findings.length} findings of this kind, each with its own evidence and decision.</p>
      <p className="finding-why">
        <strong>Owner:</strong> <span className="finding-owner">{ownerLabels[first.owner]}</span>
      </p>
      <details>
        <summary>Remediation</summary>
        <p>{first.remediation}</p>
      </details>
      <button type="button" className="button button-small" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Hide each finding' : `Show each finding (${findings.length})`}
      </button>
      {open ? <div className="finding-group-items">{children()}</div> : null}
    </section>
  );
}

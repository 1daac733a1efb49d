import { useState, type ReactNode } from 'react';
import type { EffectiveStatus } from '../../../shared/rules/findingStatus';
import type { DerivedFinding } from '../../../shared/rules/ruleTypes';
import { ownerLabels } from '../../../shared/model/finding';
import { effectiveStatusLabels } from '../../../shared/rules/findingStatus';

/**
 * A device with several open findings (unsupported OS, no patches from its maker, a
 * default password): one heading with the device's name, its findings listed at a
 * glance, and each finding's card (evidence, decision) when opened.
 */
export function DeviceGroup({
  name,
  about,
  items,
  children,
}: {
  name: string;
  about: string;
  items: { finding: DerivedFinding; status: EffectiveStatus }[];
  children: () => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const first = items[0];
  if (!first) return null;
  const counts = new Map<string, number>();
  for (const { finding } of items) counts.set(finding.severity, (counts.get(finding.severity) ?? 0) + 1);
  return (
    <section
      className={`card finding device-group finding-${first.finding.severity}`}
      aria-label={`${name}: ${items.length} findings`}
    >
      <header className="finding-head">
        {[...counts].map(([severity, n]) => (
          <span key={severity} className={`badge badge-${severity}`}>
            {n} {severity}
          </span>
        ))}
        <h3>{name}</h3>
        <span className="muted">Device</span>
      </header>
      {about ? <p className="device-group-meta">{about}</p> : null}
      <ul className="device-group-titles" aria-label={`On ${name}`}>
        {items.map(({ finding, status }) => (
          <li key={finding.key}>
            <span className={`badge badge-${finding.severity}`}>{finding.severity}</span>
            <span>{finding.title}</span>
            <span className="muted">
              {ownerLabels[finding.owner]} · {effectiveStatusLabels[status]}
            </span>
          </li>
        ))}
      </ul>
      <button type="button" className="button button-small" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Hide each finding' : `Show each finding (${items.length})`}
      </button>
      {open ? <div className="finding-group-items">{children()}</div> : null}
    </section>
  );
}

/** A few sentences on what changed since the prior visit, for the top of a comparison or a report. */
import { agree, count } from '../model/plural';
import type { AssessmentComparison, RecordChanges } from './comparisonTypes';
import type { UnconfirmedCounts } from './reviewedRecords';

function recordLine(label: string, changes: RecordChanges): string | undefined {
  const { added, removed, changed, unchanged } = changes;
  if (!added.length && !removed.length && !changed.length) return undefined;
  return `${label}: ${added.length} added, ${removed.length} removed, ${changed.length} changed, ${unchanged} unchanged.`;
}

export function comparisonSummary(c: Omit<AssessmentComparison, 'summary'>): string[] {
  const { findings, assets } = c;
  const raised = findings.persisting.filter((p) => p.severityChange === 'raised').length;
  const lowered = findings.persisting.filter((p) => p.severityChange === 'lowered').length;
  const severity = raised || lowered ? ` (${raised} more severe, ${lowered} less severe)` : '';
  const regressed = findings.regressions.length;
  const regressions = regressed ? `; ${count(regressed, 'regression')}, resolved then and found again` : '';
  const lines = [
    `Compared with “${c.prior.title || 'Untitled assessment'}” of ${c.prior.date}.`,
    `Findings: ${findings.new.length} new, ${findings.resolved.length} resolved, ${findings.persisting.length} still present${severity}${regressions}.`,
    ...[unconfirmedSentence(c.unconfirmed.total) ?? []].flat(),
  ];
  const osChanges = assets.changed.flatMap((a) => (a.os ? [a.os] : []));
  if (osChanges.length) {
    const better = osChanges.filter((o) => o.trend === 'better').length;
    const worse = osChanges.filter((o) => o.trend === 'worse').length;
    lines.push(
      `Operating system or its support changed on ${count(osChanges.length, 'asset')}: ${better} now better supported, ${worse} worse.`,
    );
  }
  for (const [label, changes] of [
    ['Assets', assets],
    ['Networks', c.networks],
    ['Vendor links', c.vendorLinks],
    ['Internet links', c.links],
    ['Applications', c.applications],
    ['Flows', c.flows],
  ] as const) {
    const line = recordLine(label, changes);
    if (line) lines.push(line);
  }
  return lines;
}

const kindWords = [
  ['assets', 'asset'],
  ['networks', 'network'],
  ['vendorLinks', 'vendor link'],
  ['links', 'internet link'],
  ['applications', 'application'],
  ['flows', 'flow'],
] as const;

/** "3 assets, 1 flow": the records still to confirm, by kind, or '' for none. */
export function unconfirmedByKind(u: UnconfirmedCounts): string {
  return kindWords.flatMap(([kind, one]) => (u[kind] ? [count(u[kind], one)] : [])).join(', ');
}

/** "12 records carried from the last visit are still to confirm and are not counted.", or undefined for none. */
export function unconfirmedSentence(total: number): string | undefined {
  if (!total) return undefined;
  return `${count(total, 'record')} carried from the last visit ${agree(total, 'is', 'are')} still to confirm and ${agree(total, 'is', 'are')} not counted.`;
}

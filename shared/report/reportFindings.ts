/** The findings part of a report: rows sorted by severity, counts, the heat map, and an overall rating. */
import { questionsById } from '../checklists/checklist';
import { areaLabels, ownerLabels, type Area, type FindingSource } from '../model/finding';
import type { AssessedFinding, RatingOverride } from '../rules/assessedFindings';
import { effectiveStatusLabels, needsAction, type EffectiveStatus } from '../rules/findingStatus';
import { severities, severityRank, type Severity } from '../rules/severity';
import { findingDevice } from './findingsByDevice';
import { agree, count } from '../model/plural';
import { referencesOf } from '../reference/frameworks/findingReferences';
import type { FrameworkRef } from '../reference/frameworks/frameworkRefs';

export interface FindingRow {
  key: string;
  severity: Severity;
  title: string;
  area: string;
  detail: string;
  /** The records and answers it rests on, by name. */
  evidence: string;
  rationale: string;
  /** The paths that prove it, in words (reachability findings). */
  paths: string[];
  /** Who acts on it, in words: "The device maker". */
  owner: string;
  /** The device it is about, when it is about one device. */
  device: { id: string; name: string } | null;
  remediation: string;
  status: EffectiveStatus;
  statusLabel: string;
  likelihood: number;
  impact: number;
  /** A rule's finding, or the assessor's own. */
  source: FindingSource;
  /** The rule's own rating, which an override in force replaced in `severity`. */
  ruleSeverity: Severity;
  override: RatingOverride | null;
  /** What it touches in HIPAA, HICP, the CPGs and NIST CSF 2.0, in that order (findingReferences.ts). */
  references: FrameworkRef[];
}

export type SeverityCounts = Record<Severity, number>;

export interface Rating {
  label: 'Critical' | 'High' | 'Elevated' | 'Moderate' | 'Low';
  explanation: string;
}

export const emptyCounts = (): SeverityCounts => ({ critical: 0, high: 0, medium: 0, low: 0, info: 0 });

/** What kind of record an id is, where the rows need to know: devices to group by, flows (shown in the paths) to leave out of the evidence. */
export interface RecordKinds {
  assets: ReadonlySet<string>;
  flows: ReadonlySet<string>;
}

const noKinds: RecordKinds = { assets: new Set(), flows: new Set() };

export function findingRows(
  findings: readonly AssessedFinding[],
  names: ReadonlyMap<string, string>,
  kinds: RecordKinds = noKinds,
): FindingRow[] {
  return findings
    .map((f) => {
      const status = f.status;
      const records = [...new Set(f.records)]
        .filter((id) => !kinds.flows.has(id))
        .map((id) => names.get(id) ?? 'a record');
      const evidence = [...records, ...f.questions.map((q) => `answer to “${questionsById.get(q)?.text ?? q}”`)];
      const deviceId = findingDevice(f.records, (id) => kinds.assets.has(id));
      return {
        key: f.key,
        severity: f.severity,
        title: f.title,
        area: areaLabels[f.area],
        detail: f.detail,
        evidence: evidence.join('; '),
        rationale: f.rationale,
        paths: f.paths,
        owner: ownerLabels[f.owner],
        device: deviceId ? { id: deviceId, name: names.get(deviceId) ?? 'Unnamed asset' } : null,
        remediation: f.remediation,
        status,
        statusLabel: effectiveStatusLabels[status],
        likelihood: f.likelihood,
        impact: f.impact,
        source: f.source,
        ruleSeverity: f.ruleSeverity,
        override: f.override,
        references: referencesOf(f),
      };
    })
    .sort(
      (a, b) =>
        severityRank[a.severity] - severityRank[b.severity] ||
        b.likelihood * b.impact - a.likelihood * a.impact ||
        a.title.localeCompare(b.title) ||
        a.key.localeCompare(b.key),
    );
}

/** Findings that still need action: open, or accepted past the acceptance's expiry. */
export const isOpen = (row: Pick<FindingRow, 'status'>) => needsAction(row.status);

export function countBySeverity(rows: Pick<FindingRow, 'severity'>[]): SeverityCounts {
  const counts = emptyCounts();
  for (const row of rows) counts[row.severity] += 1;
  return counts;
}

export function countByArea(rows: FindingRow[]): { area: string; counts: SeverityCounts }[] {
  return (Object.keys(areaLabels) as Area[])
    .map((area) => ({
      area: areaLabels[area],
      counts: countBySeverity(rows.filter((r) => r.area === areaLabels[area])),
    }))
    .filter((a) => severities.some((s) => a.counts[s] > 0));
}

/** Open findings by likelihood (rows, 4 = almost certain first) and impact (columns, 1 = minor first). */
export function heatMap(rows: FindingRow[]): number[][] {
  const grid = Array.from({ length: 4 }, () => [0, 0, 0, 0]);
  for (const row of rows) {
    const line = grid[4 - row.likelihood];
    if (line) line[row.impact - 1] = (line[row.impact - 1] ?? 0) + 1;
  }
  return grid;
}

export function overallRating(counts: SeverityCounts): Rating {
  if (counts.critical)
    return {
      label: 'Critical',
      explanation: `${count(counts.critical, 'critical finding')} ${agree(counts.critical, 'needs', 'need')} action before the clinic is connected to the parent network.`,
    };
  if (counts.high >= 3)
    return { label: 'High', explanation: `${counts.high} high findings: several serious weaknesses at once.` };
  if (counts.high)
    return { label: 'Elevated', explanation: `${count(counts.high, 'high finding')}, no critical ones.` };
  if (counts.medium)
    return { label: 'Moderate', explanation: `No critical or high findings; ${counts.medium} medium.` };
  return { label: 'Low', explanation: 'No finding above low severity.' };
}

/**
 * References in words, for the finding card and the reports: grouped by framework, and in
 * one compact line ("HIPAA 164.312(b) · HICP 3.M.D · CPG EN10 · CSF DE.CM-06").
 */
import { frameworks, type Framework, type FrameworkRef } from './frameworkRefs';
import { hicpPracticeOf } from './hicp';

/** How a reference line names each framework. */
export const frameworkShortLabels: Record<Framework, string> = {
  hipaa: 'HIPAA',
  hicp: 'HICP',
  cpg: 'CPG',
  csf: 'CSF',
};

export interface ReferenceGroup {
  framework: Framework;
  label: string;
  refs: FrameworkRef[];
}

/** The references by framework, in framework order, leaving out frameworks with none. */
export function referenceGroups(refs: readonly FrameworkRef[]): ReferenceGroup[] {
  return frameworks
    .map((framework) => ({
      framework,
      label: frameworkShortLabels[framework],
      refs: refs.filter((r) => r.framework === framework),
    }))
    .filter((g) => g.refs.length > 0);
}

/** The ids a compact line shows: an HICP practice only when none of its sub-practices is listed. */
export function compactIds(group: ReferenceGroup): string[] {
  const ids = group.refs.map((r) => r.id);
  if (group.framework !== 'hicp') return ids;
  return ids.filter((id) => id.includes('.') || !ids.some((other) => other !== id && hicpPracticeOf(other) === id));
}

/** "HIPAA 164.308(a)(1)(ii)(B), 164.308(a)(5)(ii)(B) · HICP 2.S.A, 7.M.D · CPG E1 · CSF PR.PS-02". */
export function compactReferences(refs: readonly FrameworkRef[]): string {
  return referenceGroups(refs)
    .map((g) => `${g.label} ${compactIds(g).join(', ')}`)
    .join(' · ');
}

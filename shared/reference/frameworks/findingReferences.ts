/**
 * What a finding touches in each framework: its rule's mapping (ruleMappings.ts), or for
 * the assessor's own finding and a content pack's minimum standard, its area's
 * (areaMappings.ts). Every built-in rule has a mapping (a test checks), so a finding never
 * goes without its references. The four catalogues are looked up here by framework and id.
 */
import type { Area } from '../../model/finding';
import { areaMappings } from './areaMappings';
import type { FrameworkMapping } from './frameworkMapping';
import type { Framework, FrameworkEntry, FrameworkRef, FrameworkSource } from './frameworkRefs';
import { frameworks } from './frameworkRefs';
import { hicpEntries, hicpPracticeOf, hicpSource } from './hicp';
import { hipaaEntries, hipaaSource } from './hipaaSecurityRule';
import { cpgEntries, cpgSource } from './hphCpg';
import { csfEntries, csfSource } from './nistCsf';
import { ruleMappings } from './ruleMappings';

/** The four publications the mapping judges by, with their editions, in the order references are listed. */
export const frameworkSources: readonly FrameworkSource[] = [hipaaSource, hicpSource, cpgSource, csfSource];

export const frameworkCatalogues: Readonly<Record<Framework, readonly FrameworkEntry[]>> = {
  hipaa: hipaaEntries,
  hicp: hicpEntries,
  cpg: cpgEntries,
  csf: csfEntries,
};

const index = new Map(
  frameworks.flatMap((framework) =>
    frameworkCatalogues[framework].map((entry) => [`${framework} ${entry.id}`, entry] as const),
  ),
);

/** A catalogue's entry by its framework and id ("hipaa", "164.312(b)"), if there is one. */
export function frameworkEntry(framework: Framework, id: string): FrameworkEntry | undefined {
  return index.get(`${framework} ${id}`);
}

/** The mapping a finding takes its references from: its rule's, else its area's. */
export function mappingOf(finding: { ruleId: string; area: Area }): FrameworkMapping {
  return ruleMappings[finding.ruleId] ?? areaMappings[finding.area];
}

function ref(framework: Framework, id: string): FrameworkRef {
  const entry = frameworkEntry(framework, id);
  if (!entry) throw new Error(`The ${framework} catalogue has no entry ${id}.`);
  return { framework, id, title: entry.title };
}

/** HICP ids with each practice before its sub-practices, the practices in the order the mapping first names them. */
function hicpIds(ids: readonly string[]): string[] {
  const practices = [...new Set(ids.map((id) => hicpPracticeOf(id) ?? id))];
  return practices.flatMap((practice) => [
    practice,
    ...ids.filter((id) => id !== practice && hicpPracticeOf(id) === practice),
  ]);
}

/**
 * The references of a finding from `ruleId` in `area`: HIPAA first, then HICP (each
 * practice, then the sub-practices of it that apply), the CPGs and NIST CSF 2.0.
 */
export function referencesOf(finding: { ruleId: string; area: Area }): FrameworkRef[] {
  const mapping = mappingOf(finding);
  return [
    ...mapping.hipaa.map((id) => ref('hipaa', id)),
    ...hicpIds(mapping.hicp).map((id) => ref('hicp', id)),
    ...mapping.cpg.map((id) => ref('cpg', id)),
    ...mapping.csf.map((id) => ref('csf', id)),
  ];
}

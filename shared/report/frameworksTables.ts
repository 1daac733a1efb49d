/**
 * The appendix that says what the findings' references mean: the four publications and the
 * editions the mapping judged by, then each reference the findings cite, with its title.
 * The content, for both layouts (pdf/frameworksAppendix.ts, docx/frameworksChapter.ts).
 */
import { frameworkCatalogues, frameworkSources } from '../reference/frameworks/findingReferences';
import { frameworkLabels, frameworks, type FrameworkRef } from '../reference/frameworks/frameworkRefs';
import type { ClinicReport } from './clinicReport';
import { cpgEntries, cpgTierLabels } from '../reference/frameworks/hphCpg';
import { frameworkShortLabels } from '../reference/frameworks/referenceText';

/** A CPG's title says whether it is an essential or an enhanced goal. */
function titleOf(ref: FrameworkRef): string {
  const tier = ref.framework === 'cpg' ? cpgEntries.find((e) => e.id === ref.id)?.tier : undefined;
  return tier ? `${ref.title} (${cpgTierLabels[tier].toLowerCase()} goal)` : ref.title;
}

/** Each reference the findings cite, once, by framework and in the catalogue's order. */
export function citedReferences(findings: readonly { references: readonly FrameworkRef[] }[]): FrameworkRef[] {
  const cited = new Set(findings.flatMap((f) => f.references.map((r) => `${r.framework} ${r.id}`)));
  return frameworks.flatMap((framework) =>
    frameworkCatalogues[framework]
      .filter((entry) => cited.has(`${framework} ${entry.id}`))
      .map((entry) => ({ framework, id: entry.id, title: entry.title })),
  );
}

/** Under the findings chapter's title, in both layouts: what the findings' references are. */
export const FINDINGS_REFERENCES_NOTE =
  'References name what each finding touches in the HIPAA Security Rule, HICP, the HPH CPGs and NIST CSF 2.0 (titles and editions in the appendix).';

export const FRAMEWORKS_TITLE = 'Appendix: frameworks and references';
export const FRAMEWORKS_INTRO =
  "Each finding names what it touches in these publications. The mapping is the app's own judgement, kept as versioned data; no HIPAA implementation specification is treated differently for being required or addressable.";

/** The publications judged by, as a table. */
export function sourcesTable(): [string[], string[][]] {
  return [
    ['Framework', 'Publication', 'Edition', 'Source'],
    frameworkSources.map((s) => [frameworkLabels[s.framework], s.title, s.edition, s.source]),
  ];
}

/** The references the findings cite, as a table; no rows when none. */
export function citedTable(r: Pick<ClinicReport, 'findings'>): [string[], string[][]] {
  return [
    ['Framework', 'Reference', 'Title'],
    citedReferences(r.findings).map((ref) => [frameworkShortLabels[ref.framework], ref.id, titleOf(ref)]),
  ];
}

/**
 * The appendix that says what the findings' references mean: the four publications and
 * the editions the mapping judged by, then each reference the findings cite, with its title.
 */
import { frameworkCatalogues, frameworkSources } from '../../reference/frameworks/findingReferences';
import { frameworkLabels, frameworks, type FrameworkRef } from '../../reference/frameworks/frameworkRefs';
import type { ClinicReport } from '../clinicReport';
import { INK, type ReportWriter } from './reportWriter';
import { cpgEntries, cpgTierLabels } from '../../reference/frameworks/hphCpg';
import { frameworkShortLabels } from '../../reference/frameworks/referenceText';

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

export function frameworksAppendix(w: ReportWriter, r: ClinicReport): void {
  w.heading('Appendix: frameworks and references');
  w.paragraph(
    "Each finding names what it touches in these publications. The mapping is the app's own judgement, kept as versioned data; no HIPAA implementation specification is treated differently for being required or addressable.",
    { color: INK.muted },
  );
  w.table(
    ['Framework', 'Publication', 'Edition', 'Source'],
    frameworkSources.map((s) => [frameworkLabels[s.framework], s.title, s.edition, s.source]),
    { columnStyles: { 0: { cellWidth: 26 }, 1: { cellWidth: 60 }, 2: { cellWidth: 36 } } },
  );
  const cited = citedReferences(r.findings);
  if (!cited.length) return;
  w.heading('References the findings cite', 2, 30);
  w.table(
    ['Framework', 'Reference', 'Title'],
    cited.map((ref) => [frameworkShortLabels[ref.framework], ref.id, titleOf(ref)]),
    { styles: { fontSize: 8 }, columnStyles: { 0: { cellWidth: 22 }, 1: { cellWidth: 34 } } },
  );
}

/**
 * The Word report's chapters, in the PDF's order (pdf/clinicReportPdf.ts). To add a
 * section: write one chapter file here and add one line below; a chapter that does not
 * apply to a report writes nothing.
 */
import { comparisonChapter } from './comparisonChapter';
import { coverageChapter } from './coverageChapter';
import { dealChapter } from './dealChapter';
import { decisionsChapter } from './decisionsChapter';
import type { DocxChapter } from './docxChapter';
import { evidenceChapter } from './evidenceChapter';
import { findingsChapter } from './findingsChapter';
import { frameworksChapter } from './frameworksChapter';
import { identityChapter, integrationFitChapter, targetDesignChapter } from './integrationChapters';
import { networkChapter } from './networkChapter';
import { appendixChapter, connectivityChapter, inventoryChapter } from './registersChapter';
import { summaryChapter } from './summaryChapter';
import { verdictChapter } from './verdictChapter';

export const docxChapters: readonly (readonly [label: string, chapter: DocxChapter])[] = [
  ['Summary', summaryChapter],
  ["Connecting to the parent's network", verdictChapter],
  ['Deal considerations', dealChapter],
  ['Findings', findingsChapter],
  ['Decisions on findings', decisionsChapter],
  ['Changes since the previous visit', comparisonChapter],
  ['Inventory', inventoryChapter],
  ['Patient data and practices', coverageChapter],
  ['Networks', networkChapter],
  ['Identity and administration', identityChapter],
  ['Address plan and agent coverage', integrationFitChapter],
  ['Target design', targetDesignChapter],
  ['Connectivity and scanning', connectivityChapter],
  ['Appendix', appendixChapter],
  ['Frameworks', frameworksChapter],
  ['Evidence', evidenceChapter],
];

/** What a chapter of the Word report is given, and how a severity reads in a table cell. */
import { severityColours } from '../../model/riskColours';
import type { Severity } from '../../rules/severity';
import type { ClinicReport } from '../clinicReport';
import type { EvidencePhotos } from '../reportEvidence';
import type { Cell, DocxWriter } from './docxWriter';
import type { BitmapFonts } from './raster/bitmap';

export interface DocxContext {
  /** The report font's outlines, for the charts' labels. */
  fonts: BitmapFonts;
  /** The evidence appendix's photos, by SHA-256. */
  photos: EvidencePhotos;
}

/** A chapter: writes its headings and content, or nothing when it does not apply to this report. */
export type DocxChapter = (w: DocxWriter, r: ClinicReport, ctx: DocxContext) => void;

export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A severity cell in its colour, bold: the first word names it ("Low (rule: High)"). */
export function severityCell(text: string): Cell {
  const colour = severityColours[text.split(' ')[0]?.toLowerCase() as Severity];
  return colour ? { text, bold: true, colour } : text;
}

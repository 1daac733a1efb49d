/** The integration verdict's colours, for the PDF and the Word report. */
import type { Verdict } from '../integration/verdict';
import { GOOD_COLOUR, severityColours } from '../model/riskColours';

export const verdictColours: Record<Verdict, string> = {
  go: GOOD_COLOUR,
  conditional: severityColours.medium,
  'no-go': severityColours.critical,
};

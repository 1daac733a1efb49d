/**
 * The one set of risk colours: a colour per severity (badges, chart bars, heat map), its
 * light tint (table cells), end-of-support status and the overall rating. The PDFs read
 * them from here, and the renderer sets the CSS custom properties from `colourTokens`
 * at start-up, so no severity colour is written twice.
 */
import type { z } from 'zod';
import type { severity } from './finding';

type Severity = z.infer<typeof severity>;

/** Supported, resolved, in order: the one green. */
export const GOOD_COLOUR = '#1d7a46';

export const severityColours: Record<Severity, string> = {
  critical: '#8e1b1b',
  high: '#c2410c',
  medium: '#a16207',
  low: '#1d4ed8',
  info: '#4b5563',
};

/** Light backgrounds for cells that carry a severity's count or score. */
export const severityTints: Record<Severity, string> = {
  critical: '#f3c4c4',
  high: '#f8d9c4',
  medium: '#f6e7bf',
  low: '#dbe7f7',
  info: '#eceef1',
};

/** An operating system's end-of-support status. */
export const supportColours: Record<'unsupported' | 'extended-only' | 'supported' | 'unknown', string> = {
  unsupported: severityColours.critical,
  'extended-only': severityColours.medium,
  supported: GOOD_COLOUR,
  unknown: severityColours.info,
};

/** A clinic's overall rating. */
export const ratingColours: Record<'Critical' | 'High' | 'Elevated' | 'Moderate' | 'Low', string> = {
  Critical: severityColours.critical,
  High: severityColours.high,
  Elevated: severityColours.high,
  Moderate: severityColours.medium,
  Low: GOOD_COLOUR,
};

/** The CSS custom properties the stylesheets use for these colours (`var(--severity-high)`). */
export const colourTokens: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(severityColours).map(([s, c]) => [`--severity-${s}`, c])),
  '--colour-success': GOOD_COLOUR,
};

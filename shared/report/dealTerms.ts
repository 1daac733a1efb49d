/**
 * What a pre-close (diligence) report tells the deal team: the open findings grouped by
 * severity with what remediating each costs and takes (the pack's cost and time bands,
 * the built-in ones where it has none), the total range, and which findings must be
 * fixed before the clinic may be connected. Before closing the buyer cannot direct the
 * seller to change anything, so the report prices the work in rather than ordering it.
 */
import { severityLabels } from '../model/finding';
import { count, figure } from '../model/plural';
import { isBuiltIn, type ActivePack } from '../reference/contentPack';
import { builtInProfile, type CostBand } from '../reference/integrationProfile';
import type { AssessedFinding } from '../rules/assessedFindings';
import { needsAction } from '../rules/findingStatus';
import { mustFixReason } from '../rules/mustFix';
import { severities, type Severity } from '../rules/severity';

export interface DealFinding {
  title: string;
  detail: string;
  /** Why it must be fixed before connecting; null when it need not be. */
  mustFix: string | null;
}

export interface DealLine {
  severity: Severity;
  label: string;
  cost: string;
  time: string;
  findings: DealFinding[];
}

export interface DealTerms {
  /** Where the bands come from: the pack's name, or the built-in planning figures. */
  bandsFrom: string;
  lines: DealLine[];
  /** The range all open findings add up to, in words; says why when the bands cannot be added up. */
  total: string;
  mustFixCount: number;
  /** The sentences the summary opens with. */
  summary: string[];
  /** What to price in first: the must-fix findings, then the most severe. */
  priceIn: string[];
}

interface Amount {
  currency: string;
  low: number;
  high: number;
}

const num = (s: string) => Number(s.replace(/,/g, ''));

/** A band's cost as an amount: "USD 2,000–10,000", "under USD 500", "none"; null when it is not one. */
export function bandAmount(cost: string): Amount | null {
  const t = cost.trim();
  if (/^(none|nil|0)$/i.test(t)) return { currency: '', low: 0, high: 0 };
  const under = /^(?:under|up to|below)\s+([A-Z]{3}|[$€£])\s?([\d,]+(?:\.\d+)?)$/i.exec(t);
  if (under?.[1] && under[2]) return { currency: under[1].toUpperCase(), low: 0, high: num(under[2]) };
  const range = /^([A-Z]{3}|[$€£])\s?([\d,]+(?:\.\d+)?)\s*(?:[–-]|to)\s*([\d,]+(?:\.\d+)?)$/i.exec(t);
  if (range?.[1] && range[2] && range[3])
    return { currency: range[1].toUpperCase(), low: num(range[2]), high: num(range[3]) };
  const single = /^([A-Z]{3}|[$€£])\s?([\d,]+(?:\.\d+)?)$/i.exec(t);
  if (single?.[1] && single[2]) return { currency: single[1].toUpperCase(), low: num(single[2]), high: num(single[2]) };
  return null;
}

function totalText(lines: DealLine[], bands: Map<Severity, CostBand>): string {
  let currency = '';
  let low = 0;
  let high = 0;
  for (const line of lines) {
    const amount = bandAmount(bands.get(line.severity)?.cost ?? '');
    if (!amount) return `not added up: the ${line.label.toLowerCase()} band ("${line.cost}") is not an amount`;
    if (amount.currency && currency && amount.currency !== currency)
      return 'not added up: the bands are in different currencies';
    currency ||= amount.currency;
    low += amount.low * line.findings.length;
    high += amount.high * line.findings.length;
  }
  return high === 0 ? 'none' : `${currency} ${figure(low)}–${figure(high)}`.trim();
}

/** The deal terms of the open findings under the pack. */
export function dealTerms(findings: readonly AssessedFinding[], pack: ActivePack, parent: string): DealTerms {
  const own = new Map(pack.content.profile.costBands.map((b) => [b.severity, b] as const));
  const bands = new Map(builtInProfile.costBands.map((b) => [b.severity, own.get(b.severity) ?? b] as const));
  const open = findings.filter((f) => needsAction(f.status));
  const lines: DealLine[] = severities
    .map((severity) => ({
      severity,
      label: severityLabels[severity],
      cost: bands.get(severity)?.cost ?? 'not set',
      time: bands.get(severity)?.time ?? 'not set',
      findings: open
        .filter((f) => f.severity === severity)
        .map((f) => ({ title: f.title, detail: f.detail, mustFix: mustFixReason(f, pack) })),
    }))
    .filter((l) => l.findings.length);
  const total = totalText(lines, bands);
  const mustFix = lines.flatMap((l) => l.findings.filter((f) => f.mustFix).map((f) => ({ ...f, line: l })));
  const bandsFrom =
    isBuiltIn(pack) || !pack.content.profile.costBands.length
      ? "the app's built-in planning figures (no content pack sets them)"
      : pack.content.name;
  const whom = parent.trim() || 'the parent firm';
  const priced = lines.map(
    (l) => `${count(l.findings.length, `${l.label.toLowerCase()} finding`)} at ${l.cost} each (${l.time})`,
  );
  const summary = [
    open.length
      ? `Before closing, price in: ${priced.join('; ')}; in total ${total}. Bands from ${bandsFrom}.`
      : 'Before closing: no open finding needs pricing in.',
    `This is pre-close diligence: the seller cannot be directed to make changes; the findings are terms for the deal, remediated after closing unless the seller agrees otherwise.`,
    ...(mustFix.length
      ? [
          `${count(mustFix.length, 'finding')} must be fixed before the clinic is connected to ${whom}: make them a condition of closing or of connection.`,
        ]
      : []),
  ];
  const first = [
    ...mustFix,
    ...lines.flatMap((l) => l.findings.filter((f) => !f.mustFix).map((f) => ({ ...f, line: l }))),
  ];
  // One line per kind of finding: six unpatchable pumps are one thing to price in.
  const byTitle = new Map<string, (typeof first)[number][]>();
  for (const f of first) byTitle.set(f.title, [...(byTitle.get(f.title) ?? []), f]);
  const priceIn = [...byTitle.values()].slice(0, 5).map((group) => {
    const f = group[0] as (typeof first)[number];
    const times = group.length > 1 ? `${group.length} × ` : '';
    return `Price in “${f.title}” (${f.line.label.toLowerCase()}): ${times}${f.line.cost}, ${f.line.time} after closing${f.mustFix ? `; must be fixed before connecting (${f.mustFix})` : ''}.`;
  });
  return { bandsFrom, lines, total, mustFixCount: mustFix.length, summary, priceIn };
}

/** A flow's passive observation in words: "Observed: 1,204 connections, 3–5 Nov". */
import type { Flow } from './flow';
import { count } from './plural';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "3 Nov", "3–5 Nov", "28 Oct – 2 Nov", "30 Dec 2025 – 2 Jan 2026" (UTC days); '' when either end is unknown. */
export function dayRange(firstIso: string, lastIso: string): string {
  const first = new Date(firstIso);
  const last = new Date(lastIso);
  if (!firstIso || !lastIso || Number.isNaN(first.getTime()) || Number.isNaN(last.getTime())) return '';
  const day = (d: Date) => d.getUTCDate();
  const month = (d: Date) => MONTHS[d.getUTCMonth()] ?? '';
  const sameYear = first.getUTCFullYear() === last.getUTCFullYear();
  if (!sameYear) {
    const full = (d: Date) => `${day(d)} ${month(d)} ${d.getUTCFullYear()}`;
    return `${full(first)} – ${full(last)}`;
  }
  if (first.getUTCMonth() !== last.getUTCMonth()) return `${day(first)} ${month(first)} – ${day(last)} ${month(last)}`;
  return day(first) === day(last) ? `${day(first)} ${month(first)}` : `${day(first)}–${day(last)} ${month(first)}`;
}

/** "Observed: 1,204 connections, 3–5 Nov", or '' for a flow nobody observed in traffic. */
export function observedWords(flow: Pick<Flow, 'observedConnections' | 'firstSeen' | 'lastSeen'>): string {
  if (!flow.observedConnections) return '';
  const days = dayRange(flow.firstSeen, flow.lastSeen);
  return `Observed: ${count(flow.observedConnections, 'connection')}${days ? `, ${days}` : ''}`;
}

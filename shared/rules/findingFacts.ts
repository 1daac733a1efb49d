/**
 * A short fingerprint of what a rule's finding rests on: its rating, the records and
 * answers behind it, what it says and the paths that prove it. An override is made on
 * one fingerprint; when a later evaluation gives another, the facts changed and the
 * override is due for review. Not a security hash: it only tells "same" from "changed".
 */
import type { DerivedFinding } from './ruleTypes';

/** FNV-1a over the UTF-16 code units, 32 bits, from a given offset basis. */
function fnv1a(text: string, basis: number): number {
  let hash = basis >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

const hex8 = (n: number) => n.toString(16).padStart(8, '0');

export function findingFacts(
  finding: Pick<
    DerivedFinding,
    'ruleId' | 'severity' | 'likelihood' | 'impact' | 'records' | 'questions' | 'detail' | 'paths'
  >,
): string {
  const text = JSON.stringify([
    finding.ruleId,
    finding.severity,
    finding.likelihood,
    finding.impact,
    [...finding.records].sort(),
    [...finding.questions].sort(),
    finding.detail,
    finding.paths,
  ]);
  return hex8(fnv1a(text, 0x811c9dc5)) + hex8(fnv1a(text, 0x050c5d1f));
}

/**
 * Names for copies of a record: "Front desk PC 1" copied three times gives "Front desk PC 2",
 * "…3", "…4", continuing after the highest number already used; "Reception PC" gives
 * "Reception PC 2", "…3"; "EXAM-PC-07" gives "EXAM-PC-08" (the zero padding is kept).
 */

/** The most copies one duplication makes. */
export const MAX_COPIES = 50;

/** A name split into what comes before its trailing number, the number and its width. */
function split(name: string): { base: string; number: number; width: number } {
  const match = /^(.*?)(\d+)$/.exec(name);
  if (match && match[1] !== undefined && match[2] !== undefined && match[2].length <= 9)
    return { base: match[1], number: Number(match[2]), width: match[2].length };
  // A name without a number is the first of its series: its copies are "… 2", "… 3".
  return { base: `${name} `, number: 1, width: 1 };
}

/**
 * `count` names numbered after the highest number used with the same beginning among
 * `taken` (the names already in the list) and `name` itself; each at most `maxLength` long.
 */
export function numberedNames(name: string, count: number, taken: readonly string[], maxLength = 200): string[] {
  const { base, number, width } = split(name.trim());
  const key = base.toLowerCase();
  let highest = number;
  for (const other of taken) {
    const t = other.trim();
    if (t.length <= base.length || t.slice(0, base.length).toLowerCase() !== key) continue;
    const rest = t.slice(base.length);
    if (/^\d{1,9}$/.test(rest)) highest = Math.max(highest, Number(rest));
  }
  const separator = /[^\p{L}\p{N}]*$/u.exec(base)?.[0] ?? '';
  const stem = base.slice(0, base.length - separator.length);
  return Array.from({ length: count }, (_, i) => {
    const suffix = `${separator}${String(highest + 1 + i).padStart(width, '0')}`;
    return `${stem.slice(0, Math.max(0, maxLength - suffix.length))}${suffix}`;
  });
}

/** Why a number of copies is refused, in one sentence; undefined when it is allowed. */
export function copiesProblem(text: string): string | undefined {
  const n = Number(text.trim());
  return /^\d+$/.test(text.trim()) && n >= 1 && n <= MAX_COPIES
    ? undefined
    : `Type a number of copies from 1 to ${MAX_COPIES}.`;
}

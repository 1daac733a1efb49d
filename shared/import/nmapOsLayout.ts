/**
 * nmap's older XML layout (output 1.03 and before: nmap 4.x to 5.x) lists a host's OS
 * classes beside its OS matches instead of inside them. Each match keeps its own name
 * ("Cisco 2821 router (IOS 12.4)", not "Cisco IOS 12.X") and takes the classes that fit
 * it: the class whose vendor, family or generation its name mentions first, then the
 * others by accuracy. With classes and no match at all, each class stands as a match,
 * named without repeating itself ("Linux 2.6.X", not "Linux Linux 2.6.X").
 */
import type { NmapOsClass, NmapOsMatch } from './nmapOs';

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z0-9.]+/)
    .filter(Boolean);

/** How well a class fits a match's name: its generation, then its family and vendor, named there. */
function fit(match: NmapOsMatch, osClass: NmapOsClass): number {
  const name = match.name.toLowerCase();
  const named = new Set(words(match.name));
  const generation = osClass.generation.toLowerCase().replace(/\.x$/, '');
  let score = 0;
  if (generation && (named.has(generation) || name.includes(`${generation}.`) || name.includes(` ${generation} `)))
    score += 4;
  if (osClass.family && osClass.family.toLowerCase() !== 'embedded' && name.includes(osClass.family.toLowerCase()))
    score += 2;
  if (osClass.vendor && name.includes(osClass.vendor.toLowerCase())) score += 1;
  return score;
}

/** A class's own name: vendor, family (unless it repeats the vendor or just says "embedded") and generation. */
export function classLabel(osClass: NmapOsClass): string {
  const family = osClass.family.toLowerCase();
  const parts = [
    osClass.vendor,
    family === osClass.vendor.toLowerCase() || family === 'embedded' ? '' : osClass.family,
    osClass.generation,
  ].filter(Boolean);
  const label = parts.join(' ') || osClass.family;
  return family === 'embedded' && !/embedded/i.test(label) ? `${label} (embedded)` : label;
}

/** The matches of one `<os>` of the old layout, each with the classes that fit it; or the classes alone as matches. */
export function settleOldLayout(matches: NmapOsMatch[], classes: NmapOsClass[], limit: number): NmapOsMatch[] {
  if (!classes.length) return matches;
  if (!matches.length)
    return classes.slice(0, limit).map((c) => ({ name: classLabel(c), accuracy: c.accuracy, classes: [c] }));
  return matches.map((match) =>
    match.classes.length
      ? match
      : {
          ...match,
          classes: classes
            .map((c, i) => ({ c, i, score: fit(match, c) }))
            .sort((a, b) => b.score - a.score || b.c.accuracy - a.c.accuracy || a.i - b.i)
            .map(({ c }) => c),
        },
  );
}

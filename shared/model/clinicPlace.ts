/**
 * Where a clinic is and when it was last visited, in the words pickers show beside its
 * name, so two clinics called alike can be told apart: "Springfield, last visit 3 Mar 2026".
 * The address is free text as the assessor typed it; the city is read from it only when
 * its shape says which part is the city, and is "" otherwise (a wrong city misleads more
 * than none).
 */

/** Country names that may end an address; they are not the city. */
const countries = new Set(
  [
    'usa',
    'us',
    'u.s.',
    'u.s.a.',
    'united states',
    'united states of america',
    'canada',
    'uk',
    'u.k.',
    'united kingdom',
    'england',
    'scotland',
    'wales',
    'northern ireland',
    'ireland',
    'germany',
    'deutschland',
    'france',
    'netherlands',
    'belgium',
    'switzerland',
    'austria',
    'spain',
    'italy',
    'australia',
    'new zealand',
  ].map((c) => c.toLowerCase()),
);

/** "IL 62701", "IL", "ON K1A 0B1", "CA 90210-1234": a US state or Canadian province, with its postal code. */
const regionAndCode = /^([A-Z]{2})(?:\s+(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d))?$/;
/** "Springfield IL 62701": the city, the region and the code on one line. */
const cityRegionCode = /^(.*?[A-Za-z].*?)\s+[A-Z]{2}\s+(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)$/;
/** "10115 Berlin", "75002 Paris", "1010 Wien": a postal code before the city (most of Europe). */
const codeThenCity = /^(?:[A-Z]{1,2}-)?\d{4,5}\s+(\D+)$/;
/** A UK postcode alone ("SW1A 2AA") or after the town ("London SW1A 2AA"). */
const ukPostcode = /^(?:(.*\D)\s+)?([A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})$/i;

const tidy = (part: string) =>
  part
    .replace(/\s+/g, ' ')
    .replace(/[.;]+$/, '')
    .trim();

/** A part that reads as a place name: letters, at most four words, no digits. */
const placeName = (part: string) => /^[\p{L}][\p{L}'’. -]*$/u.test(part) && part.split(' ').length <= 4;

/** The city of a free-text address, or "" when its shape does not say which part is the city. */
export function cityOf(address: string): string {
  const parts = address.split(/[,\n]/).map(tidy).filter(Boolean);
  while (parts.length > 1 && countries.has((parts.at(-1) ?? '').toLowerCase())) parts.pop();
  if (parts.length < 2) return '';
  const last = parts.at(-1) ?? '';
  const before = parts.at(-2) ?? '';
  const city = (candidate: string | undefined) => (candidate && placeName(tidy(candidate)) ? tidy(candidate) : '');
  if (regionAndCode.test(last)) return city(before);
  const oneLine = cityRegionCode.exec(last);
  if (oneLine) return city(oneLine[1]);
  const european = codeThenCity.exec(last);
  if (european) return city(european[1]);
  const uk = ukPostcode.exec(last);
  if (uk) return city(uk[1] ?? before);
  // "12 High Street, Oxford": a street with its number, then a bare place name.
  if (parts.length === 2 && /\d/.test(before)) return city(last);
  return '';
}

/** The day an assessment's visit ended (or started, when no end is set): what "last visit" means. */
const visitDay = (a: { startDate: string; endDate: string }) => a.endDate || a.startDate;

/** The latest visit day (ISO) among a clinic's assessments, "" when none is dated. */
export function lastVisitOf(assessments: readonly { data: { startDate: string; endDate: string } }[]): string {
  return assessments.reduce((latest, a) => (visitDay(a.data) > latest ? visitDay(a.data) : latest), '');
}

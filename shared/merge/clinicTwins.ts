/**
 * Look-alike clinics: a clinic in an assessment file that is not the one here by id, but
 * has the same name once written the same way (case, spacing, punctuation, "&" or "and",
 * "LLC", "PC" and such) or the same street address. Importing it as it stands adds a
 * twin nobody can tell apart from the clinic here; the import asks whether it is the same
 * clinic (then it is re-keyed, see rekeyClinics.ts) or another one to keep.
 */
import type { Clinic } from '../model/clinic';

/** Company-form words that do not tell clinics apart: "Lakeside Clinic, LLC" is "Lakeside Clinic". */
const legalSuffixes = new Set([
  'llc',
  'pllc',
  'pc',
  'pa',
  'plc',
  'inc',
  'incorporated',
  'ltd',
  'limited',
  'llp',
  'lp',
  'corp',
  'corporation',
  'co',
  'company',
  'gmbh',
]);

/** Words of a name or address: lower case, accents, punctuation and "&" written one way. */
function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[&+]/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** A clinic name reduced to what tells clinics apart: "The Lakeside Clinic & Imaging, P.C." → "lakeside clinic and imaging". */
export function normaliseClinicName(name: string): string {
  const w = words(name.replace(/\b([A-Za-z])\.(?=[A-Za-z]\.)/g, '$1'));
  if (w[0] === 'the' && w.length > 1) w.shift();
  while (w.length > 1 && (legalSuffixes.has(w.at(-1) ?? '') || w.at(-1) === 'and')) w.pop();
  return w.join(' ');
}

const streetWords: Readonly<Record<string, string>> = {
  street: 'st',
  avenue: 'ave',
  road: 'rd',
  drive: 'dr',
  boulevard: 'blvd',
  lane: 'ln',
  suite: 'ste',
  north: 'n',
  south: 's',
  east: 'e',
  west: 'w',
};

/** A street address written one way, "" when too short to identify a place (it needs a number and a street). */
export function normaliseAddress(address: string): string {
  const w = words(address).map((x) => streetWords[x] ?? x);
  return w.length >= 3 && w.some((x) => /\d/.test(x)) ? w.join(' ') : '';
}

export interface ClinicLike {
  id: string;
  data: Pick<Clinic, 'name' | 'address'>;
  deleted?: unknown;
}

export type TwinReason = 'name' | 'address' | 'name and address';

export interface ClinicTwin {
  /** The clinic in the file. */
  incoming: ClinicLike;
  /** The clinics here it looks like, each with what matched. */
  matches: { clinic: ClinicLike; reason: TwinReason }[];
}

/**
 * The file's clinics that look like a clinic here without being it: each live clinic of
 * the file whose id is not held here (a clinic held by id is simply merged) and that
 * shares a name or an address with a live clinic here.
 */
export function findClinicTwins(incoming: readonly ClinicLike[], local: readonly ClinicLike[]): ClinicTwin[] {
  const heldIds = new Set(local.map((c) => c.id));
  const live = local.filter((c) => !c.deleted);
  const twins: ClinicTwin[] = [];
  for (const clinic of incoming) {
    if (clinic.deleted || heldIds.has(clinic.id)) continue;
    const name = normaliseClinicName(clinic.data.name);
    const address = normaliseAddress(clinic.data.address);
    const matches = live.flatMap((here) => {
      const byName = !!name && normaliseClinicName(here.data.name) === name;
      const byAddress = !!address && normaliseAddress(here.data.address) === address;
      const reason: TwinReason | undefined =
        byName && byAddress ? 'name and address' : byName ? 'name' : byAddress ? 'address' : undefined;
      return reason ? [{ clinic: here, reason }] : [];
    });
    if (matches.length) twins.push({ incoming: clinic, matches });
  }
  return twins;
}

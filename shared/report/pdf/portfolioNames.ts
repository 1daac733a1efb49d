/** How the portfolio report names a clinic: with its city where another clinic is named alike. */
import { normaliseClinicName } from '../../merge/clinicTwins';
import type { PortfolioReport } from '../portfolioReport';

type Clinic = PortfolioReport['clinics'][number];

/** The names shared by two clinics or more (written alike): those clinics carry their city. */
export function sharedNames(r: PortfolioReport): Set<string> {
  const seen = new Map<string, number>();
  for (const c of r.clinics) seen.set(normaliseClinicName(c.name), (seen.get(normaliseClinicName(c.name)) ?? 0) + 1);
  return new Set([...seen].filter(([, n]) => n > 1).map(([name]) => name));
}

/** A clinic's name, with its city when another clinic is named alike: "Harbour Clinic (Bangor)". */
export const named = (c: Clinic, shared: ReadonlySet<string>) =>
  c.city && shared.has(normaliseClinicName(c.name)) ? `${c.name} (${c.city})` : c.name;

/**
 * Reference tables a content pack may carry, newer than the ones built into the app:
 * OS lifecycle dates, bandwidth workloads, and the CISA Known Exploited Vulnerabilities
 * catalogue as the firm downloaded it (cisa.gov/known-exploited-vulnerabilities-catalog,
 * JSON feed). Offline laptops go stale within months; a pack brings them up to date.
 */
import { z } from 'zod';
import { isoDate, text } from '../model/fields';

/** A product of the OS lifecycle table: a known id updates its dates, a new id adds a product matched by name. */
export const packOsProduct = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]{0,59}$/),
  name: text(100),
  family: z.enum(['windows', 'windows-server', 'windows-embedded', 'linux', 'macos']),
  end: z.iso.date(),
  paidEnd: z.iso.date().optional(),
  source: text(300).optional(),
});
export type PackOsProduct = z.infer<typeof packOsProduct>;

/** A bandwidth workload's figures, by the id of a built-in workload (shared/reference/bandwidthNeeds.ts). */
export const packWorkload = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/),
  downMbps: z.number().finite().nonnegative().max(100_000),
  upMbps: z.number().finite().nonnegative().max(100_000),
  source: text(500),
});
export type PackWorkload = z.infer<typeof packWorkload>;

/** One entry of CISA's KEV catalogue, the fields the app reads (the feed's other fields are dropped). */
export const kevEntry = z.object({
  cveID: z.string().regex(/^CVE-\d{4}-\d{4,}$/),
  vendorProject: text(200),
  product: text(200),
  vulnerabilityName: text(500).default(''),
  dateAdded: isoDate.default(''),
  requiredAction: text(1000).default(''),
  knownRansomwareCampaignUse: text(40).default(''),
});
export type KevEntry = z.infer<typeof kevEntry>;

export const kevCatalog = z.object({
  catalogVersion: text(40),
  dateReleased: text(40),
  vulnerabilities: z.array(kevEntry).max(20_000),
});
export type KevCatalog = z.infer<typeof kevCatalog>;

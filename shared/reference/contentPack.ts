/**
 * A content pack's content: what the firm signs (shared/bundle/packFile.ts signs it).
 * It names itself and its version, and carries the integration profile and, optionally,
 * newer reference tables. The app applies one pack at a time; without one, the built-in
 * pack (the profile's defaults and the tables compiled into the app) applies.
 */
import { z } from 'zod';
import { isoDate, text } from '../model/fields';
import { builtInProfile, integrationProfile } from './integrationProfile';
import { kevCatalog, packOsProduct, packWorkload } from './packTables';

export const packContent = z.object({
  /** What the firm calls it: "Northwind Health integration standard". */
  name: text(200),
  /** Increases with every pack the firm issues; an older one never replaces a newer. */
  version: z.number().int().positive(),
  /** The day the firm issued it. */
  issued: isoDate,
  /** The firm that issued it, in its own words. */
  firm: text(200).default(''),
  profile: integrationProfile,
  osLifecycle: z.array(packOsProduct).max(2000).default([]),
  bandwidth: z.array(packWorkload).max(50).default([]),
  kev: kevCatalog.nullable().default(null),
});
export type PackContent = z.infer<typeof packContent>;

/** The pack the rules and reports use, and where it came from. */
export interface ActivePack {
  content: PackContent;
  /** The firm key that signed it (its fingerprint); absent for the built-in pack. */
  signedBy?: { name: string; fingerprint: string };
}

export const builtInPack: ActivePack = {
  content: {
    name: 'Built-in reference data',
    version: 1,
    issued: '',
    firm: '',
    profile: builtInProfile,
    osLifecycle: [],
    bandwidth: [],
    kev: null,
  },
};

export const isBuiltIn = (pack: ActivePack) => pack.signedBy === undefined;

/** How reports name the pack they used: "Northwind Health integration standard, version 3 of 2026-10-01 (signed by …)". */
export function packLabel(pack: ActivePack): string {
  const { name, version, issued } = pack.content;
  if (isBuiltIn(pack)) return 'Built-in reference data (no content pack applied)';
  const signer = pack.signedBy ? `, signed by ${pack.signedBy.name} (${pack.signedBy.fingerprint})` : '';
  return `${name}, version ${version}${issued ? ` of ${issued}` : ''}${signer}`;
}

/** The sample content pack (test/fixtures/packs/northwind-profile.json) and small KEV entries for tests. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const northwindPackJson = path.resolve(import.meta.dirname, '..', 'fixtures', 'packs', 'northwind-profile.json');

/** The sample pack's content as the firm writes it (name, version, issued, firm, profile). */
export function northwindPack(): Record<string, unknown> {
  return JSON.parse(readFileSync(northwindPackJson, 'utf8')) as Record<string, unknown>;
}

/** A few entries of CISA's KEV catalogue, in the feed's own shape. */
export const kevFeed = {
  title: 'CISA Catalog of Known Exploited Vulnerabilities',
  catalogVersion: '2026.11.20',
  dateReleased: '2026-11-20T17:01:22.5364Z',
  count: 3,
  vulnerabilities: [
    {
      cveID: 'CVE-2024-40766',
      vendorProject: 'SonicWall',
      product: 'SonicOS',
      vulnerabilityName: 'SonicWall SonicOS Improper Access Control Vulnerability',
      dateAdded: '2024-09-09',
      shortDescription: 'SonicWall SonicOS contains an improper access control vulnerability.',
      requiredAction: 'Apply mitigations per vendor instructions or discontinue use of the product.',
      dueDate: '2024-09-30',
      knownRansomwareCampaignUse: 'Known',
      notes: '',
      cwes: ['CWE-284'],
    },
    {
      cveID: 'CVE-2024-21762',
      vendorProject: 'Fortinet',
      product: 'FortiOS',
      vulnerabilityName: 'Fortinet FortiOS Out-of-Bound Write Vulnerability',
      dateAdded: '2024-02-09',
      shortDescription: 'Fortinet FortiOS contains an out-of-bound write vulnerability.',
      requiredAction: 'Apply mitigations per vendor instructions or discontinue use of the product.',
      dueDate: '2024-02-16',
      knownRansomwareCampaignUse: 'Unknown',
      notes: '',
      cwes: ['CWE-787'],
    },
    {
      cveID: 'CVE-2023-4966',
      vendorProject: 'Citrix',
      product: 'NetScaler ADC and NetScaler Gateway',
      vulnerabilityName: 'Citrix NetScaler ADC and NetScaler Gateway Buffer Overflow Vulnerability',
      dateAdded: '2023-10-18',
      shortDescription: 'Citrix NetScaler ADC and NetScaler Gateway contain a buffer overflow vulnerability.',
      requiredAction: 'Apply updates per vendor instructions.',
      dueDate: '2023-11-08',
      knownRansomwareCampaignUse: 'Known',
      notes: '',
      cwes: ['CWE-119'],
    },
  ],
};

import { packContent, type ActivePack } from '../../shared/reference/contentPack';
import type { KevCatalog } from '../../shared/reference/packTables';

/** A signed pack in force with the given content (name, profile, tables); the rest defaults. */
export function testPack(content: Record<string, unknown> = {}): ActivePack {
  return {
    content: packContent.parse({
      name: 'Northwind integration standard',
      version: 3,
      issued: '2026-10-01',
      firm: 'Northwind',
      profile: {},
      ...content,
    }),
    signedBy: { name: 'Northwind security', fingerprint: 'AB12 CD34' },
  };
}

const action =
  'Apply mitigations per vendor instructions or discontinue use of the product if mitigations are unavailable.';

/** A handful of real entries of CISA's KEV catalogue, with the feed's field names. */
export const kevFixture: KevCatalog = {
  catalogVersion: '2026.11.27',
  dateReleased: '2026-11-27T17:02:11.0000Z',
  vulnerabilities: [
    {
      cveID: 'CVE-2024-40766',
      vendorProject: 'SonicWall',
      product: 'SonicOS',
      vulnerabilityName: 'SonicWall SonicOS Improper Access Control Vulnerability',
      dateAdded: '2024-09-09',
      requiredAction: action,
      knownRansomwareCampaignUse: 'Known',
    },
    {
      cveID: 'CVE-2021-20016',
      vendorProject: 'SonicWall',
      product: 'SSLVPN SMA100',
      vulnerabilityName: 'SonicWall SSLVPN SMA100 SQL Injection Vulnerability',
      dateAdded: '2021-11-03',
      requiredAction: 'Apply updates per vendor instructions.',
      knownRansomwareCampaignUse: 'Known',
    },
    {
      cveID: 'CVE-2022-40684',
      vendorProject: 'Fortinet',
      product: 'Multiple Products',
      vulnerabilityName: 'Fortinet Multiple Products Authentication Bypass Vulnerability',
      dateAdded: '2022-10-11',
      requiredAction: 'Apply updates per vendor instructions.',
      knownRansomwareCampaignUse: 'Unknown',
    },
    {
      cveID: 'CVE-2024-21762',
      vendorProject: 'Fortinet',
      product: 'FortiOS',
      vulnerabilityName: 'Fortinet FortiOS Out-of-Bound Write Vulnerability',
      dateAdded: '2024-02-09',
      requiredAction: action,
      knownRansomwareCampaignUse: 'Unknown',
    },
    {
      cveID: 'CVE-2023-4966',
      vendorProject: 'Citrix',
      product: 'NetScaler ADC and NetScaler Gateway',
      vulnerabilityName: 'Citrix NetScaler ADC and NetScaler Gateway Buffer Overflow Vulnerability',
      dateAdded: '2023-10-18',
      requiredAction: action,
      knownRansomwareCampaignUse: 'Known',
    },
    {
      cveID: 'CVE-2024-21887',
      vendorProject: 'Ivanti',
      product: 'Connect Secure and Policy Secure',
      vulnerabilityName: 'Ivanti Connect Secure and Policy Secure Command Injection Vulnerability',
      dateAdded: '2024-01-10',
      requiredAction: action,
      knownRansomwareCampaignUse: 'Known',
    },
    {
      cveID: 'CVE-2017-0144',
      vendorProject: 'Microsoft',
      product: 'Windows',
      vulnerabilityName: 'Microsoft Windows SMBv1 Remote Code Execution Vulnerability',
      dateAdded: '2022-02-10',
      requiredAction: 'Apply updates per vendor instructions.',
      knownRansomwareCampaignUse: 'Known',
    },
    {
      cveID: 'CVE-2023-21768',
      vendorProject: 'Microsoft',
      product: 'Windows',
      vulnerabilityName: 'Microsoft Windows Ancillary Function Driver for WinSock Privilege Escalation Vulnerability',
      dateAdded: '2023-03-07',
      requiredAction: 'Apply updates per vendor instructions.',
      knownRansomwareCampaignUse: 'Unknown',
    },
  ],
};

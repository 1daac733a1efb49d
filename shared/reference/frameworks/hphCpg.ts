/**
 * The HHS Healthcare and Public Health (HPH) Cybersecurity Performance Goals, January 2024:
 * ten essential goals (the floor every organisation should meet) and ten enhanced goals
 * (for those ready to go further). The publication does not number them; the ids here
 * ("E1".."E10", "EN1".."EN10") follow the order of HHS's list, and each entry says which
 * kind it is.
 */
import type { FrameworkEntry, FrameworkSource } from './frameworkRefs';

export const cpgSource: FrameworkSource = {
  framework: 'cpg',
  title: 'HHS Healthcare and Public Health Sector Cybersecurity Performance Goals (HPH CPGs)',
  edition: 'January 2024 (essential and enhanced goals)',
  source: 'HHS, https://hphcyber.hhs.gov/performance-goals.html',
};

export type CpgTier = 'essential' | 'enhanced';
export const cpgTierLabels: Record<CpgTier, string> = { essential: 'Essential', enhanced: 'Enhanced' };

export interface CpgEntry extends FrameworkEntry {
  tier: CpgTier;
}

export const cpgEntries = [
  { id: 'E1', tier: 'essential', title: 'Mitigate known vulnerabilities' },
  { id: 'E2', tier: 'essential', title: 'Email security' },
  { id: 'E3', tier: 'essential', title: 'Multifactor authentication' },
  { id: 'E4', tier: 'essential', title: 'Basic cybersecurity training' },
  { id: 'E5', tier: 'essential', title: 'Strong encryption' },
  { id: 'E6', tier: 'essential', title: 'Revoke credentials for departing workforce members' },
  { id: 'E7', tier: 'essential', title: 'Basic incident planning and preparedness' },
  { id: 'E8', tier: 'essential', title: 'Unique credentials' },
  { id: 'E9', tier: 'essential', title: 'Separate user and privileged accounts' },
  { id: 'E10', tier: 'essential', title: 'Vendor/supplier cybersecurity requirements' },
  { id: 'EN1', tier: 'enhanced', title: 'Asset inventory' },
  { id: 'EN2', tier: 'enhanced', title: 'Third-party vulnerability disclosure' },
  { id: 'EN3', tier: 'enhanced', title: 'Third-party incident reporting' },
  { id: 'EN4', tier: 'enhanced', title: 'Cybersecurity testing' },
  { id: 'EN5', tier: 'enhanced', title: 'Cybersecurity mitigation' },
  { id: 'EN6', tier: 'enhanced', title: 'Detect and respond to relevant threats and TTPs' },
  { id: 'EN7', tier: 'enhanced', title: 'Network segmentation' },
  { id: 'EN8', tier: 'enhanced', title: 'Centralized incident planning and preparedness' },
  { id: 'EN9', tier: 'enhanced', title: 'Configuration management' },
  { id: 'EN10', tier: 'enhanced', title: 'Centralized log collection' },
] as const satisfies readonly CpgEntry[];

export type CpgId = (typeof cpgEntries)[number]['id'];

import { z } from 'zod';
import { isoDate, recordId, text } from './fields';

export const severity = z.enum(['critical', 'high', 'medium', 'low', 'info']);
export const findingStatus = z.enum(['open', 'accepted', 'resolved']);
export const severityLabels: Record<z.infer<typeof severity>, string> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  info: 'Info',
};
export const findingStatusLabels: Record<z.infer<typeof findingStatus>, string> = {
  open: 'Open',
  accepted: 'Risk accepted',
  resolved: 'Resolved',
};

/** The part of the clinic a finding is about. */
export const area = z.enum([
  'endpoints',
  'devices',
  'network',
  'vendor',
  'connectivity',
  'apps',
  'identity',
  'wireless',
  'scanning',
  'governance',
]);
export type Area = z.infer<typeof area>;
export const areaLabels: Record<Area, string> = {
  endpoints: 'Endpoints and OS',
  devices: 'Medical devices',
  network: 'Networks',
  vendor: 'Vendor access',
  connectivity: 'Connectivity',
  apps: 'Applications',
  identity: 'Identity and access',
  wireless: 'Wireless and RF',
  scanning: 'Scanning',
  governance: 'Governance',
};
/** Shorter, for column heads a ninth of a page wide. */
export const areaShortLabels: Record<Area, string> = {
  ...areaLabels,
  endpoints: 'Endpoints',
  devices: 'Devices',
  vendor: 'Vendors',
  connectivity: 'Bandwidth',
  apps: 'Apps',
  identity: 'Identity',
  wireless: 'Wireless',
};

/** Who acts on a finding: a rule names one; a resolution says which of them fixed it. */
export const owner = z.enum(['clinic', 'msp', 'parent-it', 'device-maker', 'vendor']);
export type Owner = z.infer<typeof owner>;
export const ownerLabels: Record<Owner, string> = {
  clinic: 'The clinic (or its MSP)',
  msp: "The clinic's MSP",
  'parent-it': "The parent's IT",
  'device-maker': 'The device maker',
  vendor: 'The vendor',
};

/** Where a finding comes from: a rule over the records, or the assessor's own judgement. */
export const findingSource = z.enum(['rule', 'assessor']);
export type FindingSource = z.infer<typeof findingSource>;
/** How screens and reports mark the assessor's own finding (a rule's finding carries no mark). */
export const ASSESSOR_MARK = "Assessor's finding";
/** The rule id every assessor's finding carries. */
export const ASSESSOR_RULE_ID = 'assessor';

/** What the assessor did to a rule's rating: nothing, another severity, or not applicable here. */
export const overrideKind = z.enum(['', 'severity', 'not-applicable']);
export type OverrideKind = z.infer<typeof overrideKind>;

/**
 * One record per finding the assessor acted on. For a rule's finding (source 'rule') it
 * holds the decision (accepted, resolved) and any override of the rule's rating, keyed by
 * the derived finding's key. For the assessor's own finding (source 'assessor', rule id
 * 'assessor', key 'assessor:<record id>') it holds the finding itself as well.
 */
export const findingData = z.object({
  assessmentId: recordId,
  ruleId: z.string().min(1).max(100),
  /** The derived finding this decision is about: rule id and the records or questions it rests on. */
  key: z.string().max(4000).default(''),
  title: text(300),
  severity,
  status: findingStatus,
  /** Ids of the records (assets, networks, answers...) the finding rests on. */
  evidence: z.array(recordId).max(1000),
  recommendation: text(4000),
  /** Why it was accepted or how it was resolved. */
  statusNote: text(2000),
  /** An accepted risk is accepted until this date, then open again. */
  acceptedUntil: isoDate.default(''),
  /** Who owns the remediation or the compensating control (a person), and when it is reviewed. */
  owner: text(200).default(''),
  reviewDate: isoDate.default(''),

  /** The assessor's own finding, or a decision about a rule's. */
  source: findingSource.default('rule'),
  /** The assessor's finding: its area, what was seen, its rating and the reason for it. */
  area: z.union([z.literal(''), area]).default(''),
  detail: text(4000).default(''),
  /** 1 (rare) to 4 (almost certain), 0 while not rated; likewise impact. */
  likelihood: z.number().int().min(0).max(4).default(0),
  impact: z.number().int().min(0).max(4).default(0),
  rationale: text(2000).default(''),
  /** Question ids whose answers the assessor's finding rests on. */
  questions: z.array(z.string().min(1).max(100)).max(200).default([]),
  /** Who acts (the assessor's finding), or who fixed it (a resolution). */
  ownerType: z.union([z.literal(''), owner]).default(''),

  /** An override of a rule's rating, with its written justification, who made it and when. */
  override: overrideKind.default(''),
  overrideSeverity: z.union([z.literal(''), severity]).default(''),
  overrideReason: text(2000).default(''),
  overrideBy: text(200).default(''),
  /** When the override was made, an ISO date-time. */
  overrideAt: text(40).default(''),
  /** The fingerprint of the rule finding's facts the override was made on (see findingFacts.ts). */
  overrideBasis: text(100).default(''),

  /** Who decided (accepted or resolved) and when, an ISO date. */
  decidedBy: text(200).default(''),
  decidedAt: isoDate.default(''),
  /** A resolution's retest: what was checked, when, by whom. */
  retestCheck: text(2000).default(''),
  retestDate: isoDate.default(''),
  retestBy: text(200).default(''),
});
export type Finding = z.infer<typeof findingData>;

/** A finding record from the fields given, every other field at its default. */
export const newFinding = (input: z.input<typeof findingData>): Finding => findingData.parse(input);

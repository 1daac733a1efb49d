/**
 * A flow: a path the clinic allows, from a zone, asset or vendor link to a zone or
 * asset, on some services, made by some means, and known in some way. Flows are the
 * edges of the clinic's topology; `shared/topology` walks them.
 */
import { z } from 'zod';
import { isoDateTime, recordId, text, yesNoUnknown } from './fields';
import { carriedFields } from './carriedRecord';
import { enteredNow } from './carriedRecord';

/** The two zones every assessment has without recording them. */
export const PARENT_ZONE = 'parent-corporate';
export const INTERNET_ZONE = 'internet';
export const builtInZone = z.enum([PARENT_ZONE, INTERNET_ZONE]);
export type BuiltInZone = z.infer<typeof builtInZone>;

/** A flow's end: a network (zone), an asset or a vendor link by id, or a built-in zone. */
export const flowEnd = z.union([builtInZone, recordId]);

/**
 * How traffic gets there. Routed, VPN, vendor-tunnel and physical-bridge links carry
 * traffic onward from where they land; a firewall rule allows only what it names, to
 * where it names, and goes no further.
 */
export const flowMethod = z.enum(['routed', 'firewall-rule', 'vpn', 'vendor-tunnel', 'physical-bridge']);
export type FlowMethod = z.infer<typeof flowMethod>;

/** How the assessor knows: saw it (capture, logs), tried it, was told, or assumes it. */
export const flowEvidence = z.enum(['observed', 'tested', 'stated', 'assumed']);
export const flowStatus = z.enum(['in-place', 'planned']);

export const flowMethodLabels: Record<FlowMethod, string> = {
  routed: 'Routed',
  'firewall-rule': 'Firewall rule',
  vpn: 'VPN',
  'vendor-tunnel': 'Vendor tunnel',
  'physical-bridge': 'Physical bridge',
};
/** Shorter, for table cells and paths in words. */
export const flowMethodShort: Record<FlowMethod, string> = { ...flowMethodLabels, 'physical-bridge': 'Bridged' };
/** Longer, for the form where the assessor picks one. */
export const flowMethodChoiceLabels: Record<FlowMethod, string> = {
  ...flowMethodLabels,
  routed: 'Routed (no filtering)',
  'physical-bridge': 'Physical bridge / same wire',
};
export const flowEvidenceLabels: Record<z.infer<typeof flowEvidence>, string> = {
  observed: 'Observed',
  tested: 'Tested',
  stated: 'Stated',
  assumed: 'Assumed',
};
/** Longer, for the form where the assessor picks one. */
export const flowEvidenceChoiceLabels: Record<z.infer<typeof flowEvidence>, string> = {
  ...flowEvidenceLabels,
  observed: 'Observed (capture, logs)',
  stated: 'Stated by staff',
};
export const flowStatusLabels: Record<z.infer<typeof flowStatus>, string> = {
  'in-place': 'In place',
  planned: 'Planned',
};

export const flowData = z.object({
  assessmentId: recordId,
  from: flowEnd,
  to: flowEnd,
  /** Services allowed: "any", a known service ("dicom", "rdp", "hl7"), or a port ("tcp/104"). */
  services: z.array(text(40)).max(50),
  method: flowMethod,
  knownBy: flowEvidence,
  status: flowStatus.default('in-place'),
  /** Encrypted in transit (TLS, IPsec inside the clinic); not known when nobody checked. */
  encrypted: yesNoUnknown.default(null),
  /** A flow the parent approved as part of the integration: who approved it, and why. */
  approvedBy: text(200).default(''),
  approvalReason: text(500).default(''),
  notes: text(2000).default(''),
  /**
   * Seen in passive traffic (a Zeek conn.log): how many connections, and the first and
   * last of them (ISO date-times, '' when not observed). Since 1.4; older flows read as 0 and ''.
   */
  observedConnections: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
  firstSeen: isoDateTime.default(''),
  lastSeen: isoDateTime.default(''),
  ...carriedFields,
});
export type Flow = z.infer<typeof flowData>;

export function isApproved(flow: Flow): boolean {
  return flow.approvedBy.trim() !== '' && flow.approvalReason.trim() !== '';
}

export function emptyFlow(assessmentId: string, from: string, to: string): Flow {
  return {
    assessmentId,
    ...enteredNow,
    from,
    to,
    services: ['any'],
    method: 'routed',
    knownBy: 'stated',
    status: 'in-place',
    encrypted: null,
    approvedBy: '',
    approvalReason: '',
    notes: '',
    observedConnections: 0,
    firstSeen: '',
    lastSeen: '',
  };
}

/**
 * The parent firm's integration profile: what a content pack (see contentPack.ts) says
 * about the firm's side of a connection. Its address plan, its minimum standards as rules
 * on the recorded facts, how it tunes the built-in rules' severities, which findings must
 * be fixed before connecting, its approved remote-access gateway, the agents it requires
 * on every machine (with the operating systems each supports), and the cost and time
 * bands a pre-close report quotes. Without a pack, `builtInProfile` applies.
 */
import { z } from 'zod';
import { area, owner, severity } from '../model/finding';
import { text } from '../model/fields';

/** A rule or standard id: lower case, digits, dots and dashes. */
export const ruleIdText = z
  .string()
  .regex(/^[a-z0-9][a-z0-9.-]{0,79}$/, 'an id of lower-case letters, digits, dots and dashes');

/** A range of the parent's address plan, such as 10.0.0.0/8 "Corporate data centres". */
export const addressRange = z.object({
  cidr: text(50),
  name: text(200).default(''),
});
export type AddressRange = z.infer<typeof addressRange>;

/** A value a condition compares with. */
const scalar = z.union([z.string().max(200), z.number().finite(), z.boolean(), z.null()]);

/**
 * One test on one field of a record (or, for the subject `answer`, on the answer to the
 * question named in `field`): equals, differs, is one of, is empty or not, is at least
 * or at most (numbers, and dates as YYYY-MM-DD), contains (text, case-insensitive; or a
 * list holding the value).
 */
export const standardCondition = z.object({
  field: text(80),
  op: z.enum(['equals', 'not-equals', 'one-of', 'empty', 'not-empty', 'at-least', 'at-most', 'contains']),
  value: z.union([scalar, z.array(scalar).max(100)]).optional(),
});
export type StandardCondition = z.infer<typeof standardCondition>;

/** What a standard checks: each record of a kind, or the checklist's answers. */
export const standardSubject = z.enum([
  'asset',
  'network',
  'vendorAccess',
  'application',
  'link',
  'adminAccount',
  'answer',
]);
export type StandardSubject = z.infer<typeof standardSubject>;

/**
 * A minimum standard: every record of the subject that matches `where` must satisfy
 * every condition of `require`; each that does not is a finding of the given severity.
 * For the subject `answer` there is one "record", the checklist: `where` and `require`
 * name question ids in `field`.
 */
export const minimumStandard = z.object({
  id: ruleIdText,
  title: text(200),
  area,
  subject: standardSubject,
  where: z.array(standardCondition).max(20).default([]),
  require: z.array(standardCondition).min(1).max(20),
  severity,
  /** Its findings must be fixed before the clinic is connected. */
  mustFix: z.boolean().default(false),
  remediation: text(2000),
  owner: owner.default('clinic'),
});
export type MinimumStandard = z.infer<typeof minimumStandard>;

/** The severity the firm gives a built-in rule's findings, whatever the rule scores. */
export const severityTuning = z.object({ ruleId: ruleIdText, severity });

/** Which open findings stand between the clinic and the connection. */
export const mustFixPolicy = z.object({
  /** Open findings at or above this severity must be fixed (or accepted) before connecting. */
  minSeverity: severity.default('high'),
  /** Rules whose findings must be fixed before connecting whatever their severity. */
  ruleIds: z.array(ruleIdText).max(500).default([]),
  /** Rules whose open findings make the verdict no-go: no condition makes connecting safe. */
  noGoRuleIds: z.array(ruleIdText).max(500).default([]),
});
export type MustFixPolicy = z.infer<typeof mustFixPolicy>;

/** The gateway every vendor must come in through once the clinic is connected. */
export const remoteAccessGateway = z.object({
  name: text(200),
  /** Where it is: a host name or address vendors connect to. */
  address: text(200).default(''),
  notes: text(1000).default(''),
});
export type RemoteAccessGateway = z.infer<typeof remoteAccessGateway>;

export const agentPurpose = z.enum(['edr', 'log-forwarding', 'patching', 'other']);
export type AgentPurpose = z.infer<typeof agentPurpose>;
export const agentPurposeLabels: Record<AgentPurpose, string> = {
  edr: 'Endpoint detection and response',
  'log-forwarding': 'Log forwarding',
  patching: 'Patch management',
  other: 'Other',
};

/**
 * An agent the firm requires on every machine it connects. `supportedOs` lists what it
 * runs on: OS lifecycle product ids (shared/reference/osLifecycleTable.ts, such as
 * `win-10`, `win-server-2016`, `rhel-8`) or whole families (`windows`, `linux`, `macos`).
 */
export const requiredAgent = z.object({
  id: ruleIdText,
  name: text(100),
  purpose: agentPurpose,
  supportedOs: z.array(text(60)).max(500),
  /** Asset kinds it is required on; workstations and servers unless said. */
  requiredOn: z
    .array(z.enum(['workstation', 'server', 'medical-device', 'network-device', 'iot']))
    .max(5)
    .default(['workstation', 'server']),
});
export type RequiredAgent = z.infer<typeof requiredAgent>;

/** What remediating a finding of a severity costs and takes, as bands a deal team quotes. */
export const costBand = z.object({
  severity,
  cost: text(100),
  time: text(100),
});
export type CostBand = z.infer<typeof costBand>;

export const integrationProfile = z.object({
  /** The parent's address plan: clinic subnets must not overlap it. */
  addressPlan: z.array(addressRange).max(5000).default([]),
  standards: z.array(minimumStandard).max(500).default([]),
  severityTuning: z.array(severityTuning).max(500).default([]),
  mustFix: mustFixPolicy.default({ minSeverity: 'high', ruleIds: [], noGoRuleIds: [] }),
  remoteAccessGateway: remoteAccessGateway.nullable().default(null),
  requiredAgents: z.array(requiredAgent).max(50).default([]),
  costBands: z.array(costBand).max(10).default([]),
});
export type IntegrationProfile = z.infer<typeof integrationProfile>;

/**
 * Without a pack: no address plan, standards, gateway or agents to check against;
 * findings of high severity and above must be fixed before connecting; cost bands are
 * broad planning figures a pack should replace.
 */
export const builtInProfile: IntegrationProfile = integrationProfile.parse({
  costBands: [
    { severity: 'critical', cost: 'USD 10,000–50,000', time: '1–3 months' },
    { severity: 'high', cost: 'USD 2,000–10,000', time: '2–6 weeks' },
    { severity: 'medium', cost: 'USD 500–2,000', time: '1–3 months' },
    { severity: 'low', cost: 'under USD 500', time: 'within 6 months' },
    { severity: 'info', cost: 'none', time: 'none' },
  ],
});

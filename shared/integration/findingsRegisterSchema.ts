/**
 * The findings register's format: what the firm's GRC and ticketing tools read. Every
 * register is checked against this schema before it is written, and the JSON Schema in
 * the repository (findingsRegister.schema.json) is generated from it, so the two cannot
 * drift (a test compares them).
 *
 * Versions: a minor version (1.0 → 1.1) only adds fields; a change that breaks readers
 * (a field removed, renamed or given another meaning) raises the major version. The
 * writer is strict with itself (every object here is `.strict()`, the version exact),
 * but the published JSON Schema lets readers take what they do not know: it allows
 * fields it does not list and any 1.x version, so a reader written against 1.0 still
 * reads 1.1 and later 1.x registers.
 *
 * 1.1 adds `classification` and `frameworks` at the top and each assessment's `judgedOn`.
 */
import { z } from 'zod';
import { CLASSIFICATION } from '../model/classification';
import { area, owner, severity } from '../model/finding';
import { costBand, planStatus } from '../model/planItem';
import { frameworks } from '../reference/frameworks/frameworkRefs';
import { effectiveStatusLabels, type EffectiveStatus } from '../rules/findingStatus';

export const REGISTER_FORMAT = 'clinic-assessor-findings-register';
export const REGISTER_VERSION = '1.1';
/** The versions a reader of this major version reads, as the published JSON Schema states them. */
const READABLE_VERSIONS = '^1\\.[0-9]+$';

const date = z.union([z.literal(''), z.iso.date()]).describe('YYYY-MM-DD, or "" when not known');
/** Text the rules write: as long as what it lists (a finding over 5,000 devices names them). */
const line = z.string();

const framework = z.enum(frameworks as [string, ...string[]]);

const reference = z
  .object({
    framework,
    id: z
      .string()
      .max(100)
      .describe('As the framework cites it: "164.308(a)(1)(ii)(A)", "2.M.A", "E1", "EN7", "PR.AA-03"'),
    title: z.string().max(300),
  })
  .strict();

const plan = z
  .object({
    recorded: z.boolean().describe('false: no plan item is recorded yet; the fields hold what a new one would'),
    owner: z.string().max(200),
    targetDate: date,
    targetDateIsDefault: z
      .boolean()
      .describe("true: no date was agreed, this is the default for the finding's severity"),
    status: planStatus,
    costBand,
    milestones: z.array(z.object({ text: z.string().max(300), due: date, done: z.boolean() }).strict()).max(20),
    comments: z.string().max(4000),
  })
  .strict();

export const registerFinding = z
  .object({
    id: z
      .uuid()
      .describe(
        "Stable across visits and unique across clinics: a UUID derived from the clinic's id and the key. De-duplicate on this id when registers of several clinics are read together",
      ),
    key: z
      .string()
      .min(1)
      .describe(
        "Stable across visits of one clinic: the rule and the first visit's ids of the records it rests on. Not unique across clinics (a finding on answers alone has the same key in every clinic): use id to de-duplicate",
      ),
    assessmentKey: z
      .string()
      .min(1)
      .describe("The key within this assessment: the rule and this visit's record ids (as plan items are keyed)"),
    ruleId: z.string().max(100).describe('"assessor" for the assessor\'s own finding'),
    source: z.enum(['rule', 'assessor']),
    title: z.string().max(300),
    area,
    areaLabel: z.string().max(100),
    severity,
    ruleSeverity: severity.describe("The rule's own rating, before any override by the assessor"),
    likelihood: z.number().int().min(1).max(4),
    impact: z.number().int().min(1).max(4),
    rationale: line,
    status: z.enum(Object.keys(effectiveStatusLabels) as [EffectiveStatus, ...EffectiveStatus[]]),
    statusLabel: z.string().max(100),
    needsAction: z.boolean().describe("Open, or accepted past the acceptance's expiry"),
    detail: line,
    remediation: line,
    owner,
    paths: z.array(line),
    evidence: z
      .object({
        records: z.array(z.object({ id: z.string().max(100), name: line }).strict()),
        questions: z.array(z.object({ id: z.string().max(100), text: line }).strict()),
      })
      .strict(),
    references: z.array(reference),
    plan: plan.nullable().describe('null: the finding needs no action and no plan item is recorded'),
  })
  .strict();
export type RegisterFinding = z.infer<typeof registerFinding>;

export const registerAssessment = z
  .object({
    clinic: z
      .object({
        id: z.string().max(100),
        name: z.string().max(300),
        address: z.string().max(500),
        parentEntity: z.string().max(300),
      })
      .strict(),
    assessment: z
      .object({
        id: z.string().max(100),
        title: z.string().max(300),
        assessor: z.string().max(300),
        startDate: date,
        endDate: date,
        status: z.string().max(50),
      })
      .strict(),
    judgedOn: z.iso
      .date()
      .describe(
        "The date the findings were judged as of (acceptances past their expiry, end of support, the plan's default target dates): the assessment's start date, or for one without, the register's date, as in the clinic report",
      ),
    judgedUnder: line.describe('The reference data the findings were judged under'),
    findings: z.array(registerFinding),
  })
  .strict();
export type RegisterAssessment = z.infer<typeof registerAssessment>;

const formatVersion = z
  .literal(REGISTER_VERSION)
  .describe('major.minor: a minor version only adds fields, so a reader of 1.0 reads any 1.x register');

export const findingsRegister = z
  .object({
    format: z.literal(REGISTER_FORMAT),
    formatVersion,
    generatedAt: z.iso.datetime(),
    classification: z.literal(CLASSIFICATION).describe('How the register is to be handled, as the reports are marked'),
    tool: z.object({ name: z.literal('Clinic Assessor'), version: z.string().max(50) }).strict(),
    frameworks: z
      .array(
        z
          .object({ framework, title: z.string().max(300), edition: z.string().max(300), source: z.string().max(1000) })
          .strict(),
      )
      .describe('The publications the references cite, with their editions'),
    assessments: z.array(registerAssessment),
  })
  .strict()
  .describe('Clinic Assessor findings register: the findings of one or more assessments, for GRC and ticketing tools');
export type FindingsRegister = z.infer<typeof findingsRegister>;

/**
 * The register's JSON Schema (draft 2020-12), as committed in findingsRegister.schema.json:
 * tolerant where the writer is strict, allowing fields it does not list and any 1.x version.
 */
export function registerJsonSchemaText(): string {
  const schema = z.toJSONSchema(findingsRegister, {
    target: 'draft-2020-12',
    io: 'output',
    override: ({ zodSchema, jsonSchema }) => {
      if (jsonSchema.additionalProperties === false) delete jsonSchema.additionalProperties;
      if (zodSchema === formatVersion) {
        delete jsonSchema.const;
        jsonSchema.pattern = READABLE_VERSIONS;
      }
    },
  });
  return `${JSON.stringify({ ...schema, title: 'Clinic Assessor findings register', $comment: `format ${REGISTER_FORMAT} ${REGISTER_VERSION}; generated from shared/integration/findingsRegisterSchema.ts by build/findingsRegisterSchema.ts` }, null, 2)}\n`;
}

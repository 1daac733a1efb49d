import { z } from 'zod';
import { issueFields } from './assessmentIssue';
import { isoDate, recordId, text } from './fields';

export const assessmentStatuses = ['draft', 'reviewed', 'issued'] as const;
export type AssessmentStatus = (typeof assessmentStatuses)[number];
/** Files and databases of before the review workflow say 'final': reviewed, never issued (nobody signed it). */
export const assessmentStatus = z.enum(assessmentStatuses);
const storedStatus = z.preprocess((v) => (v === 'final' ? 'reviewed' : v), assessmentStatus);
export const assessmentStatusLabels: Record<AssessmentStatus, string> = {
  draft: 'Draft',
  reviewed: 'Reviewed',
  issued: 'Issued',
};

/** Before the deal closes (the report speaks to deal terms) or after it (the report instructs the clinic). */
export const assessmentPhase = z.enum(['diligence', 'integration']);
export type AssessmentPhase = z.infer<typeof assessmentPhase>;
export const assessmentPhaseLabels: Record<AssessmentPhase, string> = {
  diligence: 'Pre-close diligence',
  integration: 'Post-close integration',
};

export const assessmentData = z.object({
  clinicId: recordId,
  title: text(200),
  assessor: text(200),
  startDate: isoDate,
  endDate: isoDate,
  status: storedStatus,
  /** Version of the checklists the answers belong to. */
  checklistVersion: text(40),
  /** Added with model v3; an assessment of before it is post-close integration. */
  phase: assessmentPhase.default('integration'),
  ...issueFields,
});
export type Assessment = z.infer<typeof assessmentData>;

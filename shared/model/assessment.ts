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

export const assessmentData = z.object({
  clinicId: recordId,
  title: text(200),
  assessor: text(200),
  startDate: isoDate,
  endDate: isoDate,
  status: storedStatus,
  /** Version of the checklists the answers belong to. */
  checklistVersion: text(40),
  ...issueFields,
});
export type Assessment = z.infer<typeof assessmentData>;

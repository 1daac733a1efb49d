import { z } from 'zod';
import { isoDate, recordId, text } from './fields';

export const assessmentStatus = z.enum(['draft', 'final']);
export const assessmentStatusLabels: Record<z.infer<typeof assessmentStatus>, string> = {
  draft: 'Draft',
  final: 'Final',
};

export const assessmentData = z.object({
  clinicId: recordId,
  title: text(200),
  assessor: text(200),
  startDate: isoDate,
  endDate: isoDate,
  status: assessmentStatus,
  /** Version of the checklists the answers belong to. */
  checklistVersion: text(40),
});
export type Assessment = z.infer<typeof assessmentData>;

import { z } from 'zod';
import { recordId, text } from './fields';

export const answerValue = z.union([
  z.string().max(2000),
  z.number().finite(),
  z.boolean(),
  z.array(z.string().max(200)).max(50),
  z.null(),
]);

export const answerData = z.object({
  assessmentId: recordId,
  questionId: z.string().min(1).max(100),
  value: answerValue,
  note: text(2000),
});
export type Answer = z.infer<typeof answerData>;

import { derivedId } from '../model/derivedId';

/** The record id of an answer: one per assessment and question, on every device. */
export function answerId(assessmentId: string, questionId: string): Promise<string> {
  return derivedId('answer', assessmentId, questionId);
}

/** What every message a user can reach must be: one sentence, in words, bounded, with no raw schema output, stack or error code. */
import { expect } from 'vitest';

export function expectPlainSentence(message: string, maxLength = 300): void {
  expect(message.length, message).toBeLessThanOrEqual(maxLength);
  expect(message, 'starts with a capital').toMatch(/^[A-Z“]/);
  expect(message, 'ends as a sentence').toMatch(/[.!?]$/);
  expect(message, 'one sentence').not.toMatch(/[.!?] +[A-Z]/);
  expect(message, 'no JSON dump').not.toMatch(/[[\]{}]/);
  expect(message, 'no zod').not.toMatch(/ZodError|invalid_type|too_big|Invalid input/);
  expect(message, 'no stack').not.toMatch(/\n|\bat \S+ \(|:\d+:\d+/);
  expect(message, 'no Node error code').not.toMatch(/\bE[A-Z]{3,}\b/);
}

/** The message `work` throws, or a marker that it threw nothing. */
export function thrownMessage(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return '(nothing thrown)';
}

/**
 * What a checklist question is, as data: a stable id, the words an assessor reads,
 * why it matters and how to check it on site, the kind of answer, and when it shows.
 */
import type { z } from 'zod';
import type { answerValue } from '../model/answer';

export type AnswerValue = z.infer<typeof answerValue>;

export type AnswerType =
  | { kind: 'yes-no' }
  | { kind: 'choice'; options: readonly Option[] }
  | { kind: 'multi-choice'; options: readonly Option[] }
  | { kind: 'number'; unit: string; min?: number; max?: number }
  | { kind: 'date' }
  | { kind: 'text'; multiline?: boolean }
  /** Pick from the assessment's own networks (by id). */
  | { kind: 'networks' }
  /** Pick from the assessment's own assets (by id), optionally of one kind. */
  | { kind: 'assets'; assetKind?: 'medical-device' | 'workstation' | 'server' };

export interface Option {
  value: string;
  label: string;
}

/** When a question applies, from the answers given so far. */
export type Condition =
  | { question: string; equals: AnswerValue }
  | { question: string; in: readonly string[] }
  | { question: string; includes: string }
  | { question: string; atLeast: number }
  | { all: readonly Condition[] }
  | { any: readonly Condition[] };

export interface Question {
  id: string;
  text: string;
  /** Why it matters, and how to check it on site. */
  help: string;
  answer: AnswerType;
  required?: boolean;
  showIf?: Condition;
}

export interface Section {
  id: string;
  title: string;
  intro: string;
  questions: readonly Question[];
}

export const yesNo = { kind: 'yes-no' } as const;
export const text = { kind: 'text' } as const;
export const notes = { kind: 'text', multiline: true } as const;
export const options = (...pairs: [string, string][]): Option[] => pairs.map(([value, label]) => ({ value, label }));

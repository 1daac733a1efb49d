/**
 * The checklist's question ids as a union of literals, read from the sections' data, so
 * code that names a question (rules, settled answers, conditions, tests) fails to compile
 * on a misspelt id. Answers on disk and in files keep plain strings.
 */
import { applications } from './sections/applications';
import { clinicProfile } from './sections/clinicProfile';
import { compromise } from './sections/compromise';
import { connectivity } from './sections/connectivity';
import { endpoints } from './sections/endpoints';
import { governance } from './sections/governance';
import { identity } from './sections/identity';
import { medicalDevices } from './sections/medicalDevices';
import { networks } from './sections/networks';
import { scanningPlan } from './sections/scanningPlan';
import { vendorAccess } from './sections/vendorAccess';
import { wireless } from './sections/wireless';

/** The sections in the order an assessor walks them, with their literal types. */
export const checklistSections = [
  clinicProfile,
  endpoints,
  medicalDevices,
  networks,
  vendorAccess,
  connectivity,
  applications,
  identity,
  wireless,
  scanningPlan,
  governance,
  compromise,
] as const;

type ChecklistQuestion = (typeof checklistSections)[number]['questions'][number];
export type QuestionId = ChecklistQuestion['id'];

type ShowIf<Q> = Q extends { readonly showIf: infer C } ? C : never;
type Named<C> = C extends { readonly question: infer Id }
  ? Id
  : C extends { readonly all: readonly (infer D)[] } | { readonly any: readonly (infer D)[] }
    ? Named<D>
    : never;
type UnknownInConditions = Exclude<Named<ShowIf<ChecklistQuestion>>, QuestionId>;

/** Compiles only while every `showIf` names a question that exists; otherwise the error shows the id. */
export const conditionsNameRealQuestions: [UnknownInConditions] extends [never] ? true : UnknownInConditions = true;

const ids: ReadonlySet<string> = new Set(checklistSections.flatMap((s) => s.questions.map((q) => q.id)));

/** Whether a stored id (a plain string from the database or a file) is one of this checklist's questions. */
export function isQuestionId(id: string): id is QuestionId {
  return ids.has(id);
}

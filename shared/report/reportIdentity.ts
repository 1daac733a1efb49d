/**
 * The report's identity and administration chapter, as data: the admin register (who
 * holds admin over what, for whom, with MFA or not, shared or not, still employed or not)
 * and the clinic's email security answers.
 */
import { visibleQuestions, type Answers } from '../checklists/checklist';
import { identity } from '../checklists/sections/identity';
import {
  adminAccountTypeLabels,
  adminOrganisationLabels,
  adminSystemLabels,
  type AdminAccount,
} from '../model/adminAccount';
import { isToConfirm } from '../model/carriedRecord';
import type { WithId } from '../model/withId';
import { answerText } from './answerText';

export interface AdminHolderRow {
  system: string;
  /** Which one, in the clinic's words. */
  which: string;
  person: string;
  organisation: string;
  stillEmployed: string;
  mfa: string;
  accountType: string;
  separateAccount: string;
  /** Carried from the last visit and not confirmed yet. */
  toConfirm: boolean;
}

export interface IdentityReport {
  holders: AdminHolderRow[];
  /** The "Identity and email" answers that apply, in checklist order. */
  answers: { question: string; answer: string; note: string }[];
}

const yesNo = (v: boolean | null) => (v === true ? 'Yes' : v === false ? 'No' : 'Not known');
const systemOrder = Object.keys(adminSystemLabels);

export function identityReport(
  adminAccounts: readonly WithId<AdminAccount>[],
  answers: Answers,
  notes: ReadonlyMap<string, string>,
  names: ReadonlyMap<string, string>,
): IdentityReport {
  const holders = [...adminAccounts]
    .sort(
      (a, b) =>
        systemOrder.indexOf(a.data.system) - systemOrder.indexOf(b.data.system) ||
        a.data.person.localeCompare(b.data.person),
    )
    .map(({ data: d }) => ({
      system: adminSystemLabels[d.system],
      which: d.systemName,
      person: d.person || 'Unnamed holder',
      organisation: adminOrganisationLabels[d.organisation],
      stillEmployed: d.stillEmployed === false ? 'No, left' : yesNo(d.stillEmployed),
      mfa: yesNo(d.mfa),
      accountType: adminAccountTypeLabels[d.accountType],
      separateAccount: yesNo(d.separatePrivileged),
      toConfirm: isToConfirm(d),
    }));
  return {
    holders,
    answers: visibleQuestions(identity, answers).map((q) => ({
      question: q.text,
      answer: answerText(q, answers.get(q.id), names),
      note: notes.get(q.id) ?? '',
    })),
  };
}

/**
 * The questions an import asks about look-alike clinics (shared/merge/clinicTwins.ts):
 * for each clinic of the file named like a clinic here (or at its address) under another
 * id, "the same clinic as …" or "keep both", each clinic shown with its city and last
 * visit so they can be told apart. An answer given before for the same file clinic is
 * offered already chosen; the import waits until every question has an answer.
 */
import type { BundleContent } from '../../../shared/bundle/bundleContent';
import { findClinicTwins, type TwinReason } from '../../../shared/merge/clinicTwins';
import type { ClinicRekeying } from '../../../shared/merge/rekeyClinics';
import { cityOf, lastVisitOf } from '../../../shared/model/clinicPlace';
import type { Assessment } from '../../../shared/model/assessment';
import type { Clinic } from '../../../shared/model/clinic';
import type { VersionedRecord } from '../../../shared/model/versionedRecord';
import { rememberedTwins } from '../../db/clinicTwins';
import { repositoriesFor } from '../../db/repository';
import type { Vault } from '../../db/vault';

/** A clinic as a question shows it. */
export interface ClinicInBrief {
  id: string;
  name: string;
  city: string;
  /** ISO day, "" without a dated visit. */
  lastVisit: string;
}

export interface TwinQuestion {
  incoming: ClinicInBrief;
  /** Titles of the issued assessments of the file's clinic: taken as the clinic here, they read as changed since issue. */
  issued: string[];
  /** The clinics here it may be, with what matched ("chosen before" for a remembered answer). */
  candidates: (ClinicInBrief & { reason: TwinReason | 'chosen before' })[];
}

/** The answer to one question: the id of the clinic here it is, or keep both. */
export type TwinAnswer = string | 'keep-both';

type Records = { clinic: readonly VersionedRecord<Clinic>[]; assessment: readonly VersionedRecord<Assessment>[] };

function inBrief(clinic: VersionedRecord<Clinic>, records: Records): ClinicInBrief {
  const visits = records.assessment.filter((a) => !a.deleted && a.data.clinicId === clinic.id);
  return { id: clinic.id, name: clinic.data.name, city: cityOf(clinic.data.address), lastVisit: lastVisitOf(visits) };
}

/** The questions for this file, and the answers remembered from an earlier import of it. */
export async function twinQuestions(
  vault: Vault,
  content: BundleContent,
): Promise<{ questions: TwinQuestion[]; answers: Record<string, TwinAnswer> }> {
  if (!content.records.clinic.length) return { questions: [], answers: {} };
  const repos = repositoriesFor(vault);
  const allHere: Records = { clinic: await repos.clinic.all(), assessment: await repos.assessment.all() };
  const remembered = await rememberedTwins(vault.db);
  const heldIds = new Set(allHere.clinic.map((c) => c.id));
  const liveHere = new Map(allHere.clinic.filter((c) => !c.deleted).map((c) => [c.id, c]));
  const twins = new Map(findClinicTwins(content.records.clinic, allHere.clinic).map((t) => [t.incoming.id, t]));
  const questions: TwinQuestion[] = [];
  const answers: Record<string, TwinAnswer> = {};
  for (const clinic of content.records.clinic) {
    if (clinic.deleted || heldIds.has(clinic.id)) continue;
    const candidates = (twins.get(clinic.id)?.matches ?? []).map((m) => ({
      ...inBrief(m.clinic as VersionedRecord<Clinic>, allHere),
      reason: m.reason as TwinQuestion['candidates'][number]['reason'],
    }));
    const before = Object.hasOwn(remembered, clinic.id) ? liveHere.get(remembered[clinic.id] ?? '') : undefined;
    if (before && !candidates.some((c) => c.id === before.id))
      candidates.unshift({ ...inBrief(before, allHere), reason: 'chosen before' });
    if (!candidates.length) continue;
    const issued = content.records.assessment
      .filter((a) => !a.deleted && a.data.clinicId === clinic.id && a.data.status === 'issued')
      .map((a) => a.data.title || 'Untitled assessment');
    questions.push({ incoming: inBrief(clinic, content.records), candidates, issued });
    if (before) answers[clinic.id] = before.id;
  }
  return { questions, answers };
}

/** Whether every question has an answer. */
export const allAnswered = (questions: readonly TwinQuestion[], answers: Readonly<Record<string, TwinAnswer>>) =>
  questions.every((q) => Object.hasOwn(answers, q.incoming.id));

/** The file's clinics answered "the same as a clinic here", as the re-keying to apply. */
export function rekeyingOf(
  questions: readonly TwinQuestion[],
  answers: Readonly<Record<string, TwinAnswer>>,
): ClinicRekeying {
  return new Map(
    questions.flatMap((q) => {
      const answer = answers[q.incoming.id];
      return answer && answer !== 'keep-both' && q.candidates.some((c) => c.id === answer)
        ? [[q.incoming.id, answer] as const]
        : [];
    }),
  );
}

import { answerId } from '../../../shared/checklists/answerId';
import { sampleClinic } from '../../../shared/sample/sampleClinic';
import { practiceId } from '../../../shared/model/practice';
import type { Repositories } from '../../db/repository';

/** Writes the sample clinic through the encrypted repositories; returns the assessment id. */
export async function loadSampleClinic(
  repos: Repositories,
  today: string,
  onProgress: (done: number, total: number) => void,
): Promise<string> {
  const sample = sampleClinic(() => crypto.randomUUID(), today);
  const steps: (() => Promise<unknown>)[] = [
    () => repos.clinic.create(sample.clinic.data, sample.clinic.id),
    () => repos.assessment.create(sample.assessment.data, sample.assessment.id),
    ...sample.networks.map((n) => () => repos.network.create(n.data, n.id)),
    ...sample.assets.map((a) => () => repos.asset.create(a.data, a.id)),
    ...sample.vendorLinks.map((v) => () => repos.vendorAccess.create(v.data, v.id)),
    ...sample.links.map((l) => () => repos.link.create(l.data, l.id)),
    ...sample.applications.map((a) => () => repos.application.create(a.data, a.id)),
    ...sample.flows.map((f) => () => repos.flow.create(f.data, f.id)),
    ...sample.adminAccounts.map((a) => () => repos.adminAccount.create(a.data, a.id)),
    ...sample.ephiStores.map((e) => () => repos.ephiStore.create(e.data, e.id)),
    ...sample.practices.map(
      ([practice, state, since, notes]) =>
        async () =>
          repos.practice.upsert(await practiceId(sample.assessment.id, practice), {
            assessmentId: sample.assessment.id,
            practice,
            state,
            since,
            notes,
          }),
    ),
    ...sample.answers.map(
      ([questionId, value, note]) =>
        async () =>
          repos.answer.upsert(await answerId(sample.assessment.id, questionId), {
            assessmentId: sample.assessment.id,
            questionId,
            value,
            note,
          }),
    ),
  ];
  for (const [index, step] of steps.entries()) {
    await step();
    onProgress(index + 1, steps.length);
  }
  return sample.assessment.id;
}

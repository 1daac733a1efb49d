/**
 * The import's look-alike clinic questions, through the use case with real IndexedDB and
 * real files: nothing is written until each is answered; "same" takes the file's clinic as
 * the one here (and is remembered, so a second import writes nothing); "keep both" adds it.
 */
import { describe, expect, it } from 'vitest';
import { loadSampleClinic } from '../../../../renderer/features/clinics/loadSampleClinic';
import { assessmentImport } from '../../../../renderer/features/exchange/importAssessmentFile';
import { inProcessBundleWorker } from '../../../support/inProcessWorkers';
import { laptopsPerTest } from '../../../support/exchangeLaptop';
import { exportedFile } from '../../../support/exportedFile';

const laptop = laptopsPerTest('clinic-assessor-twins-');
const clock = () => new Date('2026-11-28T10:00:00Z');
const passphrase = 'correct horse battery staple';

/** A laptop with the sample clinic loaded on its own: same name, its own id. */
async function laptopWithSample() {
  const one = await laptop();
  await loadSampleClinic(one.repos, '2026-11-28', () => undefined);
  return one;
}
type Laptop = Awaited<ReturnType<typeof laptopWithSample>>;

const exported = (from: Laptop) =>
  exportedFile(
    from,
    { scope: { kind: 'all' }, lock: 'passphrase', passphrase, sign: false, signerName: '', redact: false },
    clock,
  );

async function previewed(to: Laptop, file: string) {
  to.dialogs.answer(file);
  const importer = assessmentImport({ vault: to.vault, ...to.dialogs, worker: inProcessBundleWorker, clock });
  await importer.choose();
  await importer.open({ how: 'passphrase', passphrase });
  return importer;
}

describe('importing a file whose clinic looks like one here', { timeout: 120_000 }, () => {
  it('waits for an answer; "same" puts both visits under the clinic here, and importing again writes nothing', async () => {
    const [a, b] = [await laptopWithSample(), await laptopWithSample()];
    const [here] = await b.repos.clinic.list();
    const file = await exported(a);
    const importer = await previewed(b, file);
    const state = importer.view.state;
    if (state.step !== 'preview') throw new Error(state.step);
    expect(state.twins?.questions).toHaveLength(1);
    expect(state.twins?.questions[0]?.candidates).toMatchObject([
      { id: here?.id, name: here?.data.name, city: 'Lakeside', reason: 'name and address' },
    ]);
    expect(state.twins?.answers).toEqual({});

    const refused = await importer.commit();
    expect(refused.state.step).toBe('preview');
    expect(refused.error).toBe(
      'Say for each look-alike clinic whether it is the clinic here or another one before importing.',
    );
    expect(await b.repos.assessment.list()).toHaveLength(0);

    const incomingId = state.twins!.questions[0]!.incoming.id;
    await importer.answerTwin(incomingId, here!.id);
    expect((await importer.commit()).state).toMatchObject({ step: 'done' });
    expect((await b.repos.clinic.list()).map((c) => c.id)).toEqual([here!.id]);
    expect((await b.repos.assessment.list(here!.id)).length).toBe(2);
    expect(await b.repos.clinic.get(incomingId)).toBeUndefined();

    const again = await previewed(b, file);
    expect(again.view.state).toMatchObject({ step: 'preview', twins: { answers: { [incomingId]: here!.id } } });
    expect((await again.commit()).state).toMatchObject({ step: 'done', written: 0, conflicts: 0 });
  });

  it('"keep both" adds the file\'s clinic beside the one here', async () => {
    const [a, b] = [await laptopWithSample(), await laptopWithSample()];
    const importer = await previewed(b, await exported(a));
    const state = importer.view.state;
    if (state.step !== 'preview') throw new Error(state.step);
    await importer.answerTwin(state.twins!.questions[0]!.incoming.id, 'keep-both');
    expect((await importer.commit()).state).toMatchObject({ step: 'done' });
    expect(await b.repos.clinic.list()).toHaveLength(2);
    // Held by id now: a second import asks nothing.
    expect((await previewed(b, await exported(a))).view.state).not.toHaveProperty('twins');
  });
});

import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { entityTypes } from '../../../../shared/model/entities';
import { readLastBackup } from '../../../../renderer/db/backupStatus';
import { upgradeTopology } from '../../../../renderer/db/topologyUpgrade';
import { loadSampleClinic } from '../../../../renderer/features/clinics/loadSampleClinic';
import { assessmentExport, type ExportChoice } from '../../../../renderer/features/exchange/exportAssessmentFile';
import { assessmentImport, type ImportView } from '../../../../renderer/features/exchange/importAssessmentFile';
import { inProcessBundleWorker } from '../../../support/inProcessWorkers';
import { laptopsPerTest } from '../../../support/exchangeLaptop';
import { exportedFile } from '../../../support/exportedFile';
import { expectPlainSentence } from '../../../support/plainSentence';

const laptop = laptopsPerTest('clinic-assessor-usecase-');

const clock = () => new Date('2026-11-28T10:00:00Z');

type Laptop = Awaited<ReturnType<typeof laptop>>;

const everything: ExportChoice = {
  scope: { kind: 'all' },
  lock: 'passphrase',
  passphrase: 'correct horse battery staple',
  sign: true,
  signerName: 'Dana Whitfield',
  redact: false,
};

const exported = (from: Laptop, choice: ExportChoice = everything) => exportedFile(from, choice, clock);

/** Chooses `file` on `to` and opens it with the passphrase: the import's view at its preview. */
async function previewed(to: Laptop, file: string, views: ImportView[] = []) {
  to.dialogs.answer(file);
  const importer = assessmentImport({ vault: to.vault, ...to.dialogs, worker: inProcessBundleWorker, clock }, (v) =>
    views.push(v),
  );
  expect((await importer.choose()).state).toMatchObject({ step: 'chosen', file: { passphrase: true, firmKey: false } });
  await importer.open({ how: 'passphrase', passphrase: everything.passphrase });
  return importer;
}

async function allRecords(d: Laptop) {
  return Object.fromEntries(
    await Promise.all(
      entityTypes.map(async (t) => [t, (await d.repos[t].all()).sort((x, y) => x.id.localeCompare(y.id))] as const),
    ),
  );
}

describe('exporting and importing assessment files through the use cases', { timeout: 120_000 }, () => {
  it('exports a signed backup to a real file, and a second laptop previews, trusts and imports it whole', async () => {
    const a = await laptop();
    const b = await laptop();
    await loadSampleClinic(a.repos, '2026-11-28', () => undefined);
    await upgradeTopology(a.repos);
    const file = await exported(a);
    expect(path.basename(file)).toBe('clinic-assessor-backup-2026-11-28.cabundle');
    expect(await readdir(a.dir)).toEqual([path.basename(file)]);
    expect(await readLastBackup(a.db)).toBe('2026-11-28T10:00:00.000Z');

    const views: ImportView[] = [];
    const importer = await previewed(b, file, views);
    expect(views.some((v) => v.state.step === 'opening')).toBe(true);
    const preview = importer.view.state;
    if (preview.step !== 'preview') throw new Error(`not previewed: ${JSON.stringify(importer.view)}`);
    expect(preview.manifest.redacted).toBeFalsy();
    expect(preview.plan.counts.added).toBeGreaterThan(80);
    expect(preview.plan.counts.conflicts).toBe(0);
    expect(preview.signer).toMatchObject({ name: 'Dana Whitfield', trusted: false, own: false });
    expect(await b.repos.clinic.all()).toEqual([]);

    expect((await importer.trust()).state).toMatchObject({ step: 'preview', signer: { trusted: true } });
    const done = await importer.commit();
    expect(done.state).toEqual({
      step: 'done',
      name: path.basename(file),
      written: preview.plan.counts.added,
      conflicts: 0,
    });
    expect(views.some((v) => v.state.step === 'committing')).toBe(true);
    expect(await allRecords(b)).toEqual(await allRecords(a));

    // The same file again: the preview says nothing changes, and nothing is written.
    const again = await previewed(b, file);
    expect(again.view.state).toMatchObject({ step: 'preview', signer: { trusted: true } });
    const before = await allRecords(b);
    expect((await again.commit()).state).toMatchObject({ step: 'done', written: 0, conflicts: 0 });
    expect(await allRecords(b)).toEqual(before);
  });

  it('a wrong passphrase says so in one sentence and keeps the file chosen, to try again', async () => {
    const a = await laptop();
    const b = await laptop();
    await a.repos.clinic.create({
      name: 'Lakeside',
      address: '',
      acquisitionDate: '',
      parentEntity: '',
      contacts: 'Pat, 555-0101',
      archived: false,
    });
    b.dialogs.answer(await exported(a));
    const importer = assessmentImport({ vault: b.vault, ...b.dialogs, worker: inProcessBundleWorker });
    await importer.choose();
    const failed = await importer.open({ how: 'passphrase', passphrase: 'not the passphrase' });
    expect(failed.state.step).toBe('chosen');
    expectPlainSentence(failed.error ?? '');
    expect((await importer.open({ how: 'passphrase', passphrase: everything.passphrase })).state.step).toBe('preview');
    await importer.commit();
    expect((await b.repos.clinic.all()).map((c) => c.data.contacts)).toEqual(['Pat, 555-0101']);
  });

  it('a redacted file keeps the contacts here, and the full file after it gives what the full file alone gives', async () => {
    const a = await laptop();
    await loadSampleClinic(a.repos, '2026-11-28', () => undefined);
    const [clinic] = await a.repos.clinic.list();
    await a.repos.clinic.update(clinic!.id, { contacts: 'Office manager Pat Doe, 555-0101' });
    const full = await exported(a);
    const redacted = await exported(a, { ...everything, scope: { kind: 'clinic', ids: [clinic!.id] }, redact: true });
    expect(path.basename(redacted)).toBe('clinic-assessor-redacted-2026-11-28.cabundle');

    const both = await laptop();
    await (await previewed(both, redacted)).commit();
    expect((await both.repos.clinic.get(clinic!.id))?.data.contacts).toBe('');
    await (await previewed(both, full)).commit();
    const alone = await laptop();
    await (await previewed(alone, full)).commit();
    expect(await allRecords(both)).toEqual(await allRecords(alone));
    expect((await both.repos.clinic.get(clinic!.id))?.data.contacts).toBe('Office manager Pat Doe, 555-0101');
  });

  it('a cancelled export leaves no file, and cancelling an import leaves the file chosen and nothing written', async () => {
    const a = await laptop();
    await loadSampleClinic(a.repos, '2026-11-28', () => undefined);
    a.dialogs.answer('');
    const exporter = assessmentExport({ vault: a.vault, ...a.dialogs, worker: inProcessBundleWorker, clock }, (s) => {
      if (s.step === 'working' && s.label.startsWith('Encrypting')) exporter.cancel();
    });
    const state = await exporter.run(everything);
    expect(state).toMatchObject({ step: 'error' });
    expect(await readdir(a.dir)).toEqual([]);
    expect(await readLastBackup(a.db)).toBeUndefined();

    const file = await exported(a);
    const b = await laptop();
    b.dialogs.answer(file);
    const importer = assessmentImport({ vault: b.vault, ...b.dialogs, worker: inProcessBundleWorker }, (v) => {
      if (v.state.step === 'opening' && v.state.label.startsWith('Decrypting')) importer.cancel();
    });
    await importer.choose();
    const cancelled = await importer.open({ how: 'passphrase', passphrase: everything.passphrase });
    expect(cancelled.state.step).toBe('chosen');
    expect(cancelled.error).toBeTruthy();
    expect(await b.repos.clinic.all()).toEqual([]);
    expect(existsSync(file)).toBe(true);
  });
});

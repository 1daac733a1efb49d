import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blobBytes } from '../../../../renderer/db/evidenceBlobs';
import { attachEvidence } from '../../../../renderer/db/evidenceStore';
import { loadSampleClinic } from '../../../../renderer/features/clinics/loadSampleClinic';
import { assessmentExport, type ExportChoice } from '../../../../renderer/features/exchange/exportAssessmentFile';
import { assessmentImport, type ImportView } from '../../../../renderer/features/exchange/importAssessmentFile';
import { photoBytes, readWithBlobs, sha256Hex } from '../../../support/evidenceFiles';
import { inProcessBundleWorker } from '../../../support/inProcessWorkers';
import { laptopsPerTest } from '../../../support/exchangeLaptop';

const laptop = laptopsPerTest('clinic-assessor-evidence-');
const PASSPHRASE = 'correct horse battery staple';
const choice: ExportChoice = {
  scope: { kind: 'all' },
  lock: 'passphrase',
  passphrase: PASSPHRASE,
  sign: false,
  signerName: '',
  redact: false,
};

type Laptop = Awaited<ReturnType<typeof laptop>>;

/** The sample clinic with photos on two devices; the same photo on both. */
async function withPhotos(a: Laptop) {
  await loadSampleClinic(a.repos, '2026-11-28', () => undefined);
  const [first, second] = await a.repos.asset.all();
  const photos = [photoBytes(0, 1), photoBytes(1000, 2), photoBytes(600 * 1024 + 5, 3)];
  for (const [i, bytes] of photos.entries())
    await attachEvidence(a.vault, a.repos, {
      assessmentId: first!.data.assessmentId,
      target: 'asset',
      targetId: first!.id,
      fileName: `photo-${i}.jpg`,
      mediaType: 'image/jpeg',
      bytes,
    });
  await attachEvidence(a.vault, a.repos, {
    assessmentId: second!.data.assessmentId,
    target: 'asset',
    targetId: second!.id,
    fileName: 'same.jpg',
    mediaType: 'image/jpeg',
    bytes: photos[1]!,
  });
  return photos;
}

async function exported(from: Laptop, options: Partial<ExportChoice> = {}) {
  from.dialogs.answer('');
  const state = await assessmentExport({ vault: from.vault, ...from.dialogs, worker: inProcessBundleWorker }).run({
    ...choice,
    ...options,
  });
  if (state.step !== 'saved') throw new Error(`export ended ${JSON.stringify(state)}`);
  return path.join(from.dir, state.name);
}

async function imported(to: Laptop, file: string, views: ImportView[] = []) {
  to.dialogs.answer(file);
  const importer = assessmentImport({ vault: to.vault, ...to.dialogs, worker: inProcessBundleWorker }, (v) =>
    views.push(v),
  );
  await importer.choose();
  const opened = await importer.open({ how: 'passphrase', passphrase: PASSPHRASE });
  if (opened.state.step !== 'preview') return opened;
  return importer.commit();
}

const stored = async (d: Laptop) => ({
  blobs: await d.db.table('evidenceBlobs').count(),
  chunks: await d.db.table('evidenceChunks').count(),
});

describe('evidence travels in assessment files', { timeout: 120_000 }, () => {
  it('exports photos with their bytes and imports them into a fresh database: bytes equal, stored once by hash', async () => {
    const a = await laptop();
    const photos = await withPhotos(a);
    const file = await exported(a);
    const inFile = await readWithBlobs(await readFile(file), PASSPHRASE);
    expect(inFile.blobs.size).toBe(3);

    const b = await laptop();
    const views: ImportView[] = [];
    expect((await imported(b, file, views)).state).toMatchObject({ step: 'done' });
    expect(views.some((v) => v.state.step === 'opening' && /evidence 3 of 3/.test(v.state.label))).toBe(true);
    const evidence = await b.repos.evidence.all();
    expect(evidence).toHaveLength(4);
    for (const bytes of photos) expect(await blobBytes(b.vault, sha256Hex(bytes))).toEqual(bytes);
    expect((await stored(b)).blobs).toBe(3);

    // Again: the same records, the same blobs, nothing twice.
    expect((await imported(b, file)).state).toMatchObject({ step: 'done', written: 0 });
    expect(await stored(b)).toEqual(await stored(a));
  });

  it('keeps nothing of a file that turns out altered after its evidence was staged', async () => {
    const a = await laptop();
    await withPhotos(a);
    const file = await exported(a);
    const bytes = await readFile(file);
    bytes[bytes.byteLength - 10]! ^= 1;
    await writeFile(file, bytes);
    const c = await laptop();
    const view = await imported(c, file);
    expect(view.error).toMatch(/damaged or has been altered/);
    expect(await stored(c)).toEqual({ blobs: 0, chunks: 0 });
    expect(await c.repos.evidence.all()).toEqual([]);
  });

  it('leaves out every photo and file when asked, records and bytes, and says so in the manifest', async () => {
    const a = await laptop();
    await withPhotos(a);
    const file = await exported(a, { redact: true, leaveOutEvidence: true });
    const inFile = await readWithBlobs(await readFile(file), PASSPHRASE);
    expect(inFile.content.records.evidence).toEqual([]);
    expect(inFile.blobs.size).toBe(0);
    expect(inFile.content.manifest).toMatchObject({ evidenceLeftOut: true, blobs: [] });
  });
});

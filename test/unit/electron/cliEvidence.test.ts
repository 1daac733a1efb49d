import { readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { photosOfAssessment } from '../../../electron/cli/evidencePhotos';
import { cli } from '../../support/cliRunner';
import {
  evidenceRecord,
  fileWithPhotos,
  passphraseKey,
  photoBytes,
  readWithBlobs,
  recordsWithPhotos,
  sha256Hex,
  TEST_PASSPHRASE,
} from '../../support/evidenceFiles';
import { makeTempDir } from '../../support/tempDir';
import { pdfImages } from '../../support/pdfImages';
import { flatText } from '../../support/pdfTools';

const fixtures = path.join(import.meta.dirname, '..', '..', 'fixtures', 'evidence');

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await makeTempDir('clinic-assessor-cli-evidence-')));
afterAll(() => cleanup());

const leftoverTemp = async () =>
  (await readdir(tmpdir())).filter((name) => name.startsWith('clinic-assessor-evidence-')).length;

describe('command line with evidence', { timeout: 300_000 }, () => {
  it('merge carries every input’s evidence into the output once by hash; verify counts and checks it', async () => {
    const same = photoBytes(300 * 1024, 1);
    const onlyA = photoBytes(70_000, 2);
    const onlyB = photoBytes(0, 3);
    const a = await recordsWithPhotos([same, onlyA], 'laptop-a');
    const b = await recordsWithPhotos([same], 'laptop-a');
    b.records.evidence = [
      await evidenceRecord(a.assessmentId, a.assetId, same, 'label.jpg', 'laptop-b'),
      await evidenceRecord(a.assessmentId, a.assetId, onlyB, 'empty.txt', 'laptop-b'),
    ];
    b.records.evidence[1]!.data.mediaType = 'text/plain';
    const fileA = path.join(dir, 'a.cabundle');
    const fileB = path.join(dir, 'b.cabundle');
    await writeFile(fileA, await fileWithPhotos(a.records, a.blobs));
    await writeFile(fileB, await fileWithPhotos(b.records, new Map([...b.blobs, [sha256Hex(onlyB), onlyB]])));

    const verified = cli(['verify', fileA], TEST_PASSPHRASE);
    expect(verified.code).toBe(0);
    expect(verified.out).toMatch(/2 evidence files \(.*\) checked against their SHA-256/);

    const before = await leftoverTemp();
    const out = path.join(dir, 'merged.cabundle');
    const merged = cli(['merge', '--out', out, fileA, fileB], TEST_PASSPHRASE);
    expect(merged.code, merged.err).toBe(0);
    expect(merged.out).toMatch(/Evidence: 3 photos and files .*each once\./);
    expect(await leftoverTemp()).toBe(before);

    const back = await readWithBlobs(await readFile(out));
    expect(back.content.records.evidence).toHaveLength(3);
    expect(back.blobs.size).toBe(3);
    for (const bytes of [same, onlyA, onlyB]) expect(back.blobs.get(sha256Hex(bytes))).toEqual(bytes);
    expect(cli(['verify', out], TEST_PASSPHRASE).out).toMatch(/3 evidence files/);

    const photos = await photosOfAssessment(out, passphraseKey(), a.assessmentId);
    // The text file is not a photo; the two photos are.
    expect([...photos.keys()].sort()).toEqual([sha256Hex(same), sha256Hex(onlyA)].sort());

    const json = cli(['export-json', out], TEST_PASSPHRASE);
    expect(JSON.parse(json.out).evidenceBytes).toBe('left out: the 3 photos and files the file carries');
  });

  it('report lays out the photos the file carries in its evidence appendix', async () => {
    const jpeg = new Uint8Array(await readFile(path.join(fixtures, 'label-40x30.jpg')));
    const { records, blobs } = await recordsWithPhotos([jpeg]);
    const input = path.join(dir, 'with-photo.cabundle');
    await writeFile(input, await fileWithPhotos(records, blobs));
    const out = path.join(dir, 'with-photo.pdf');
    const r = cli(['report', '--out', out, '--date', '2026-11-28', input], TEST_PASSPHRASE);
    expect(r.code, r.err).toBe(0);
    const pdf = new Uint8Array(await readFile(out));
    expect(pdfImages(pdf).list.some((image) => image.width === 40 && image.height === 30)).toBe(true);
    expect(flatText(pdf)).toContain('photo-0.jpg');
    expect(flatText(pdf)).not.toContain('not in this file');
  });

  it('verify and merge refuse a file whose evidence was altered, saying so in one line, and write nothing', async () => {
    const { records, blobs } = await recordsWithPhotos([photoBytes(200_000, 4)]);
    const bytes = await fileWithPhotos(records, blobs);
    bytes[bytes.byteLength - 1000]! ^= 1;
    const bad = path.join(dir, 'bad.cabundle');
    await writeFile(bad, bytes);
    const r = cli(['verify', bad], TEST_PASSPHRASE);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bad\.cabundle: The assessment file is damaged or has been altered/);
    const out = path.join(dir, 'never.cabundle');
    expect(cli(['merge', '--out', out, bad], TEST_PASSPHRASE).code).toBe(2);
    expect((await readdir(dir)).filter((n) => n.startsWith('never'))).toEqual([]);
  });
});

import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../support/cliRunner';
import { decodePng, headings, openDocx, textOf } from '../../support/docxTools';
import { makeTempDir } from '../../support/tempDir';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir('clinic-assessor-docx-'));
  expect(cli(['demo', '--out', dir]).code).toBe(0);
}, 120_000);
afterAll(() => cleanup());

describe('report --out R.docx on the command line', { timeout: 300_000 }, () => {
  it('writes the clinic report of a real file as a Word document, picked by the extension', async () => {
    const file = path.join(dir, 'sample.cabundle');
    const out = path.join(dir, 'report.docx');
    expect(cli(['report', file, '--out', out, '--date', '2026-11-28'], 'demo')).toMatchObject({
      code: 0,
      out: expect.stringMatching(
        /^Wrote .*report\.docx: the report of Lakeside Family Health \(sample\), \d+ findings/,
      ),
    });
    const docx = openDocx(new Uint8Array(await readFile(out)));
    expect(headings(docx.document).filter((h) => h.style === 'Heading1')[0]?.text).toBe('Executive summary');
    expect(textOf(docx.document)).toContain('Lakeside Family Health (sample)');
    const media = Object.keys(docx.files).filter((f) => f.endsWith('.png'));
    expect(media.map((f) => decodePng(docx.files[f]!).width > 0)).toEqual([true, true]);
  });

  it('refuses another extension in one sentence, and writes nothing', async () => {
    const file = path.join(dir, 'sample.cabundle');
    const out = path.join(dir, 'report.doc');
    expect(cli(['report', file, '--out', out], 'demo')).toMatchObject({
      code: 1,
      err: 'report writes a PDF (.pdf) or a Word document (.docx), not .doc: name --out accordingly.\n',
    });
    await expect(stat(out)).rejects.toThrow();
  });
});

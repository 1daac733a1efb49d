import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findingsRegister, type FindingsRegister } from '../../../shared/integration/findingsRegisterSchema';
import { cli } from '../../support/cliRunner';
import { makeTempDir } from '../../support/tempDir';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await makeTempDir('clinic-assessor-findings-')));
afterAll(() => cleanup());

const pkg = JSON.parse(await readFile(path.resolve(import.meta.dirname, '../../../package.json'), 'utf8')) as {
  version: string;
};

describe('export-findings on the command line', { timeout: 300_000 }, () => {
  it('writes the findings register of a file to stdout and to --out, valid by its schema', async () => {
    expect(cli(['demo', '--out', dir]).code).toBe(0);
    const file = path.join(dir, 'sample.cabundle');
    const r = cli(['export-findings', file], 'demo');
    expect(r.code, r.err).toBe(0);
    const printed = findingsRegister.parse(JSON.parse(r.out)) as FindingsRegister;
    expect(printed.tool.version).toBe(pkg.version);
    expect(Date.now() - Date.parse(printed.generatedAt)).toBeLessThan(300_000);
    const [part] = printed.assessments;
    expect(part?.clinic.name).toBe('Lakeside Family Health (sample)');
    // Judged as of the visit, as the clinic report judges it, whatever the day of the export.
    expect(part?.judgedOn).toBe(part?.assessment.startDate);
    expect(printed.classification).toBe('Confidential — contains security findings');
    expect(printed.frameworks.map((f) => f.framework)).toEqual(['hipaa', 'hicp', 'cpg', 'csf']);
    expect(part?.findings.length).toBeGreaterThan(10);
    expect(part?.findings.every((f) => f.references.length > 0)).toBe(true);
    expect(part?.findings.filter((f) => f.needsAction).every((f) => f.plan?.targetDateIsDefault)).toBe(true);

    const out = path.join(dir, 'register.json');
    const w = cli(
      ['export-findings', file, '--out', out, '--assessment', part!.assessment.id, '--date', '2030-01-01'],
      'demo',
    );
    expect(w).toMatchObject({
      code: 0,
      out: `Wrote ${out}: ${part!.findings.length} findings of 1 assessment.\n`,
    });
    const written = findingsRegister.parse(JSON.parse(await readFile(out, 'utf8')));
    // The same file gives the same findings and keys on every run; only the time differs.
    expect({ ...written, generatedAt: '' }).toEqual({ ...printed, generatedAt: '' });
  });

  it('says in one line what is wrong, and writes nothing', async () => {
    const file = path.join(dir, 'sample.cabundle');
    const out = path.join(dir, 'never.json');
    expect(cli(['export-findings'], 'demo')).toMatchObject({ code: 1, err: 'export-findings needs a FILE.\n' });
    expect(cli(['export-findings', path.join(dir, 'missing.cabundle')], 'demo')).toMatchObject({
      code: 1,
      err: `Cannot read ${path.join(dir, 'missing.cabundle')}: no such file.\n`,
    });
    expect(cli(['export-findings', file, '--out', out, '--assessment', 'nope'], 'demo')).toMatchObject({
      code: 1,
      err: 'The file holds no assessment nope.\n',
    });
    for (const date of ['1/2/2026', '2026-02-30'])
      expect(cli(['export-findings', file, '--out', out, '--date', date], 'demo')).toMatchObject({
        code: 1,
        err: '--date takes YYYY-MM-DD.\n',
      });
    expect(cli(['export-findings', file, '--out', path.join(dir, 'register.pdf')], 'demo')).toMatchObject({
      code: 1,
      err: 'export-findings writes a .json file: name --out accordingly.\n',
    });
    const wrong = cli(['export-findings', file, '--out', out], 'not the passphrase');
    expect(wrong.code).toBe(2);
    expect(wrong.err.trim().split('\n')).toHaveLength(1);
    await expect(stat(out)).rejects.toThrow();
  });
});

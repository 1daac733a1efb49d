import { mkdir, open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byPassphrase, writeFirmKey, writeSample } from '../../support/cliFiles';
import { cli, type CliRun } from '../../support/cliRunner';
import { makeTempDir } from '../../support/tempDir';

const PASS = 'field passphrase';
let dir: string;
let cleanup: () => Promise<void>;
let sample: string;

beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir('clinic-assessor-cli-errors-'));
  sample = await writeSample(dir, 'sample.cabundle', [byPassphrase(PASS)]);
});
afterAll(() => cleanup());

/** One plain line on stderr: no stack, no Node error code, no validation dump. */
function plainFailure(run: CliRun, code: number, says: RegExp): void {
  expect(run.code, run.err).toBe(code);
  expect(run.err).toMatch(says);
  expect(run.err.trimEnd().split('\n'), run.err).toHaveLength(1);
  expect(run.err).not.toMatch(/\n\s+at |\bERR_[A-Z_]+|\bE[A-Z]{3,}\b|"(code|issues|path)"|Error:/);
}

describe('every error a user can reach is one plain line naming what and where', { timeout: 300_000 }, () => {
  it('input files: missing, a folder, not an assessment file, too large to hold', async () => {
    plainFailure(
      cli(['verify', path.join(dir, 'missing.cabundle')], PASS),
      1,
      /^Cannot read .*missing\.cabundle: no such file\.$/m,
    );
    plainFailure(cli(['inspect', dir]), 1, /^Cannot read .*: it is a folder, not a file\.$/m);
    const text = path.join(dir, 'notes.txt');
    await writeFile(text, 'just some notes\n');
    plainFailure(cli(['inspect', text]), 2, /notes\.txt: This is not a Clinic Assessor assessment file\./);
    // A sparse 300 MiB file: refused by its size before anything is read or decrypted.
    const huge = path.join(dir, 'huge.cabundle');
    const handle = await open(huge, 'w');
    await handle.truncate(300 * 1024 * 1024);
    await handle.close();
    plainFailure(
      cli(['export-json', huge], PASS),
      1,
      /huge\.cabundle is 314,572,800 bytes \(300\.0 MiB\): export-json holds a file's records in memory and takes files up to 268,435,456 bytes \(256\.0 MiB\)\./,
    );
    plainFailure(
      cli(['merge', '--out', path.join(dir, 'm.cabundle'), sample, huge], PASS),
      1,
      /huge\.cabundle is 314,572,800 bytes/,
    );
  });

  it('passphrases: a missing or folder --passphrase-file, none at all, a wrong one', () => {
    plainFailure(
      cli(['verify', sample, '--passphrase-file', path.join(dir, 'nope.txt')]),
      1,
      /^Cannot read the passphrase file .*nope\.txt: no such file\.$/m,
    );
    plainFailure(
      cli(['verify', sample, '--passphrase-file', dir]),
      1,
      /^Cannot read the passphrase file .*: it is a folder, not a file\.$/m,
    );
    plainFailure(cli(['verify', sample]), 1, /^No passphrase for the assessment files: set CLINIC_ASSESSOR_PASSPHRASE/);
    plainFailure(
      cli(['verify', sample], 'wrong'),
      2,
      /sample\.cabundle: That passphrase does not open this assessment file\./,
    );
  });

  it('damaged files: altered content, a cut file, a damaged header', async () => {
    const bytes = new Uint8Array(await (await import('node:fs/promises')).readFile(sample));
    const altered = new Uint8Array(bytes);
    altered[altered.byteLength - 10] = (altered[altered.byteLength - 10] ?? 0) ^ 1;
    await writeFile(path.join(dir, 'altered.cabundle'), altered);
    plainFailure(
      cli(['verify', path.join(dir, 'altered.cabundle')], PASS),
      2,
      /altered\.cabundle: The assessment file is damaged or has been altered/,
    );
    await writeFile(path.join(dir, 'cut.cabundle'), bytes.subarray(0, 40));
    plainFailure(
      cli(['inspect', path.join(dir, 'cut.cabundle')]),
      2,
      /cut\.cabundle: The assessment file (is incomplete|is damaged)/,
    );
  });

  it('key and trust files: not a key, a wrong key passphrase, a bad trusted-signers line', async () => {
    const notKey = path.join(dir, 'not-a-key.cakey');
    await writeFile(notKey, '{"format":"something else"}');
    plainFailure(
      cli(['verify', sample, '--key', notKey], PASS),
      2,
      /not-a-key\.cakey: This is not a Clinic Assessor private key file, or it is damaged\./,
    );
    const firm = await writeFirmKey(dir, 'firm', 'firm pass');
    plainFailure(
      cli(['verify', sample, '--key', firm.privateFile], 'not it'),
      2,
      /firm\.cakey: That passphrase does not open this private key file/,
    );
    plainFailure(
      cli(['merge', '--out', path.join(dir, 'x.cabundle'), sample, '--recipient', notKey], PASS),
      2,
      /not-a-key\.cakey: This is not a Clinic Assessor public key file/,
    );
    plainFailure(
      cli(['merge', '--out', path.join(dir, 'x.cabundle'), sample, '--sign', notKey], PASS),
      2,
      /not-a-key\.cakey: This is not a Clinic Assessor signing key file/,
    );
    const trust = path.join(dir, 'trust.txt');
    await writeFile(trust, 'Dana\n');
    plainFailure(cli(['inspect', sample, '--trust', trust]), 1, /trust\.txt, line 1: expected a key fingerprint/);
  });

  it('outputs: a folder that does not exist', async () => {
    await mkdir(path.join(dir, 'reports'), { recursive: true });
    plainFailure(
      cli(['report', sample, '--out', path.join(dir, 'no-such-folder', 'r.pdf'), '--date', '2026-11-28'], PASS),
      1,
      /^Cannot write .*r\.pdf: its folder does not exist\.$/m,
    );
  });

  it('export-json | head ends quietly when the reader stops reading (EPIPE)', () => {
    const r = cli([], PASS, { shell: `export-json "${sample}" | head -c 100` });
    expect(r.out).toHaveLength(100);
    expect(r.err).toBe('');
  });
});

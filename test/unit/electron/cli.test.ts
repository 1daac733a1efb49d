import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundleContent, parseBundleContent } from '../../../shared/bundle/bundleContent';
import { openBundle } from '../../../shared/bundle/readBundle';
import { sealBundle } from '../../../shared/bundle/writeBundle';
import { fromUtf8, utf8 } from '../../../shared/crypto/bytes';
import { deriveKeyBytes } from '../../../shared/crypto/kdf';
import { cheapKdf } from '../../support/bundleTestKit';
import { cli } from '../../support/cliRunner';
import { FORMAT_11_FIXTURE, FORMAT_11_PASSPHRASE, nextVisit } from '../../support/format11';
import { flatText } from '../../support/pdfTools';
import { portfolioRecords } from '../../support/portfolioFixture';
import { makeTempDir } from '../../support/tempDir';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await makeTempDir('clinic-assessor-cli-')));
afterAll(() => cleanup());

describe('command line', { timeout: 300_000 }, () => {
  it('demo writes the sample assessment, with the passphrase "demo" when none is given', () => {
    const r = cli(['demo', '--out', dir]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('encrypted with the passphrase "demo"');
    expect(r.out).toMatch(
      /Wrote .*sample\.cabundle: 1 clinic, 1 assessment, 15 devices, \d+ networks, \d+ vendor links, 1 internet link, .*\d+ checklist answers, .*, no target flows/,
    );
    expect(r.out).toMatch(/Wrote .*sample-report\.pdf: the clinic report of the sample, \d+ findings/);
    expect(cli(['verify', path.join(dir, 'sample.cabundle')], 'demo')).toMatchObject({
      code: 0,
      out: expect.stringMatching(/^OK: every chunk decrypted and checked/),
    });
  });

  it('inspect shows the header without a passphrase', () => {
    const r = cli(['inspect', path.join(dir, 'sample.cabundle')]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Clinic Assessor assessment file, format 1.5');
    expect(r.out).toContain('Recipient: passphrase (Argon2id, 64 MiB, 3 passes, parallelism 1)');
  });

  it('says in one line what is wrong, with a non-zero exit', async () => {
    const wrong = cli(['verify', path.join(dir, 'sample.cabundle')], 'not it');
    expect(wrong).toMatchObject({
      code: 2,
      err: `${path.join(dir, 'sample.cabundle')}: That passphrase does not open this assessment file.\n`,
    });

    const bytes = new Uint8Array(await readFile(path.join(dir, 'sample.cabundle')));
    bytes[bytes.byteLength - 100] = (bytes[bytes.byteLength - 100] ?? 0) ^ 1;
    await writeFile(path.join(dir, 'tampered.cabundle'), bytes);
    expect(cli(['verify', path.join(dir, 'tampered.cabundle')], 'demo')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/tampered\.cabundle: The assessment file is damaged or has been altered/),
    });

    expect(cli(['verify', path.join(dir, 'missing.cabundle')], 'demo')).toMatchObject({
      code: 1,
      err: expect.stringMatching(/^Cannot read .*missing\.cabundle: no such file\.\n$/),
    });
    expect(cli(['verify', path.join(dir, 'sample.cabundle')])).toMatchObject({
      code: 1,
      err: expect.stringMatching(/^No passphrase/),
    });
    expect(cli(['frobnicate'])).toMatchObject({ code: 1, err: expect.stringMatching(/^Unknown command "frobnicate"/) });
  });

  it('merges files and exports the merged records as JSON', () => {
    const second = path.join(dir, 'second');
    expect(cli(['demo', '--out', second], 'demo').code).toBe(0);
    const merged = path.join(dir, 'merged.cabundle');
    const r = cli(
      ['merge', '--out', merged, path.join(dir, 'sample.cabundle'), path.join(second, 'sample.cabundle')],
      'demo',
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain('2 clinics, 2 assessments, 30 devices');
    // Two samples made apart: the same clinic name under two ids, kept apart and named on stderr.
    expect(r.err).toMatch(
      /^Warning: "Lakeside Family Health \(sample\)" \(.*id [0-9a-f-]{36}\) and "Lakeside Family Health \(sample\)" \(.*id [0-9a-f-]{36}\) have the same name and address but different ids: they were kept as two clinics\./m,
    );
    const json = cli(['export-json', merged], 'demo');
    expect(json.code).toBe(0);
    const content = JSON.parse(json.out) as { records: { clinic: unknown[] } };
    expect(content.records.clinic).toHaveLength(2);
  });

  it('keygen makes a firm key pair; files for it open only with the private key file', () => {
    const keys = path.join(dir, 'keys');
    const made = cli(['keygen', '--out', keys, '--name', 'Northwind security'], 'firm key passphrase');
    expect(made.code).toBe(0);
    expect(made.out).toMatch(/Fingerprint: ([0-9a-f]{4} ){7}[0-9a-f]{4}/);
    expect(cli(['keygen', '--out', keys], 'firm key passphrase')).toMatchObject({
      code: 1,
      err: expect.stringMatching(/exists already; keygen never overwrites a key/),
    });

    const forFirm = path.join(dir, 'for-firm');
    // No passphrase needed to write for the firm: the assessor only holds the public key.
    expect(cli(['demo', '--out', forFirm, '--recipient', path.join(keys, 'firm.capub')]).code).toBe(0);
    const file = path.join(forFirm, 'sample.cabundle');
    const fingerprint = /Fingerprint: (.+)/.exec(made.out)?.[1];
    expect(cli(['inspect', file]).out).toContain(`Recipient: public key ${fingerprint} (ECDH P-256)`);
    expect(cli(['verify', file], 'demo')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/encrypted for the parent firm's key/),
    });
    expect(cli(['verify', file, '--key', path.join(keys, 'firm.cakey')], 'not the key passphrase')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/firm\.cakey: That passphrase does not open this private key file/),
    });
    expect(cli(['verify', file, '--key', path.join(keys, 'firm.cakey')], 'firm key passphrase')).toMatchObject({
      code: 0,
      out: expect.stringMatching(/^OK: .*not signed/),
    });

    // The firm merges a field file into one of its own, re-encrypted for its key again.
    const merged = path.join(dir, 'firm-merged.cabundle');
    expect(
      cli(
        [
          'merge',
          '--out',
          merged,
          '--key',
          path.join(keys, 'firm.cakey'),
          '--recipient',
          path.join(keys, 'firm.capub'),
          file,
        ],
        'firm key passphrase',
      ).code,
    ).toBe(0);
    expect(cli(['export-json', merged, '--key', path.join(keys, 'firm.cakey')], 'firm key passphrase').code).toBe(0);
  });

  it('report writes the clinic report of a file, the same PDF for the same date', async () => {
    const file = path.join(dir, 'sample.cabundle');
    const out = path.join(dir, 'report.pdf');
    const r = cli(['report', file, '--out', out, '--date', '2026-11-28'], 'demo');
    expect(r).toMatchObject({
      code: 0,
      out: expect.stringMatching(/^Wrote .*report\.pdf: the report of Lakeside Family Health \(sample\), \d+ findings/),
    });
    const text = flatText(new Uint8Array(await readFile(out)));
    expect(text).toContain('Lakeside Family Health (sample)');
    expect(text).toContain('Executive summary');
    expect(cli(['report', file, '--out', path.join(dir, 'again.pdf'), '--date', '2026-11-28'], 'demo').code).toBe(0);
    expect((await readFile(path.join(dir, 'again.pdf'))).equals(await readFile(out))).toBe(true);
    expect(cli(['report', file, '--out', out, '--date', '28/11/2026'], 'demo')).toMatchObject({
      code: 1,
      err: '--date takes YYYY-MM-DD.\n',
    });
    expect(
      cli(['report', file, '--out', out, '--assessment', '00000000-0000-4000-8000-000000000000'], 'demo'),
    ).toMatchObject({ code: 1, err: expect.stringMatching(/holds no assessment/) });
  });

  it('portfolio writes the firm report over every clinic of several files', async () => {
    const out = path.join(dir, 'portfolio.pdf');
    const r = cli(
      [
        'portfolio',
        path.join(dir, 'sample.cabundle'),
        path.join(dir, 'second', 'sample.cabundle'),
        '--out',
        out,
        '--date',
        '2026-11-28',
      ],
      'demo',
    );
    expect(r).toMatchObject({
      code: 0,
      out: expect.stringMatching(/^Wrote .*portfolio\.pdf: 2 clinics, 2 with critical findings\.\n$/),
    });
    const text = flatText(new Uint8Array(await readFile(out)));
    expect(text).toContain('Portfolio security report');
    expect(text.split('Lakeside Family Health (sample)').length - 1).toBeGreaterThanOrEqual(4);
    expect(cli(['portfolio', '--out', out], 'demo')).toMatchObject({
      code: 1,
      err: 'portfolio needs at least one input file.\n',
    });
  });

  it('report --prior compares with the visit before kept in another file', async () => {
    const records = await portfolioRecords(['Clínica São José'], 0);
    const [current, prior] = [...records.assessment].sort((a, b) => b.data.startDate.localeCompare(a.data.startDate));
    const only = (id: string) => ({
      ...records,
      assessment: records.assessment.filter((a) => a.id === id),
      asset: records.asset.filter((a) => a.data.assessmentId === id),
      answer: records.answer.filter((a) => a.data.assessmentId === id),
    });
    const write = async (name: string, part: typeof records) => {
      const file = path.join(dir, name);
      await writeFile(
        file,
        await sealBundle(utf8(JSON.stringify(buildBundleContent(part, { kind: 'all' }, 'test', ''))), {
          recipients: [{ type: 'passphrase', passphrase: 'demo', derive: deriveKeyBytes, kdf: cheapKdf() }],
        }),
      );
      return file;
    };
    const now = await write('now.cabundle', only(current!.id));
    const before = await write('before.cabundle', only(prior!.id));
    const out = path.join(dir, 'compared.pdf');
    const r = cli(['report', now, '--prior', before, '--out', out, '--date', '2026-11-28'], 'demo');
    expect(r).toMatchObject({
      code: 0,
      out: expect.stringMatching(/compared with the previous visit of 2025-11-20\.\n$/),
    });
    expect(flatText(new Uint8Array(await readFile(out)))).toContain('Changes since the previous visit');
    // Without --prior, a file holding only one visit has nothing to compare with.
    expect(cli(['report', now, '--out', out, '--date', '2026-11-28'], 'demo').out).not.toContain('compared with');
    expect(cli(['report', now, '--prior', now, '--out', out], 'demo')).toMatchObject({
      code: 1,
      err: expect.stringMatching(/holds no other assessment of Clínica São José/),
    });
  });

  it('reads, merges and compares a file written before flows (format 1.1)', async () => {
    const old = path.resolve(FORMAT_11_FIXTURE.pathname);
    const records = parseBundleContent(
      fromUtf8(
        (
          await openBundle(new Uint8Array(await readFile(old)), {
            key: { type: 'passphrase', passphrase: FORMAT_11_PASSPHRASE, derive: deriveKeyBytes },
          })
        ).payload,
      ),
    ).records;
    expect(cli(['inspect', old]).out).toContain('Clinic Assessor assessment file, format 1.1');
    expect(cli(['verify', old], FORMAT_11_PASSPHRASE)).toMatchObject({
      code: 0,
      out: expect.stringMatching(
        /3 networks, 2 vendor links, 1 internet link, 2 applications, no flows, 64 checklist answers/,
      ),
    });
    const merged = path.join(dir, 'merged-with-1.1.cabundle');
    expect(cli(['merge', '--out', merged, old, path.join(dir, 'sample.cabundle')], 'demo')).toMatchObject({
      code: 0,
      out: expect.stringMatching(/2 clinics, 2 assessments/),
    });
    const content = JSON.parse(cli(['export-json', merged], 'demo').out) as { records: typeof records };
    // The merge keeps the older networks as they are: the app turns them into flows when it imports the file.
    const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(content.records.network.filter((n) => records.network.some((o) => o.id === n.id)))).toEqual(
      byId(records.network),
    );

    // The next visit, recorded with flows, compared with the 1.1 file as the prior one.
    const next = await nextVisit(records, records.assessment[0]?.id ?? '', '2027-03-01');
    const now = path.join(dir, 'next-visit.cabundle');
    await writeFile(
      now,
      await sealBundle(utf8(JSON.stringify(buildBundleContent(next, { kind: 'all' }, 'test', ''))), {
        recipients: [{ type: 'passphrase', passphrase: 'demo', derive: deriveKeyBytes, kdf: cheapKdf() }],
      }),
    );
    const out = path.join(dir, 'compared-with-1.1.pdf');
    expect(cli(['report', now, '--prior', old, '--out', out, '--date', '2027-03-02'], 'demo')).toMatchObject({
      code: 0,
      out: expect.stringMatching(/compared with the previous visit of 2026-11-30\.\n$/),
    });
    const text = flatText(new Uint8Array(await readFile(out)));
    expect(text).toContain('Changes since the previous visit');
    expect(text).toContain('Findings: 0 new, 0 resolved');
  });
});

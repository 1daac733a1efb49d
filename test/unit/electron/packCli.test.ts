import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../electron/cli.js';
import { readPackFile } from '../../../shared/bundle/packFile';
import { fromBase64, toBase64 } from '../../../shared/crypto/bytes';
import { byPassphrase, writeFirmKey, writeSample } from '../../support/cliFiles';
import { kevFeed, northwindPack, northwindPackJson } from '../../support/packFixture';
import { coverText } from '../../support/pdfTools';
import { makeTempDir } from '../../support/tempDir';

const PASSPHRASE = 'firm key passphrase 2026';
let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await makeTempDir('clinic-assessor-pack-cli-')));
afterAll(() => cleanup());

/** The command line's own entry point, in this process: what it prints, what it says on stderr, its exit code. */
async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const spy = vi
    .spyOn(process.stderr, 'write')
    .mockImplementation((chunk: string | Uint8Array) => (err.push(String(chunk)), true));
  try {
    const code = await runCli(args, { out: (line) => out.push(line), passphrase: async () => PASSPHRASE });
    return { code, out: out.join('\n'), err: err.join('') };
  } finally {
    spy.mockRestore();
  }
}

async function json(name: string, value: unknown) {
  const file = path.join(dir, name);
  await writeFile(file, JSON.stringify(value));
  return file;
}

describe('command line: content packs', { timeout: 300_000 }, () => {
  it('pack build signs the profile and the KEV catalogue; pack verify prints what it is and carries', async () => {
    const firm = await writeFirmKey(dir, 'northwind', PASSPHRASE);
    const kev = await json('kev.json', kevFeed);
    const out = path.join(dir, 'northwind.capack');
    const built = await cli([
      'pack',
      'build',
      northwindPackJson,
      '--kev',
      kev,
      '--key',
      firm.privateFile,
      '--out',
      out,
    ]);
    expect(built).toMatchObject({ code: 0, err: '' });
    expect(built.out).toBe(
      [
        `Wrote ${out}: Northwind Health integration standard, version 3 of 2026-11-15, signed by the firm key ${firm.fingerprint}.`,
        'It carries 3 minimum standards, 5 address ranges, 2 required agents, 2 tuned rules, 3 KEV entries (catalogue 2026.11.20, released 2026-11-20).',
      ].join('\n'),
    );
    const verified = await cli(['pack', 'verify', out, '--firm', firm.publicFile]);
    expect(verified.code).toBe(0);
    expect(verified.out.split('\n')).toEqual([
      'Content pack: Northwind Health integration standard',
      'Version: 3',
      'Issued: 2026-11-15',
      'Firm: Northwind Health',
      `Signed by: northwind (${firm.fingerprint})`,
      'Carries: 3 minimum standards, 5 address ranges, 2 required agents, 3 KEV entries',
      `Signature and content: OK. Reports judged under it say "Northwind Health integration standard, version 3 of 2026-11-15, signed by northwind (${firm.fingerprint})".`,
    ]);
    const read = await readPackFile(await readFile(out, 'utf8'), [{ ...firm, publicKey: firm.pair.publicKey }]);
    expect(read.pack.content.kev?.vulnerabilities.map((v) => v.cveID)).toEqual([
      'CVE-2024-40766',
      'CVE-2024-21762',
      'CVE-2023-4966',
    ]);
  });

  it('pack verify exits 2 with one line on a tampered pack or another firm key; build names a bad field', async () => {
    const firm = await writeFirmKey(dir, 'firm-b', PASSPHRASE);
    const other = await writeFirmKey(dir, 'other', PASSPHRASE);
    const out = path.join(dir, 'b.capack');
    expect((await cli(['pack', 'build', northwindPackJson, '--key', firm.privateFile, '--out', out])).code).toBe(0);
    const envelope = JSON.parse(await readFile(out, 'utf8')) as { content: string };
    const body = fromBase64(envelope.content);
    body[40] = (body[40] ?? 0) ^ 0x20;
    const tampered = await json('tampered.capack', { ...envelope, content: toBase64(body) });
    expect(await cli(['pack', 'verify', tampered, '--firm', firm.publicFile])).toEqual({
      code: 2,
      out: '',
      err: `${tampered}: This content pack was altered after the firm signed it, so it was not used.\n`,
    });
    const foreign = await cli(['pack', 'verify', out, '--firm', other.publicFile]);
    expect(foreign.code).toBe(2);
    expect(foreign.err).toBe(
      `${out}: This content pack is signed by the key ${firm.fingerprint} (firm-b), which is not a firm key you hold or were given, so it was not used.\n`,
    );

    const bad = northwindPack() as { profile: { requiredAgents: { purpose: string }[] } };
    bad.profile.requiredAgents[1]!.purpose = 'antivirus';
    const badFile = await json('bad-profile.json', bad);
    const refused = await cli([
      'pack',
      'build',
      badFile,
      '--key',
      firm.privateFile,
      '--out',
      path.join(dir, 'x.capack'),
    ]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(
      new RegExp(
        `^${badFile.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: the profile has a bad field profile\\.requiredAgents\\[1\\]\\.purpose: .+\\.\\n$`,
      ),
    );
    const badKev = await json('bad-kev.json', { ...kevFeed, vulnerabilities: [{ cveID: 'nope' }] });
    const kevRefused = await cli([
      'pack',
      'build',
      northwindPackJson,
      '--kev',
      badKev,
      '--key',
      firm.privateFile,
      '--out',
      path.join(dir, 'y.capack'),
    ]);
    expect(kevRefused.code).toBe(1);
    expect(kevRefused.err).toContain(`${badKev}: the KEV catalogue has a bad field vulnerabilities[0].cveID`);
    expect(await cli(['pack', 'verify', out])).toMatchObject({
      code: 1,
      err: 'pack verify needs PACK.capack and --firm FIRM.capub.\n',
    });
    expect(await cli(['pack', 'unpack'])).toMatchObject({ code: 1 });
  });

  it('report and portfolio --pack name the pack on the cover; --pack needs --firm; a tampered pack stops the report', async () => {
    const firm = await writeFirmKey(dir, 'firm-r', PASSPHRASE);
    const pack = path.join(dir, 'r.capack');
    const kev = await json('kev-r.json', kevFeed);
    expect(
      (await cli(['pack', 'build', northwindPackJson, '--kev', kev, '--key', firm.privateFile, '--out', pack])).code,
    ).toBe(0);
    const sample = await writeSample(dir, 'sample.cabundle', [byPassphrase(PASSPHRASE)]);
    const out = path.join(dir, 'report.pdf');
    const args = ['report', sample, '--out', out, '--date', '2026-11-28'];
    expect((await cli([...args, '--pack', pack, '--firm', firm.publicFile])).code).toBe(0);
    const cover = coverText(await readFile(out));
    expect(cover).toContain(
      `Judged under Northwind Health integration standard, version 3 of 2026-11-15, signed by firm-r (${firm.fingerprint}); CISA KEV catalogue version 2026.11.20, released 2026-11-20`,
    );
    expect((await cli(args)).code).toBe(0);
    expect(coverText(await readFile(out))).toContain('Judged under Built-in reference data (no content pack applied)');
    expect(await cli([...args, '--pack', pack])).toMatchObject({
      code: 1,
      err: '--pack needs --firm FIRM.capub, the firm key that signed it.\n',
    });
    const portfolio = path.join(dir, 'portfolio.pdf');
    expect(
      (
        await cli([
          'portfolio',
          sample,
          '--out',
          portfolio,
          '--date',
          '2026-11-28',
          '--pack',
          pack,
          '--firm',
          firm.publicFile,
        ])
      ).code,
    ).toBe(0);
    expect(coverText(await readFile(portfolio))).toContain(
      'Judged under Northwind Health integration standard, version 3',
    );
    const envelope = JSON.parse(await readFile(pack, 'utf8')) as { signature: string };
    const sig = fromBase64(envelope.signature);
    sig[5] = (sig[5] ?? 0) ^ 1;
    const broken = await json('broken.capack', { ...envelope, signature: toBase64(sig) });
    const refused = await cli([...args, '--pack', broken, '--firm', firm.publicFile]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('This content pack was altered after the firm signed it');
  });
});

import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byPassphrase, writeSample, writeSigningKey } from '../../support/cliFiles';
import { cli } from '../../support/cliRunner';
import { makeTempDir } from '../../support/tempDir';

const PASS = 'field passphrase';
let dir: string;
let cleanup: () => Promise<void>;
let dana: Awaited<ReturnType<typeof writeSigningKey>>;
let byDana: string;
let forged: string;
let unsigned: string;
let trust: string;

beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir('clinic-assessor-cli-trust-'));
  dana = await writeSigningKey(dir, 'dana', 'Dana Whitfield', 'dana key');
  const mallory = await writeSigningKey(dir, 'mallory', 'Dana Whitfield', 'mallory key');
  byDana = await writeSample(dir, 'by-dana.cabundle', [byPassphrase(PASS)], dana.signer);
  // Re-signed with another key under the same name: the signature is valid, the name means nothing.
  forged = await writeSample(dir, 'forged.cabundle', [byPassphrase(PASS)], mallory.signer);
  unsigned = await writeSample(dir, 'unsigned.cabundle', [byPassphrase(PASS)]);
  trust = path.join(dir, 'trusted.txt');
  await writeFile(
    trust,
    `# Northwind assessors\n\n${dana.fingerprint.replace(/ /g, '')}   Dana Whitfield (Northwind)\n`,
  );
});
afterAll(() => cleanup());

describe('trust on the command line', { timeout: 180_000 }, () => {
  it('verify says a listed key is trusted, and an unlisted key with the same name is not', () => {
    expect(cli(['verify', byDana, '--trust', trust], PASS)).toMatchObject({
      code: 0,
      out: expect.stringContaining(
        `signed by "Dana Whitfield" (key ${dana.fingerprint}), signature valid; TRUSTED (listed in ${trust} as "Dana Whitfield (Northwind)")`,
      ),
    });
    const other = cli(['verify', forged, '--trust', trust], PASS);
    expect(other.code).toBe(0);
    expect(other.out).toMatch(
      /signature valid; NOT in the trusted list .*trusted\.txt: the name is only what the signer wrote/,
    );
    expect(other.out).not.toContain('TRUSTED');
  });

  it('without --trust, verify calls the signer unverified, never trusted', () => {
    const r = cli(['verify', byDana], PASS);
    expect(r).toMatchObject({
      code: 0,
      out: expect.stringContaining('signer unverified: no trusted-signers list given (--trust FILE)'),
    });
  });

  it('--require-trusted exits 2 unless the file is signed by a listed key', () => {
    expect(cli(['verify', byDana, '--trust', trust, '--require-trusted'], PASS).code).toBe(0);
    expect(cli(['verify', forged, '--trust', trust, '--require-trusted'], PASS)).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^.*forged\.cabundle is not signed by a trusted key \(--require-trusted\)/),
    });
    expect(cli(['verify', unsigned, '--trust', trust, '--require-trusted'], PASS)).toMatchObject({
      code: 2,
      err: expect.stringMatching(
        /unsigned\.cabundle is not signed, and --require-trusted asks for a trusted signer\.\n$/,
      ),
    });
    expect(cli(['verify', byDana, '--require-trusted'], PASS)).toMatchObject({
      code: 1,
      err: '--require-trusted needs --trust TRUST_FILE, the signers to trust.\n',
    });
  });

  it('inspect shows what the header claims against the list, saying the signature is not checked', () => {
    const r = cli(['inspect', forged, '--trust', trust]);
    expect(r.out).toMatch(
      /Signer: signed by "Dana Whitfield" \(key [0-9a-f ]+\), signature not checked \(verify checks it\); NOT in the trusted list/,
    );
    expect(cli(['inspect', byDana, '--trust', trust, '--require-trusted']).code).toBe(0);
    expect(cli(['inspect', forged, '--trust', trust, '--require-trusted']).code).toBe(2);
  });

  it('a trusted-signers file with a line that is not a signer is named with its line', async () => {
    const bad = path.join(dir, 'bad-trust.txt');
    await writeFile(bad, `${dana.fingerprint} Dana\nnot a fingerprint\n`);
    expect(cli(['verify', byDana, '--trust', bad], PASS)).toMatchObject({
      code: 1,
      err: `${bad}, line 2: expected a key fingerprint (32 hex digits, as verify prints it) and a name.\n`,
    });
  });

  it('keygen --signing makes a signing key; merge --sign signs with it, and its trust line makes it trusted', async () => {
    const keys = path.join(dir, 'keys');
    const made = cli(['keygen', '--signing', '--out', keys, '--name', 'Sam Ortiz'], 'sam signing key');
    expect(made.code).toBe(0);
    const trustLine = /Trust line \(for the firm's trusted-signers file\): (.+)/.exec(made.out)?.[1];
    expect(trustLine).toMatch(/^([0-9a-f]{4} ){7}[0-9a-f]{4} {2}Sam Ortiz$/);
    expect(cli(['keygen', '--signing', '--out', keys], 'sam signing key')).toMatchObject({
      code: 1,
      err: expect.stringMatching(/signing\.casign exists already/),
    });

    const samTrust = path.join(dir, 'sam-trust.txt');
    await writeFile(samTrust, `${trustLine}\n`);
    const signPass = path.join(dir, 'sign-pass.txt');
    await writeFile(signPass, 'sam signing key\n');
    const merged = path.join(dir, 'signed-merge.cabundle');
    const r = cli(
      [
        'merge',
        '--out',
        merged,
        unsigned,
        '--sign',
        path.join(keys, 'signing.casign'),
        '--sign-passphrase-file',
        signPass,
        '--signer-name',
        'Sam Ortiz (Northwind)',
      ],
      PASS,
    );
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Signed by "Sam Ortiz \(Northwind\)" \(key ([0-9a-f]{4} ){7}[0-9a-f]{4}\)\.$/m);
    expect(cli(['verify', merged, '--trust', samTrust, '--require-trusted'], PASS)).toMatchObject({
      code: 0,
      out: expect.stringContaining('TRUSTED (listed in'),
    });
    // The wrong passphrase for the signing key says so, naming the key file.
    expect(cli(['merge', '--out', merged, unsigned, '--sign', path.join(keys, 'signing.casign')], PASS)).toMatchObject({
      code: 2,
      err: expect.stringMatching(/signing\.casign: That passphrase does not open this signing key file/),
    });
  });
});

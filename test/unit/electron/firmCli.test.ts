import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../electron/cli.js';
import { buildBundleContent } from '../../../shared/bundle/bundleContent';
import { readPublicKeyFile } from '../../../shared/bundle/firmKeyFiles';
import { sealBundle } from '../../../shared/bundle/writeBundle';
import { fromBase64, fromUtf8, toBase64, utf8 } from '../../../shared/crypto/bytes';
import { generateKeyPair, keyFingerprint } from '../../../shared/crypto/p256Keys';
import { sampleRecords } from '../../../shared/sample/sampleRecords';
import { makeTempDir } from '../../support/tempDir';

const PASSPHRASE = 'firm key passphrase 2026';
let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await makeTempDir('clinic-assessor-firm-cli-')));
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

/** A file signed by an assessor's key, encrypted for the firm's public key file, as an export makes it. */
async function signedFile(name: string, signer: string, firmPublic: string) {
  const pair = await generateKeyPair('ecdsa');
  const firm = await readPublicKeyFile(await readFile(firmPublic, 'utf8'));
  const records = await sampleRecords('cli-test', '2026-11-30');
  const bytes = await sealBundle(
    utf8(JSON.stringify(buildBundleContent(records, { kind: 'all' }, 'cli-test', signer))),
    {
      recipients: [{ type: 'public-key', publicKey: firm.publicKey }],
      signer: { name: signer, ...pair },
    },
  );
  const file = path.join(dir, name);
  await writeFile(file, bytes);
  return { file, fingerprint: await keyFingerprint(pair.publicKey) };
}

describe('command line: revocation lists and firm key rotation', { timeout: 300_000 }, () => {
  it('revokes a signer; verify and inspect then refuse its files with exit 2 and one line, and take the others', async () => {
    const keys = path.join(dir, 'keys');
    expect((await cli(['keygen', '--out', keys, '--name', 'Northwind security'])).code).toBe(0);
    const [cakey, capub] = [path.join(keys, 'firm.cakey'), path.join(keys, 'firm.capub')];
    const sam = await signedFile('sam.cabundle', 'Sam Lee', capub);
    const dana = await signedFile('dana.cabundle', 'Dana Whitfield', capub);

    const list1 = path.join(dir, 'list1.carevoked');
    expect(
      await cli([
        'revoke',
        '--key',
        cakey,
        '--out',
        list1,
        '--fingerprint',
        sam.fingerprint,
        '--name',
        'Sam Lee',
        '--reason',
        'Laptop stolen',
      ]),
    ).toMatchObject({
      code: 0,
      out: expect.stringMatching(
        /^Wrote .*list1\.carevoked: revocation list number 1, 1 revoked key, signed by the firm key /,
      ),
    });
    const today = new Date().toISOString().slice(0, 10);
    const refused = `${sam.file}: This file is signed by Sam Lee (key ${sam.fingerprint}), whose key the firm revoked on ${today} (reason: Laptop stolen), so it is refused.\n`;
    expect(await cli(['verify', sam.file, '--key', cakey, '--revoked', list1])).toMatchObject({
      code: 2,
      err: refused,
      out: '',
    });
    expect(await cli(['inspect', sam.file, '--revoked', list1, '--firm', capub])).toMatchObject({
      code: 2,
      err: refused,
    });
    const ok = await cli(['verify', dana.file, '--key', cakey, '--revoked', list1]);
    expect(ok).toMatchObject({ code: 0, err: '' });
    expect(ok.out).toMatch(
      /^Revocations: the signer is not on revocation list number 1 of Northwind security, issued \d{4}-\d{2}-\d{2}\.\nOK: every chunk decrypted/,
    );
    // Without --revoked, nothing changes.
    expect((await cli(['verify', sam.file, '--key', cakey])).code).toBe(0);

    // The next list adds to the last one.
    const list2 = path.join(dir, 'list2.carevoked');
    expect(
      (
        await cli([
          'revoke',
          '--key',
          cakey,
          '--list',
          list1,
          '--out',
          list2,
          '--fingerprint',
          dana.fingerprint,
          '--reason',
          'Left the firm',
        ])
      ).out,
    ).toContain('revocation list number 2, 2 revoked keys');
    expect((await cli(['verify', dana.file, '--key', cakey, '--revoked', list2])).code).toBe(2);
    expect(
      await cli([
        'revoke',
        '--key',
        cakey,
        '--list',
        list2,
        '--out',
        path.join(dir, 'x.carevoked'),
        '--fingerprint',
        dana.fingerprint,
        '--reason',
        'again',
      ]),
    ).toMatchObject({
      code: 1, // a usage problem: the key given is already on the list
      err: expect.stringMatching(/^The key .* is already revoked, since/),
    });

    // A list is taken only from the firm key given, and only as signed.
    const strangerKeys = path.join(dir, 'stranger');
    expect((await cli(['keygen', '--out', strangerKeys, '--name', 'Someone else'])).code).toBe(0);
    expect(
      await cli(['inspect', sam.file, '--revoked', list1, '--firm', path.join(strangerKeys, 'firm.capub')]),
    ).toMatchObject({
      code: 2,
      err: expect.stringMatching(
        /^.*list1\.carevoked: This revocation list is signed by the key .* \(Northwind security\), which is not a firm key you hold or were given, so it was not used\.\n$/,
      ),
    });
    const file = JSON.parse(await readFile(list1, 'utf8')) as { list: string };
    const tampered = path.join(dir, 'tampered.carevoked');
    await writeFile(
      tampered,
      JSON.stringify({
        ...file,
        list: toBase64(utf8(fromUtf8(fromBase64(file.list)).replace('Laptop stolen', 'Laptop found'))),
      }),
    );
    expect(await cli(['inspect', sam.file, '--revoked', tampered, '--firm', capub])).toMatchObject({
      code: 2,
      err: `${tampered}: This revocation list was altered after the firm signed it, so it was not used.\n`,
    });
    expect(await cli(['inspect', sam.file, '--revoked', list1])).toMatchObject({
      code: 1,
      err: expect.stringMatching(/^--revoked needs the firm key that signed the list/),
    });
    expect(await cli(['revoke', '--key', cakey, '--out', list1])).toMatchObject({
      code: 1,
      err: expect.stringMatching(/^revoke needs --key/),
    });

    // Rotation: the new pair is endorsed by the old, never overwrites, and signs the next list.
    const rotated = path.join(dir, 'rotated');
    const made = await cli(['rotate-key', '--key', cakey, '--out', rotated, '--name', 'Northwind 2027']);
    expect(made).toMatchObject({
      code: 0,
      out: expect.stringMatching(/firm\.capub \(hand this to assessors: it says it replaces .*, endorsed by it\)/),
    });
    const newKey = await readPublicKeyFile(await readFile(path.join(rotated, 'firm.capub'), 'utf8'));
    const oldKey = await readPublicKeyFile(await readFile(capub, 'utf8'));
    expect(newKey).toMatchObject({ name: 'Northwind 2027', endorsement: { fingerprint: oldKey.fingerprint } });
    expect(await cli(['rotate-key', '--key', cakey, '--out', rotated])).toMatchObject({
      code: 1,
      err: expect.stringMatching(/exists already; rotate-key never overwrites a key/),
    });
    const newCakey = path.join(rotated, 'firm.cakey');
    // A list by the old key is taken with the new key, which it endorsed; the next list is signed by the new key.
    expect(
      (await cli(['inspect', dana.file, '--revoked', list2, '--firm', path.join(rotated, 'firm.capub')])).code,
    ).toBe(2);
    const list3 = path.join(dir, 'list3.carevoked');
    expect(
      (
        await cli([
          'revoke',
          '--key',
          newCakey,
          '--list',
          list2,
          '--out',
          list3,
          '--fingerprint',
          'ab'.repeat(16),
          '--reason',
          'Lost',
        ])
      ).out,
    ).toContain(`number 3, 3 revoked keys, signed by the firm key ${newKey.fingerprint}`);
    expect(
      await cli(['verify', sam.file, '--key', cakey, '--revoked', list3, '--firm', path.join(rotated, 'firm.capub')]),
    ).toMatchObject({ code: 2, err: refused });
    // Files sent to the old key still open with the old key file.
    expect((await cli(['verify', sam.file, '--key', cakey])).code).toBe(0);
  });
});

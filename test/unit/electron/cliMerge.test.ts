import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPair } from '../../../shared/crypto/p256Keys';
import { byFirmKey, byPassphrase, writeFirmKey, writeSample, writeSigningKey } from '../../support/cliFiles';
import { cli } from '../../support/cliRunner';
import { makeTempDir } from '../../support/tempDir';

const PASS = 'field passphrase';
const FIRM_PASS = 'firm key passphrase';
let dir: string;
let cleanup: () => Promise<void>;
let firm: Awaited<ReturnType<typeof writeFirmKey>>;

beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir('clinic-assessor-cli-merge-'));
  firm = await writeFirmKey(dir, 'firm', FIRM_PASS);
});
afterAll(() => cleanup());

const recipientLines = (file: string) =>
  cli(['inspect', file])
    .out.split('\n')
    .filter((l) => l.startsWith('Recipient:'));

describe('merge writes for the recipients its inputs had', { timeout: 180_000 }, () => {
  it('firm-only inputs opened with --key give a file for the firm key only, never a passphrase', async () => {
    const a = await writeSample(dir, 'firm-a.cabundle', [byFirmKey(firm.pair)]);
    const out = path.join(dir, 'firm-merged.cabundle');
    const r = cli(['merge', '--out', out, '--key', firm.privateFile, a], FIRM_PASS);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Sealed for: firm key ${firm.fingerprint} (the one that opened the inputs).`);
    expect(r.out).toContain('Not signed.');
    expect(r.out).toContain('Redacted: no.');
    expect(recipientLines(out)).toEqual([`Recipient: public key ${firm.fingerprint} (ECDH P-256)`]);
    // The key file's passphrase does not open it as a passphrase.
    expect(cli(['verify', out], FIRM_PASS)).toMatchObject({
      code: 2,
      err: expect.stringMatching(/encrypted for the parent firm's key/),
    });
  });

  it('passphrase inputs give a passphrase file, and say who signed the inputs when the output is not signed', async () => {
    const dana = await writeSigningKey(dir, 'dana', 'Dana Whitfield', 'dana');
    const a = await writeSample(dir, 'pass-a.cabundle', [byPassphrase(PASS)], dana.signer);
    const out = path.join(dir, 'pass-merged.cabundle');
    const r = cli(['merge', '--out', out, a], PASS);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Sealed for: passphrase (the one that opened the inputs).');
    expect(r.out).toContain(
      `Not signed (the inputs were signed by "Dana Whitfield" (key ${dana.fingerprint}); --sign KEYFILE signs the merged file).`,
    );
    expect(recipientLines(out)).toEqual([expect.stringMatching(/^Recipient: passphrase/)]);
    expect(cli(['verify', out], PASS).code).toBe(0);
  });

  it('an input also sealed for a key the merge cannot seal for stops it, unless the recipients are named', async () => {
    const stranger = await generateKeyPair('ecdh');
    const both = await writeSample(dir, 'both.cabundle', [byPassphrase(PASS), byFirmKey(stranger)]);
    const out = path.join(dir, 'named.cabundle');
    expect(cli(['merge', '--out', out, both], PASS)).toMatchObject({
      code: 1,
      err: expect.stringMatching(
        /both\.cabundle is also sealed for the firm key .*, whose public key this merge does not hold: say who the merged file is for with --recipient/,
      ),
    });

    const newPass = path.join(dir, 'new-pass.txt');
    await writeFile(newPass, 'the merged passphrase\n');
    const r = cli(
      ['merge', '--out', out, both, '--recipient', firm.publicFile, '--passphrase-recipient', newPass],
      PASS,
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Sealed for: firm key ${firm.fingerprint} ("firm"); passphrase (from ${newPass}).`);
    expect(recipientLines(out)).toEqual([
      `Recipient: public key ${firm.fingerprint} (ECDH P-256)`,
      expect.stringMatching(/^Recipient: passphrase/),
    ]);
    expect(cli(['verify', out], 'the merged passphrase').code).toBe(0);
    expect(cli(['verify', out, '--key', firm.privateFile], FIRM_PASS).code).toBe(0);
  });

  it('firm inputs that also open with a passphrase need the recipients named when opened with --key', async () => {
    const both = await writeSample(dir, 'firm-and-pass.cabundle', [byFirmKey(firm.pair), byPassphrase(PASS)]);
    expect(
      cli(['merge', '--out', path.join(dir, 'x.cabundle'), '--key', firm.privateFile, both], FIRM_PASS),
    ).toMatchObject({ code: 1, err: expect.stringMatching(/also opens with a passphrase, which --key does not give/) });
  });
});

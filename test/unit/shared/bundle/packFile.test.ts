import { describe, expect, it } from 'vitest';
import { endorseKey } from '../../../../shared/bundle/firmKeyFiles';
import {
  checkedPackContent,
  MAX_PACK_FILE_BYTES,
  packCarries,
  packFileText,
  PackError,
  readPackFile,
} from '../../../../shared/bundle/packFile';
import { fromBase64, fromUtf8, toBase64, utf8 } from '../../../../shared/crypto/bytes';
import { generateKeyPair, keyFingerprint } from '../../../../shared/crypto/p256Keys';
import { packLabel } from '../../../../shared/reference/contentPack';
import { kevFeed, northwindPack } from '../../../support/packFixture';

async function firm(name = 'Northwind security') {
  const pair = await generateKeyPair('ecdh');
  return { name, ...pair, fingerprint: await keyFingerprint(pair.publicKey) };
}

const content = (extra: Record<string, unknown> = {}) => checkedPackContent({ ...northwindPack(), ...extra });

async function refusal(work: Promise<unknown>): Promise<string> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PackError);
  return (error as Error).message;
}

describe('content pack file', () => {
  it('signs the sample pack and reads it back against the firm key, with its label and what it carries', async () => {
    const key = await firm();
    const text = await packFileText(content({ kev: kevFeed }), key);
    const read = await readPackFile(text, [key]);
    expect(read.pack.content.name).toBe('Northwind Health integration standard');
    expect(read.pack.content.profile.standards.map((s) => s.id)).toEqual([
      'nw.vendor-mfa',
      'nw.vendor-session-logging',
      'nw.workstation-encryption',
    ]);
    expect(read.pack.content.kev?.vulnerabilities[0]).not.toHaveProperty('cwes');
    expect(read.pack.signedBy).toEqual({ name: 'Northwind security', fingerprint: key.fingerprint });
    expect(packLabel(read.pack)).toBe(
      `Northwind Health integration standard, version 3 of 2026-11-15, signed by Northwind security (${key.fingerprint})`,
    );
    expect(packCarries(read.pack.content)).toBe(
      '3 minimum standards, 5 address ranges, 2 required agents, 2 tuned rules, 3 KEV entries (catalogue 2026.11.20, released 2026-11-20)',
    );
  });

  it('refuses a pack whose content was altered by one byte, and one signed by a key not trusted here', async () => {
    const key = await firm();
    const text = await packFileText(content(), key);
    const envelope = JSON.parse(text) as { content: string };
    const body = fromBase64(envelope.content);
    const at = fromUtf8(body).indexOf('"high"') + 1;
    body[at] = (body[at] ?? 0) ^ 0x01;
    const tampered = JSON.stringify({ ...envelope, content: toBase64(body) });
    expect(await refusal(readPackFile(tampered, [key]))).toBe(
      'This content pack was altered after the firm signed it, so it was not used.',
    );
    const stranger = await firm('Someone else');
    expect(await refusal(readPackFile(await packFileText(content(), stranger), [key]))).toBe(
      `This content pack is signed by the key ${stranger.fingerprint} (Someone else), which is not a firm key you hold or were given, so it was not used.`,
    );
    // A stranger cannot pass off the trusted key's name and fingerprint on their own key.
    const forged = JSON.parse(await packFileText(content(), stranger)) as { signer: Record<string, string> };
    forged.signer = { ...forged.signer, fingerprint: key.fingerprint };
    expect(await refusal(readPackFile(JSON.stringify(forged), [key]))).toBe(
      'This is not a Clinic Assessor content pack, or it is damaged.',
    );
  });

  it('accepts a pack signed by a newer firm key the trusted key endorsed, and refuses a forged endorsement', async () => {
    const old = await firm('Northwind 2025');
    const next = await firm('Northwind 2026');
    const endorsement = await endorseKey(old, next.publicKey);
    const read = await readPackFile(await packFileText(content(), { ...next, endorsement }), [old]);
    expect(read.endorsedBy).toBe(old.fingerprint);
    expect(read.pack.signedBy.fingerprint).toBe(next.fingerprint);
    const other = await firm('Intruder');
    const selfEndorsed = await endorseKey(other, next.publicKey);
    const lying = { ...selfEndorsed, fingerprint: old.fingerprint, publicKey: old.publicKey };
    expect(await refusal(readPackFile(await packFileText(content(), { ...next, endorsement: lying }), [old]))).toMatch(
      /is not a firm key you hold/,
    );
  });

  it('refuses a pack older than the one in force', async () => {
    const key = await firm();
    const text = await packFileText(content({ version: 2 }), key);
    expect(await refusal(readPackFile(text, [key], 3))).toBe(
      'This content pack is version 2, older than version 3 in force, so it was not used.',
    );
    expect((await readPackFile(text, [key], 2)).pack.content.version).toBe(2);
  });

  it('names the bad field of a profile in one sentence', async () => {
    const bad = northwindPack() as { profile: { standards: { severity: string }[] } };
    bad.profile.standards[1]!.severity = 'urgent';
    expect(() => checkedPackContent(bad)).toThrow(/^The pack has a bad field profile\.standards\[1\]\.severity: /);
    expect(() => checkedPackContent({ ...northwindPack(), version: 'three' })).toThrow(
      /^The pack has a bad field version: /,
    );
  });

  it('refuses a standard on a field its records do not have, rather than never checking it', () => {
    const pack = northwindPack() as { profile: { standards: { subject: string; require: { field: string }[] }[] } };
    const standard = pack.profile.standards.find((s) => s.subject === 'vendorAccess')!;
    standard.require[0]!.field = 'multiFactor';
    expect(() => checkedPackContent(pack)).toThrow(/^The pack has a standard the app cannot check\. .*multiFactor/);
  });

  it('gives one sentence for hostile files: not JSON, deep nesting, huge strings, wrong types, too large', async () => {
    const key = await firm();
    const notAPack = 'This is not a Clinic Assessor content pack, or it is damaged.';
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    for (const text of [
      '',
      'not json',
      '[]',
      deep,
      JSON.stringify({ format: 'clinic-assessor-content-pack', version: 1, content: 42 }),
    ])
      expect(await refusal(readPackFile(text, [key]))).toBe(notAPack);
    expect(await refusal(readPackFile('x'.repeat(MAX_PACK_FILE_BYTES + 1), [key]))).toMatch(/over the 16 MiB limit/);
    // Signed hostile content: parsed only after the signature holds, then refused in one sentence.
    const envelope = JSON.parse(await packFileText(content(), key)) as Record<string, unknown>;
    const signedJunk = async (body: string) => {
      const { signBytes, importPrivateKey } = await import('../../../../shared/crypto/p256Keys');
      const { concatBytes } = await import('../../../../shared/crypto/bytes');
      const bytes = utf8(body);
      const signature = await signBytes(
        await importPrivateKey('ecdsa', key.privateKey),
        concatBytes(utf8('clinic-assessor content pack v1'), bytes),
      );
      return JSON.stringify({ ...envelope, content: toBase64(bytes), signature: toBase64(signature) });
    };
    expect(await refusal(readPackFile(await signedJunk('{"name":'), [key]))).toBe(
      'This content pack is signed but its content is not readable JSON, so it was not used.',
    );
    expect(await refusal(readPackFile(await signedJunk(deep), [key]))).toMatch(/^This content pack is not valid: /);
    expect(
      await refusal(
        readPackFile(await signedJunk(JSON.stringify({ ...northwindPack(), name: 'n'.repeat(100_000) })), [key]),
      ),
    ).toMatch(/^This content pack has a bad field name: /);
    expect(fromUtf8(fromBase64(envelope.content as string))).toContain('Northwind');
  });
});

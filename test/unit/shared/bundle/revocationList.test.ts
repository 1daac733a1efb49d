import { describe, expect, it } from 'vitest';
import {
  decodeRevocationList,
  findRevocation,
  MAX_REVOCATION_FILE_CHARS,
  nextRevocationList,
  normalFingerprint,
  readRevocationList,
  revocationListText,
  RevocationError,
  revokedSignerSentence,
} from '../../../../shared/bundle/revocationList';
import { fromBase64, toBase64, utf8 } from '../../../../shared/crypto/bytes';
import { generateKeyPair, keyFingerprint } from '../../../../shared/crypto/p256Keys';

const firm = await generateKeyPair('ecdh');
const firmKey = { publicKey: firm.publicKey, fingerprint: await keyFingerprint(firm.publicKey) };
const stranger = await generateKeyPair('ecdh');
const assessor = await generateKeyPair('ecdsa');
const assessorFp = await keyFingerprint(assessor.publicKey);
const when = new Date('2026-11-30T10:00:00Z');

async function firstList() {
  const list = await nextRevocationList(
    undefined,
    { name: 'Northwind security', publicKey: firm.publicKey },
    { fingerprint: assessorFp.toUpperCase().replace(/ /g, ''), name: 'Dana Whitfield', reason: 'Laptop stolen.' },
    when,
  );
  return { list, text: await revocationListText(list, firm) };
}

async function refusal(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return 'accepted';
  } catch (error) {
    expect(error).toBeInstanceOf(RevocationError);
    return (error as Error).message;
  }
}

describe('revocation list', () => {
  it('round-trips: signed by the firm key, read back with every entry, found by fingerprint', async () => {
    const { text } = await firstList();
    const list = await readRevocationList(text, [firmKey]);
    expect(list).toMatchObject({
      sequence: 1,
      firm: { name: 'Northwind security', fingerprint: firmKey.fingerprint },
      issued: when.toISOString(),
    });
    const entry = findRevocation(list, assessorFp);
    expect(entry).toEqual({
      fingerprint: assessorFp,
      name: 'Dana Whitfield',
      revokedAt: when.toISOString(),
      reason: 'Laptop stolen.',
    });
    expect(revokedSignerSentence({ name: 'Dana Whitfield', fingerprint: assessorFp }, entry!)).toBe(
      `This file is signed by Dana Whitfield (key ${assessorFp}), whose key the firm revoked on 2026-11-30 (reason: Laptop stolen), so it is refused.`,
    );
    expect(JSON.parse(text)).toMatchObject({ format: 'clinic-assessor-revocations', version: 1 });
  });

  it('adds to a list with the next number, and refuses to revoke a key twice or without a reason', async () => {
    const { list } = await firstList();
    const other = await keyFingerprint((await generateKeyPair('ecdsa')).publicKey);
    const next = await nextRevocationList(
      list,
      { name: 'Northwind security', publicKey: firm.publicKey },
      { fingerprint: other, name: 'Sam Lee', reason: 'Left the firm' },
    );
    expect(next.sequence).toBe(2);
    expect(next.revoked.map((r) => r.fingerprint)).toEqual([assessorFp, other]);
    expect(
      await refusal(
        nextRevocationList(
          next,
          { name: 'x', publicKey: firm.publicKey },
          { fingerprint: other, name: '', reason: 'again' },
        ),
      ),
    ).toMatch(/^The key .* is already revoked, since \d{4}-\d{2}-\d{2}\.$/);
    expect(
      await refusal(
        nextRevocationList(
          next,
          { name: 'x', publicKey: firm.publicKey },
          { fingerprint: 'abc', name: '', reason: 'r' },
        ),
      ),
    ).toMatch(/^A key fingerprint is 32 hexadecimal digits/);
    expect(
      await refusal(
        nextRevocationList(
          next,
          { name: 'x', publicKey: firm.publicKey },
          { fingerprint: assessorFp.replace(/^./, 'f'), name: '', reason: '  ' },
        ),
      ),
    ).toMatch(/^Say why the key is revoked/);
    expect(normalFingerprint(` ${assessorFp.replace(/ /g, '').toUpperCase()}\n`)).toBe(assessorFp);
  });

  it('refuses a list signed by a firm key the reader does not trust', async () => {
    const { text } = await firstList();
    expect(
      await refusal(
        readRevocationList(text, [
          { publicKey: stranger.publicKey, fingerprint: await keyFingerprint(stranger.publicKey) },
        ]),
      ),
    ).toBe(
      `This revocation list is signed by the key ${firmKey.fingerprint} (Northwind security), which is not a firm key you hold or were given, so it was not used.`,
    );
    // A stranger cannot sign a list in the firm's name either.
    const { list } = await firstList();
    expect(await refusal(revocationListText(list, stranger))).toMatch(/names another firm key/);
  });

  it('refuses a tampered list: a changed entry, a changed signature', async () => {
    const { text } = await firstList();
    const file = JSON.parse(text) as { list: string; signature: string };
    const body = new TextDecoder().decode(fromBase64(file.list)).replace('Laptop stolen.', 'Laptop found.');
    const altered = JSON.stringify({ ...file, list: toBase64(utf8(body)) });
    expect(await refusal(readRevocationList(altered, [firmKey]))).toBe(
      'This revocation list was altered after the firm signed it, so it was not used.',
    );
    const signature = fromBase64(file.signature);
    signature[10] = (signature[10] ?? 0) ^ 1;
    expect(
      await refusal(readRevocationList(JSON.stringify({ ...file, signature: toBase64(signature) }), [firmKey])),
    ).toBe('This revocation list was altered after the firm signed it, so it was not used.');
  });

  it('refuses a rollback to an older list, and takes the same or a newer one', async () => {
    const { text, list } = await firstList();
    const next = await nextRevocationList(
      list,
      { name: 'Northwind security', publicKey: firm.publicKey },
      { fingerprint: 'ab'.repeat(16), name: '', reason: 'lost' },
    );
    expect((await readRevocationList(await revocationListText(next, firm), [firmKey], 1)).sequence).toBe(2);
    expect((await readRevocationList(text, [firmKey], 1)).sequence).toBe(1);
    expect(await refusal(readRevocationList(text, [firmKey], 2))).toBe(
      'This revocation list is number 1, older than number 2 already held, so it was not used.',
    );
  });

  it.each([
    ['not JSON', () => 'hello'],
    ['another JSON', () => '{"format":"clinic-assessor-public-key","version":1}'],
    ['an unknown field', async (t: string) => JSON.stringify({ ...(JSON.parse(t) as object), extra: 1 })],
    [
      'a body that is not the schema',
      async (t: string) => JSON.stringify({ ...(JSON.parse(t) as object), list: toBase64(utf8('{"sequence":0}')) }),
    ],
    [
      'a short signature',
      async (t: string) => JSON.stringify({ ...(JSON.parse(t) as object), signature: toBase64(new Uint8Array(63)) }),
    ],
    ['an oversized file', () => `{"pad":"${'x'.repeat(MAX_REVOCATION_FILE_CHARS)}"}`],
  ])('refuses %s with one plain sentence', async (_label, make) => {
    const { text } = await firstList();
    const message = await refusal(readRevocationList(await make(text), [firmKey]));
    expect(message).toMatch(
      /^This is not a Clinic Assessor revocation list(, or it is damaged\.|: it is far too large\.)$/,
    );
  });

  it('decodes a list it already verified without the firm key', async () => {
    const { text } = await firstList();
    expect(decodeRevocationList(text).list.revoked).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { randomBytes, utf8 } from '../../../../shared/crypto/bytes';
import { deriveKeyBytes, type Argon2idParams } from '../../../../shared/crypto/kdf';
import { CHUNK_BYTES, MAGIC, TAG_BYTES } from '../../../../shared/bundle/bundleFormat';
import { openBundle, parseBundle } from '../../../../shared/bundle/readBundle';
import { sealBundle } from '../../../../shared/bundle/writeBundle';
import { cheapKdf, failure } from '../../../support/bundleTestKit';

// Files in tests use the smallest allowed Argon2id cost so hundreds of corrupted copies can be tried.
const PASS = 'field laptop passphrase';
const seal = (payload: Uint8Array) =>
  sealBundle(payload, {
    recipients: [{ type: 'passphrase', passphrase: PASS, derive: deriveKeyBytes, kdf: cheapKdf() }],
    created: '2026-11-28T00:00:00Z',
  });
const openWith = async (bytes: Uint8Array, passphrase = PASS) =>
  (await openBundle(bytes, { key: { type: 'passphrase', passphrase, derive: deriveKeyBytes } })).payload;

describe('assessment file round trip', () => {
  it.each([0, 1, 1000, CHUNK_BYTES - 1, CHUNK_BYTES, CHUNK_BYTES + 1, 3 * CHUNK_BYTES + 17])(
    '%i bytes come back exactly',
    async (size) => {
      const payload = randomBytes(size);
      const file = await seal(payload);
      expect(await openWith(file)).toEqual(payload);
    },
  );

  it('shows its header without any secret', async () => {
    const file = await seal(utf8('{"records":[]}'));
    const { header, version } = parseBundle(file);
    expect(version).toEqual({ major: 1, minor: 5 });
    expect(header.recipients.map((r) => r.type)).toEqual(['passphrase']);
    expect(JSON.stringify(header)).not.toContain(PASS);
  });
});

describe('bad files give their own clear error', () => {
  it('not an assessment file', async () => {
    expect(await failure(openWith(utf8('<nmaprun></nmaprun>')))).toBe('not-a-bundle');
    expect(await failure(openWith(new Uint8Array()))).toBe('not-a-bundle');
  });

  it('a file from a future version', async () => {
    const file = (await seal(utf8('x'))).slice();
    file[MAGIC.byteLength] = 2;
    expect(await failure(openWith(file))).toBe('unsupported-version');
    await expect(openWith(file)).rejects.toThrow('made by a newer version');
  });

  it('a wrong passphrase', async () => {
    expect(await failure(openWith(await seal(utf8('x')), 'not the passphrase'))).toBe('wrong-passphrase');
  });

  it('an oversized key-derivation setting is refused before deriving anything', async () => {
    const file = await seal(utf8('x'));
    const text = new TextDecoder('latin1').decode(file);
    const hostile = Uint8Array.from(
      text.replace(/"memoryKiB":\d+/, '"memoryKiB":4194304'),
      (c) => c.charCodeAt(0) & 0xff,
    );
    // The header length stays valid when the number keeps the same digit count; otherwise fix it up.
    const delta = hostile.byteLength - file.byteLength;
    const view = new DataView(hostile.buffer);
    view.setUint32(MAGIC.byteLength + 2, view.getUint32(MAGIC.byteLength + 2) + delta);
    let derived = 0;
    const derive = async (p: string, k: Argon2idParams) => {
      derived += 1;
      return deriveKeyBytes(p, k);
    };
    const code = await failure(openBundle(hostile, { key: { type: 'passphrase', passphrase: PASS, derive } }));
    expect(code).toBe('kdf-too-costly');
    expect(derived).toBe(0);
  });

  it('every single flipped byte of a small file is caught', async () => {
    const file = await seal(utf8('{"clinic":"Lakeside","assets":3}'));
    const seen = new Set<string>();
    for (let i = 0; i < file.byteLength; i++) {
      const copy = file.slice();
      copy[i] = (copy[i] ?? 0) ^ 0x04;
      const code = await failure(openWith(copy));
      expect(code, `byte ${i}`).not.toBe('opened');
      expect(code, `byte ${i}`).not.toMatch(/^unexpected/);
      seen.add(code);
    }
    expect([...seen].sort()).toEqual(
      expect.arrayContaining(['damaged-header', 'not-a-bundle', 'tampered', 'unsupported-version']),
    );
  }, 60_000);

  it('every truncation is caught', async () => {
    const file = await seal(randomBytes(CHUNK_BYTES + 100));
    const lengths = [
      ...Array.from({ length: 600 }, (_, i) => i),
      ...Array.from({ length: 80 }, (_, i) => file.byteLength - 1 - i * 37),
      CHUNK_BYTES + TAG_BYTES + 500,
    ];
    for (const length of lengths.filter((l) => l >= 0 && l < file.byteLength)) {
      const code = await failure(openWith(file.subarray(0, length)));
      expect(['not-a-bundle', 'truncated', 'damaged-header', 'tampered'], `length ${length}`).toContain(code);
    }
    // Cut exactly after a whole chunk: recognised as an incomplete file.
    const parsed = parseBundle(file);
    const cut = file.byteLength - parsed.payload.byteLength + CHUNK_BYTES + TAG_BYTES;
    expect(await failure(openWith(file.subarray(0, cut)))).toBe('truncated');
  }, 60_000);

  it('swapped chunks', async () => {
    const file = await seal(randomBytes(3 * CHUNK_BYTES));
    const start = file.byteLength - parseBundle(file).payload.byteLength;
    const size = CHUNK_BYTES + TAG_BYTES;
    const swapped = file.slice();
    swapped.set(file.subarray(start, start + size), start + size);
    swapped.set(file.subarray(start + size, start + 2 * size), start);
    expect(await failure(openWith(swapped))).toBe('tampered');
  });

  it('a header taken from another file', async () => {
    const a = await seal(utf8('file A'));
    const b = await seal(utf8('file B'));
    const headerOfA = a.subarray(0, a.byteLength - parseBundle(a).payload.byteLength);
    const mixed = new Uint8Array([...headerOfA, ...parseBundle(b).payload]);
    expect(await failure(openWith(mixed))).toBe('tampered');
  });

  it('data appended after the end', async () => {
    const file = await seal(randomBytes(CHUNK_BYTES));
    const longer = new Uint8Array([...file, ...randomBytes(100)]);
    expect(['tampered', 'trailing-data']).toContain(await failure(openWith(longer)));
  });
});

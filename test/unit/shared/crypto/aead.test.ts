import { describe, expect, it } from 'vitest';
import { importAesKey, IntegrityError, open, seal } from '../../../../shared/crypto/aead';
import { isBase64, randomBytes, toBase64, utf8 } from '../../../../shared/crypto/bytes';
import { deriveKeyBytes } from '../../../../shared/crypto/kdf';

describe('AES-256-GCM seal/open', () => {
  it('round-trips and uses a fresh IV each time', async () => {
    const key = await importAesKey(randomBytes(32));
    const a = await seal(key, utf8('secret'), utf8('ctx'));
    const b = await seal(key, utf8('secret'), utf8('ctx'));
    expect(a.slice(0, 12)).not.toEqual(b.slice(0, 12));
    expect(new TextDecoder().decode(await open(key, a, utf8('ctx')))).toBe('secret');
  });

  it('refuses tampering, truncation, another context and another key', async () => {
    const key = await importAesKey(randomBytes(32));
    const sealed = await seal(key, utf8('secret'), utf8('ctx'));
    const flipped = sealed.slice();
    flipped[sealed.length - 1] = (flipped[sealed.length - 1] ?? 0) ^ 1;
    await expect(open(key, flipped, utf8('ctx'))).rejects.toThrow(IntegrityError);
    await expect(open(key, sealed.slice(0, 20), utf8('ctx'))).rejects.toThrow(IntegrityError);
    await expect(open(key, sealed, utf8('other'))).rejects.toThrow(IntegrityError);
    await expect(open(await importAesKey(randomBytes(32)), sealed, utf8('ctx'))).rejects.toThrow(IntegrityError);
  });
});

describe('Argon2id', () => {
  const params = {
    algorithm: 'argon2id' as const,
    salt: new Uint8Array(16).fill(1),
    memoryKiB: 8 * 1024,
    iterations: 1,
    parallelism: 1,
  };

  it('derives the same key from the same passphrase and salt, and another from another', async () => {
    const a = await deriveKeyBytes('passphrase', params);
    expect(a).toEqual(await deriveKeyBytes('passphrase', params));
    expect(a).not.toEqual(await deriveKeyBytes('passphrase!', params));
    expect(a).not.toEqual(await deriveKeyBytes('passphrase', { ...params, salt: new Uint8Array(16).fill(2) }));
    expect(a.byteLength).toBe(32);
  });

  it('refuses parameters out of bounds before deriving', async () => {
    await expect(deriveKeyBytes('p', { ...params, memoryKiB: 4 * 1024 * 1024 })).rejects.toThrow();
    await expect(deriveKeyBytes('p', { ...params, iterations: 1000 })).rejects.toThrow();
    await expect(deriveKeyBytes('p', { ...params, salt: new Uint8Array(4) })).rejects.toThrow();
  });
});

describe('base64 check', () => {
  it('accepts what fromBase64 decodes and refuses what it would choke on', () => {
    for (const n of [0, 1, 2, 3, 16, 65]) expect(isBase64(toBase64(randomBytes(n)))).toBe(true);
    for (const bad of ['abc', 'ab==cd==', 'a===', '====', 'ab c', 'ab=c']) expect(isBase64(bad), bad).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { bundleHeader, SIGNATURE_BYTES } from '../../../../shared/bundle/bundleFormat';
import { openBundle, openStream, parseBundle, type UnlockKey } from '../../../../shared/bundle/readBundle';
import { sealBundle, sealStream, type RecipientSpec, type SignerSpec } from '../../../../shared/bundle/writeBundle';
import { concatBytes, randomBytes, utf8 } from '../../../../shared/crypto/bytes';
import { generateKeyPair, keyFingerprint } from '../../../../shared/crypto/p256Keys';
import { deriveKeyBytes } from '../../../../shared/crypto/kdf';
import { cheapKdf, failure } from '../../../support/bundleTestKit';

const PASS = 'field laptop passphrase';
const passphraseSpec = (): RecipientSpec => ({
  type: 'passphrase',
  passphrase: PASS,
  derive: deriveKeyBytes,
  kdf: cheapKdf(),
});
const byPassphrase = (passphrase = PASS): UnlockKey => ({ type: 'passphrase', passphrase, derive: deriveKeyBytes });
const firm = await generateKeyPair('ecdh');
const byFirmKey: UnlockKey = { type: 'private-key', privateKey: firm.privateKey, publicKey: firm.publicKey };
const assessor = await generateKeyPair('ecdsa');
const signer: SignerSpec = { name: 'Dana Whitfield', privateKey: assessor.privateKey, publicKey: assessor.publicKey };

describe("files for the parent firm's public key", () => {
  it('open with the firm private key and with nothing else', async () => {
    const payload = randomBytes(150_000);
    const file = await sealBundle(payload, { recipients: [{ type: 'public-key', publicKey: firm.publicKey }] });
    const recipient = parseBundle(file).header.recipients[0];
    expect(recipient).toMatchObject({ type: 'public-key', keyId: await keyFingerprint(firm.publicKey) });
    expect((await openBundle(file, { key: byFirmKey })).payload).toEqual(payload);

    // The assessor who wrote it holds no passphrase for it, so cannot read it back.
    expect(await failure(openBundle(file, { key: byPassphrase() }))).toBe('needs-private-key');
    const other = await generateKeyPair('ecdh');
    expect(
      await failure(
        openBundle(file, { key: { type: 'private-key', privateKey: other.privateKey, publicKey: other.publicKey } }),
      ),
    ).toBe('wrong-key');
    // A key that claims the firm's public half but holds another private half is refused too.
    expect(
      await failure(
        openBundle(file, { key: { type: 'private-key', privateKey: other.privateKey, publicKey: firm.publicKey } }),
      ),
    ).toBe('wrong-key');
  });

  it('a passphrase file asked to open with a key says it needs the passphrase', async () => {
    const file = await sealBundle(utf8('x'), { recipients: [passphraseSpec()] });
    expect(await failure(openBundle(file, { key: byFirmKey }))).toBe('needs-passphrase');
  });

  it('one file, two recipients: the passphrase and the firm key each open it', async () => {
    const file = await sealBundle(utf8('{"both":true}'), {
      recipients: [passphraseSpec(), { type: 'public-key', publicKey: firm.publicKey }],
    });
    expect((await openBundle(file, { key: byPassphrase() })).payload).toEqual(utf8('{"both":true}'));
    expect((await openBundle(file, { key: byFirmKey })).payload).toEqual(utf8('{"both":true}'));
  });

  it('a recipient type from a later version is kept in the header and skipped', () => {
    const header = {
      format: 'clinic-assessor-bundle',
      noncePrefix: 'AAAAAAAAAA==',
      chunkBytes: 65536,
      created: 'x',
      recipients: [
        { type: 'post-quantum', blob: 'zz' },
        {
          type: 'public-key',
          algorithm: 'ECDH-P256-HKDF-SHA256',
          keyId: 'k',
          ephemeralKey: 'AA==',
          wrappedKey: 'AA==',
        },
      ],
    };
    expect(bundleHeader.parse(header).recipients).toHaveLength(2);
    // A known type that does not fit its shape is not waved through as "unknown".
    expect(bundleHeader.safeParse({ ...header, recipients: [{ type: 'passphrase', blob: 'zz' }] }).success).toBe(false);
    // Base64 that would not decode is a damaged header, not a crash further on.
    expect(bundleHeader.safeParse({ ...header, noncePrefix: 'AAAAA' }).success).toBe(false);
  });
});

describe('signed files', () => {
  it('say who signed, by name and key fingerprint, once the signature checks out', async () => {
    const file = await sealBundle(utf8('{"signed":1}'), { recipients: [passphraseSpec()], signer });
    const { payload, info } = await openBundle(file, { key: byPassphrase() });
    expect(payload).toEqual(utf8('{"signed":1}'));
    expect(info.signer).toEqual({
      name: 'Dana Whitfield',
      publicKey: assessor.publicKey,
      fingerprint: await keyFingerprint(assessor.publicKey),
    });
    const unsigned = await sealBundle(utf8('x'), { recipients: [passphraseSpec()] });
    expect((await openBundle(unsigned, { key: byPassphrase() })).info.signer).toBeUndefined();
  });

  it('every flipped byte of a small signed file is caught, the signature bytes included', async () => {
    const file = await sealBundle(utf8('{"clinic":"Lakeside"}'), { recipients: [passphraseSpec()], signer });
    const seen = new Set<string>();
    for (let i = 0; i < file.byteLength; i++) {
      const copy = file.slice();
      copy[i] = (copy[i] ?? 0) ^ 0x10;
      const code = await failure(openBundle(copy, { key: byPassphrase() }));
      expect(code, `byte ${i}`).not.toBe('opened');
      expect(code, `byte ${i}`).not.toMatch(/^unexpected/);
      if (i >= file.byteLength - SIGNATURE_BYTES) expect(code, `signature byte ${i}`).toBe('bad-signature');
      seen.add(code);
    }
    expect(seen).toContain('bad-signature');
  }, 60_000);

  it("another key's signature, or a stripped one, is refused", async () => {
    const file = await sealBundle(utf8('payload'), { recipients: [passphraseSpec()], signer });
    const mallory = await generateKeyPair('ecdsa');
    const forged = await sealBundle(utf8('payload'), {
      recipients: [passphraseSpec()],
      signer: { ...signer, privateKey: mallory.privateKey },
    });
    expect(await failure(openBundle(forged, { key: byPassphrase() }))).toBe('bad-signature');
    expect(
      await failure(openBundle(file.subarray(0, file.byteLength - SIGNATURE_BYTES), { key: byPassphrase() })),
    ).toMatch(/^(truncated|tampered)$/);
  });
});

describe('streaming', () => {
  async function* pieces(bytes: Uint8Array, sizes: number[]) {
    for (let offset = 0, i = 0; offset < bytes.byteLength; i++) {
      const size = sizes[i % sizes.length] ?? 1;
      yield bytes.subarray(offset, offset + size);
      offset += size;
    }
  }

  it('seals and opens piece by piece, whatever the piece sizes, to the same bytes', async () => {
    const payload = randomBytes(5 * 65536 + 4321);
    const parts: Uint8Array[] = [];
    for await (const part of sealStream(pieces(payload, [1, 70_000, 65536, 3, 20_000]), {
      recipients: [{ type: 'public-key', publicKey: firm.publicKey }],
      signer,
    }))
      parts.push(part);
    const file = concatBytes(...parts);
    const out: Uint8Array[] = [];
    const stream = openStream(pieces(file, [7, 65_552, 100_000, 1]), { key: byFirmKey });
    for (;;) {
      const next = await stream.next();
      if (next.done) {
        expect(next.value.signer?.name).toBe('Dana Whitfield');
        break;
      }
      // Each piece handed out is at most one chunk: memory stays bounded by the chunk size.
      expect(next.value.byteLength).toBeLessThanOrEqual(65536);
      out.push(next.value);
    }
    expect(concatBytes(...out)).toEqual(payload);
  });

  it('an aborted export stops between chunks', async () => {
    const controller = new AbortController();
    const stream = sealStream([randomBytes(4 * 65536)], { recipients: [passphraseSpec()], signal: controller.signal });
    await stream.next();
    controller.abort(new Error('cancelled by the user'));
    await expect(stream.next()).rejects.toThrow('cancelled by the user');
  });
});

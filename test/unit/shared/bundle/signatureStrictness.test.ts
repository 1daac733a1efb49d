import { describe, expect, it } from 'vitest';
import { MAGIC, SIGNATURE_BYTES } from '../../../../shared/bundle/bundleFormat';
import { openBundle, parseBundle, type UnlockKey } from '../../../../shared/bundle/readBundle';
import { sealBundle, type SignerSpec } from '../../../../shared/bundle/writeBundle';
import { concatBytes, utf8 } from '../../../../shared/crypto/bytes';
import {
  generateKeyPair,
  importPrivateKey,
  importPublicKey,
  signBytes,
  verifyBytes,
} from '../../../../shared/crypto/p256Keys';
import { deriveKeyBytes } from '../../../../shared/crypto/kdf';
import { cheapKdf, failure } from '../../../support/bundleTestKit';

const N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;
const toBig = (b: Uint8Array) => b.reduce((v, x) => (v << 8n) | BigInt(x), 0n);
const toBytes = (v: bigint) => Uint8Array.from({ length: 32 }, (_, i) => Number((v >> BigInt(8 * (31 - i))) & 0xffn));
/** (r, n − s): the same signature's other form, which plain ECDSA also accepts. */
const twin = (signature: Uint8Array) =>
  concatBytes(signature.subarray(0, 32), toBytes(N - toBig(signature.subarray(32))));

const PASS = 'pass';
const key: UnlockKey = { type: 'passphrase', passphrase: PASS, derive: deriveKeyBytes };
const assessor = await generateKeyPair('ecdsa');
const signer: SignerSpec = { name: 'Dana Whitfield', privateKey: assessor.privateKey, publicKey: assessor.publicKey };

describe('ECDSA signatures are low-s only', () => {
  it('signing always gives s <= n/2, and the high-s twin of a valid signature is refused', async () => {
    const privateKey = await importPrivateKey('ecdsa', assessor.privateKey);
    const publicKey = await importPublicKey('ecdsa', assessor.publicKey);
    const message = utf8('the same message');
    for (let i = 0; i < 16; i++) {
      const signature = await signBytes(privateKey, message);
      expect(toBig(signature.subarray(32)) <= N / 2n).toBe(true);
      expect(await verifyBytes(publicKey, signature, message)).toBe(true);
      // WebCrypto alone accepts the twin: the check is ours.
      const high = twin(signature);
      expect(await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, publicKey, high, message)).toBe(true);
      expect(await verifyBytes(publicKey, high, message)).toBe(false);
    }
  });

  it('a file whose signature is replaced by its high-s twin is refused', async () => {
    const file = await sealBundle(utf8('{"signed":1}'), {
      recipients: [{ type: 'passphrase', passphrase: PASS, derive: deriveKeyBytes, kdf: cheapKdf() }],
      signer,
    });
    expect((await openBundle(file, { key })).info.signer?.name).toBe('Dana Whitfield');
    const body = file.subarray(0, file.byteLength - SIGNATURE_BYTES);
    const altered = concatBytes(body, twin(file.subarray(file.byteLength - SIGNATURE_BYTES)));
    expect(await failure(openBundle(altered, { key }))).toBe('bad-signature');
  });
});

describe('format 1.0', () => {
  it('a 1.0 file that carries a signer is refused as damaged, by the header reader and by opening', async () => {
    const file = await sealBundle(utf8('{}'), {
      recipients: [{ type: 'passphrase', passphrase: PASS, derive: deriveKeyBytes, kdf: cheapKdf() }],
      signer,
    });
    const asOld = new Uint8Array(file);
    asOld[MAGIC.byteLength + 1] = 0;
    expect(() => parseBundle(asOld)).toThrow(/1\.0 files have no signer/);
    expect(await failure(openBundle(asOld, { key }))).toBe('damaged-header');
    // Unsigned, a 1.0 file still reads (its MAC then fails here only because the minor byte changed).
    const unsigned = new Uint8Array(
      await sealBundle(utf8('{}'), {
        recipients: [{ type: 'passphrase', passphrase: PASS, derive: deriveKeyBytes, kdf: cheapKdf() }],
      }),
    );
    unsigned[MAGIC.byteLength + 1] = 0;
    expect(parseBundle(unsigned).version).toEqual({ major: 1, minor: 0 });
  });
});

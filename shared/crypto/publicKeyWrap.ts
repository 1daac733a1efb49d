/**
 * A secret sealed for a P-256 public key: a one-time ECDH key pair, the shared secret
 * through HKDF-SHA-256 (salt: one-time public key || recipient public key; info: a
 * context string naming what is wrapped), and AES-256-GCM with its own associated data.
 * Different context strings make different keys, so a wrap made for one purpose never
 * opens as another.
 */
import { importAesKey, open, seal } from './aead';
import { asBufferSource, concatBytes, utf8 } from './bytes';
import { ecdhSecret, generateKeyPair, importPrivateKey, importPublicKey } from './p256Keys';

export interface WrapContext {
  /** HKDF info: what the derived key is for. */
  info: string;
  /** AES-GCM associated data of the wrapped secret. */
  associatedData: Uint8Array;
}

export interface PublicKeyWrap {
  /** The one-time public key, uncompressed point. */
  ephemeralKey: Uint8Array<ArrayBuffer>;
  /** IV || ciphertext || tag. */
  wrappedKey: Uint8Array<ArrayBuffer>;
}

async function wrapKek(
  secret: Uint8Array,
  ephemeral: Uint8Array,
  recipient: Uint8Array,
  info: string,
  usage: KeyUsage,
): Promise<CryptoKey> {
  const base = await globalThis.crypto.subtle.importKey('raw', asBufferSource(secret), 'HKDF', false, ['deriveBits']);
  const bits = await globalThis.crypto.subtle.deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: concatBytes(ephemeral, recipient), info: utf8(info) },
    base,
    256,
  );
  return importAesKey(new Uint8Array(bits), [usage]);
}

/** Seals `secret` so that only the holder of the private half of `recipient` opens it. */
export async function wrapForPublicKey(
  secret: Uint8Array,
  recipient: Uint8Array,
  context: WrapContext,
): Promise<PublicKeyWrap> {
  const recipientKey = await importPublicKey('ecdh', recipient);
  const ephemeral = await generateKeyPair('ecdh');
  const shared = await ecdhSecret(await importPrivateKey('ecdh', ephemeral.privateKey), recipientKey);
  ephemeral.privateKey.fill(0);
  const kek = await wrapKek(shared, ephemeral.publicKey, recipient, context.info, 'encrypt');
  shared.fill(0);
  return { ephemeralKey: ephemeral.publicKey, wrappedKey: await seal(kek, secret, context.associatedData) };
}

/**
 * Opens a wrap with the recipient's key pair (private key imported for ECDH). A bad
 * one-time key throws KeyFormatError; a wrong key or altered wrap throws IntegrityError.
 */
export async function unwrapWithPrivateKey(
  wrap: PublicKeyWrap,
  key: { privateKey: CryptoKey; publicKey: Uint8Array },
  context: WrapContext,
): Promise<Uint8Array> {
  const ephemeralKey = await importPublicKey('ecdh', wrap.ephemeralKey);
  const shared = await ecdhSecret(key.privateKey, ephemeralKey);
  const kek = await wrapKek(shared, wrap.ephemeralKey, key.publicKey, context.info, 'decrypt');
  shared.fill(0);
  return open(kek, wrap.wrappedKey, context.associatedData);
}

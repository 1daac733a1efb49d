/** What the assessment-file tests share: a cheap KDF and a way to name how opening failed. */
import { BundleError, type BundleErrorCode } from '../../shared/bundle/bundleErrors';
import { randomBytes } from '../../shared/crypto/bytes';
import type { Argon2idParams } from '../../shared/crypto/kdf';

/** The smallest Argon2id cost the format allows, so hundreds of corrupted copies can be tried. */
export const cheapKdf = (): Argon2idParams => ({
  algorithm: 'argon2id',
  salt: randomBytes(16),
  memoryKiB: 8 * 1024,
  iterations: 1,
  parallelism: 1,
});

/** The BundleError code a piece of work failed with, 'opened' if it did not fail. */
export async function failure(work: Promise<unknown>): Promise<BundleErrorCode | 'opened' | string> {
  try {
    await work;
    return 'opened';
  } catch (error) {
    return error instanceof BundleError ? error.code : `unexpected ${String(error)}`;
  }
}

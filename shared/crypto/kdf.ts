/**
 * Passphrase to key with Argon2id (hash-wasm). Parameters travel with what they
 * protect, and are bounded before use so a hostile file cannot ask for gigabytes.
 */
import { argon2id } from 'hash-wasm';
import { z } from 'zod';
import { randomBytes } from './bytes';

export const argon2idParams = z.object({
  algorithm: z.literal('argon2id'),
  salt: z.instanceof(Uint8Array).refine((s) => s.byteLength >= 16 && s.byteLength <= 64, 'salt must be 16 to 64 bytes'),
  /** Memory in KiB: 8 MiB to 1 GiB. */
  memoryKiB: z
    .number()
    .int()
    .min(8 * 1024)
    .max(1024 * 1024),
  iterations: z.number().int().min(1).max(20),
  parallelism: z.number().int().min(1).max(8),
});

export type Argon2idParams = z.infer<typeof argon2idParams>;

/** The app's defaults: m = 64 MiB, t = 3, p = 1, with a fresh random salt. */
export function defaultArgon2idParams(): Argon2idParams {
  return { algorithm: 'argon2id', salt: randomBytes(16), memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 };
}

/** Derives 32 key bytes from a passphrase; throws if the parameters are out of bounds. */
export async function deriveKeyBytes(passphrase: string, params: Argon2idParams): Promise<Uint8Array> {
  const checked = argon2idParams.parse(params);
  return argon2id({
    password: passphrase.normalize('NFC'),
    salt: checked.salt,
    memorySize: checked.memoryKiB,
    iterations: checked.iterations,
    parallelism: checked.parallelism,
    hashLength: 32,
    outputType: 'binary',
  });
}

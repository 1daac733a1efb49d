/**
 * Real scanner files (nmap output written by nmap itself), copied into the repository
 * under `test/fixtures/nmap/` with their origin and licence, so tests need nothing
 * beside a plain clone.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export const corpusDir = path.resolve(import.meta.dirname, '..', 'fixtures');

export function corpusFile(...parts: string[]): string {
  const file = path.join(corpusDir, ...parts);
  if (!existsSync(file))
    throw new Error(`The fixture ${path.relative(process.cwd(), file)} is missing from test/fixtures.`);
  return file;
}

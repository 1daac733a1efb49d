/**
 * Files tests read (nmap, CSV exports, Zeek logs, speed tests, photos), kept in the
 * repository under `test/fixtures/` with their origin and licence, so tests need nothing
 * beside a plain clone. A missing one fails with its path, not a bare ENOENT.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export const fixturesDir = path.resolve(import.meta.dirname, '..', 'fixtures');

export function fixtureFile(...parts: string[]): string {
  const file = path.join(fixturesDir, ...parts);
  if (!existsSync(file))
    throw new Error(`The fixture ${path.relative(process.cwd(), file)} is missing from test/fixtures.`);
  return file;
}

/**
 * The shared corpus of real scanner files (nmap output written by nmap itself), read in
 * place beside the project, never copied into it: `../shared/corpus`, or the folder in
 * CLINIC_ASSESSOR_CORPUS.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
export const corpusDir = path.resolve(process.env.CLINIC_ASSESSOR_CORPUS ?? path.join(root, '..', 'shared', 'corpus'));

export function corpusFile(...parts: string[]): string {
  const file = path.join(corpusDir, ...parts);
  if (!existsSync(file)) throw new Error(`The shared corpus file ${file} is missing: the tests read ../shared/corpus beside the project (or CLINIC_ASSESSOR_CORPUS).`);
  return file;
}

/**
 * Adding picked files (or a camera shot) to a record's evidence, one after the other:
 * each checked against the limits before it is read, prepared in the evidence worker
 * (kind checked, a photo cleaned of its metadata and downscaled), then stored. A file that
 * fails is named with its reason and the others still go in. Nothing here knows React.
 */
import type { EvidenceTarget } from '../../../shared/model/evidence';
import { plainFileName } from '../../../shared/model/evidence';
import { plainError } from '../../../shared/model/plainIssues';
import { attachEvidence, limitProblem } from '../../db/evidenceStore';
import type { Repositories } from '../../db/repository';
import type { Vault } from '../../db/vault';
import type { PreparedEvidence } from '../../workers/evidence.worker';

export interface EvidencePlace {
  assessmentId: string;
  target: EvidenceTarget;
  targetId: string;
}

/** What a picked file gives: its name, its size before reading, and its bytes when asked. */
export interface PickedFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface AddEvidenceDeps {
  vault: Vault;
  repos: Repositories;
  prepare(bytes: Uint8Array<ArrayBuffer>, fileName: string, signal?: AbortSignal): Promise<PreparedEvidence>;
}

export interface AddResult {
  added: number;
  /** One sentence per file that was not added. */
  failures: string[];
}

/** Adds `files` to the evidence at `place`; `onProgress` hears of each file as it starts. */
export async function addEvidenceFiles(
  deps: AddEvidenceDeps,
  place: EvidencePlace,
  files: readonly PickedFile[],
  onProgress: (label: string, done: number, total: number) => void = () => undefined,
  signal?: AbortSignal,
): Promise<AddResult> {
  const result: AddResult = { added: 0, failures: [] };
  const assessor = (await deps.repos.assessment.get(place.assessmentId))?.data.assessor ?? '';
  for (const [index, file] of files.entries()) {
    if (signal?.aborted) break;
    const name = plainFileName(file.name);
    onProgress(`Adding ${name}…`, index, files.length);
    try {
      // The limits first, from the size alone: a file too large is never read.
      const existing = (await deps.repos.evidence.list(place.assessmentId)).map((e) => e.data);
      const problem = limitProblem(existing, file.size, name);
      if (problem) {
        result.failures.push(problem);
        continue;
      }
      const prepared = await deps.prepare(new Uint8Array(await file.arrayBuffer()), name, signal);
      await attachEvidence(deps.vault, deps.repos, {
        ...place,
        fileName: name,
        mediaType: prepared.mediaType,
        bytes: prepared.bytes,
        width: prepared.width,
        height: prepared.height,
        addedBy: assessor,
      });
      result.added += 1;
    } catch (error) {
      result.failures.push(plainError(error, `${name} could not be added.`));
    }
  }
  onProgress('Done', files.length, files.length);
  return result;
}

/** "2 files added." / "1 photo added; 1 not added:" — the line shown once the files are in. */
export function addedText(result: AddResult): string {
  const added = result.added === 1 ? '1 file added' : `${result.added} files added`;
  return result.failures.length ? `${added}; ${result.failures.length} not added.` : `${added}.`;
}

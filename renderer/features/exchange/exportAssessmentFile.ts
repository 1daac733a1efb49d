/**
 * Exporting an assessment file, as one use case: ask where to save (the file is written
 * as it is sealed, never held whole), collect the records in scope, seal them in the
 * worker for the firm's key and/or a passphrase, signed as this assessor, with progress
 * and cancel; a full, unredacted export is recorded as the last backup. A cancelled or
 * failed export leaves no file. Nothing here knows React.
 */
import { buildBundleContent, evidenceBlobs } from '../../../shared/bundle/bundleContent';
import type { BundleRecords } from '../../../shared/model/bundleRecords';
import { plainError } from '../../../shared/model/plainIssues';
import { recordBackup } from '../../db/backupStatus';
import { todayIso } from '../../clock/today';
import type { SaveTaskState } from '../../components/SaveTask';
import { collectRecords, type ExportScope } from '../../db/importExport';
import { DEFAULT_SIGNER_NAME, readFirmRecipient, renameSigner, signingKey } from '../../db/signerAndFirmKeys';
import { repositoriesFor } from '../../db/repository';
import type { Vault } from '../../db/vault';
import type { WritableFile } from '../../platform/fileHandles';
import type { WorkerRecipient } from '../../workers/bundleTasks';
import { CANCELLED } from '../../workers/runInWorker';
import { hasBlob, readBlob } from '../../db/evidenceBlobs';
import { chooseBundleTarget, sealBundleTo, type BundleFiles, type BundleWorkerClient } from './bundleFileIo';
import { blobPuller } from './evidenceTransfer';

/** Who can open the file; with a firm key set, the firm is the default (a backup the firm can recover). */
export type Lock = 'passphrase' | 'firm' | 'both';

export interface ExportChoice {
  scope: ExportScope;
  lock: Lock;
  /** The file's passphrase, when `lock` is not 'firm'. */
  passphrase: string;
  sign: boolean;
  /** The name to sign as, when the signing key still has the default name. */
  signerName: string;
  redact: boolean;
  /** Leave out every photo and file: their records and their bytes. */
  leaveOutEvidence?: boolean;
}

export interface ExportDeps {
  vault: Vault;
  files: BundleFiles;
  worker: BundleWorkerClient;
  clock?: () => Date;
}

/** The scope a picker's value names: "clinic:<id>" (a clinic and all its assessments), "assessment:<id>" (one, with its clinic), else everything. */
export function exportScopeOf(value: string): ExportScope {
  const [kind, id = ''] = value.split(':');
  return kind === 'clinic' || kind === 'assessment' ? { kind, ids: [id] } : { kind: 'all' };
}

/** The name offered in the save dialog: a full export is a backup. */
export function suggestedExportName(scope: ExportScope, redact: boolean, now: Date): string {
  return `clinic-assessor-${scope.kind === 'all' && !redact ? 'backup-' : ''}${redact ? 'redacted-' : ''}${todayIso(now)}.cabundle`;
}

async function signerFor(vault: Vault, choice: ExportChoice) {
  if (!choice.sign) return undefined;
  const signing = await signingKey(vault);
  const name = choice.signerName.trim();
  if (!name || signing.name !== DEFAULT_SIGNER_NAME) return signing;
  await renameSigner(vault.db, name);
  return { ...signing, name };
}

async function recipientsFor(vault: Vault, choice: ExportChoice): Promise<WorkerRecipient[]> {
  const firm = choice.lock !== 'passphrase' ? await readFirmRecipient(vault.db) : undefined;
  if (choice.lock !== 'passphrase' && !firm) throw new Error('Set the parent firm’s public key first, in Settings.');
  return [
    ...(firm ? [{ type: 'public-key' as const, publicKey: firm.publicKey }] : []),
    ...(choice.lock !== 'firm' ? [{ type: 'passphrase' as const, passphrase: choice.passphrase }] : []),
  ];
}

/** The evidence bytes the file carries: those of live evidence in scope that are on this computer. */
async function blobsHere(vault: Vault, records: BundleRecords) {
  const listed = evidenceBlobs(records);
  const here = await Promise.all(listed.map((blob) => hasBlob(vault, blob.sha256)));
  return listed.filter((_, i) => here[i]);
}

/** The export's steps over `deps`; every change of state goes to `onChange`. */
export function assessmentExport(deps: ExportDeps, onChange: (state: SaveTaskState) => void = () => undefined) {
  const { vault } = deps;
  const now = () => deps.clock?.() ?? new Date();
  let abort: AbortController | undefined;
  const show = (state: SaveTaskState) => {
    onChange(state);
    return state;
  };

  /** Asks where to save, then writes the file; resolves to how it ended. */
  async function run(choice: ExportChoice): Promise<SaveTaskState> {
    if (abort) return { step: 'working', label: '', done: 0, total: 1 };
    const controller = new AbortController();
    abort = controller;
    let target: WritableFile | undefined;
    try {
      target = await chooseBundleTarget(deps.files, suggestedExportName(choice.scope, choice.redact, now()));
      if (!target) return show({ step: 'idle' });
      show({ step: 'working', label: 'Collecting records…', done: 0, total: 1 });
      const signing = await signerFor(vault, choice);
      const records = await collectRecords(repositoriesFor(vault), choice.scope);
      controller.signal.throwIfAborted();
      const leaveOutEvidence = choice.leaveOutEvidence ?? false;
      const content = buildBundleContent(records, choice.scope, vault.device, signing?.name ?? '', {
        redact: choice.redact,
        leaveOutEvidence,
        blobs: leaveOutEvidence ? [] : await blobsHere(vault, records),
      });
      const saved = await sealBundleTo(
        deps.worker,
        target,
        {
          op: 'seal',
          content,
          recipients: await recipientsFor(vault, choice),
          ...(signing
            ? { signer: { name: signing.name, privateKey: signing.privateKey, publicKey: signing.publicKey } }
            : {}),
        },
        (label, done, total) => show({ step: 'working', label, done, total }),
        controller.signal,
        blobPuller((sha256) => readBlob(vault, sha256)),
      );
      // A full, unredacted export is a backup: this installation opens it with the passphrase, or the firm with its key.
      if (choice.scope.kind === 'all' && !choice.redact && !choice.leaveOutEvidence)
        await recordBackup(vault.db, now());
      return show({ step: 'saved', name: saved.name });
    } catch (error) {
      return show({ step: 'error', message: plainError(error, 'The export failed.') });
    } finally {
      abort = undefined;
      await target?.abort();
    }
  }

  return { run, cancel: () => abort?.abort(new Error(CANCELLED)) };
}

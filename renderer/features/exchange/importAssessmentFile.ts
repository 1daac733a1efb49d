/**
 * Importing an assessment file, as one use case: choose the file (its header says how it
 * opens), open it with a passphrase or the firm key this computer holds (in the worker,
 * with progress and cancel), refuse a revoked signer, plan the merge with the records
 * here, ask which look-alike clinics are the clinic here (clinicTwinQuestions.ts) and plan
 * again with each answer, show the plan and who signed it, and commit it on confirmation
 * once every question has an answer. The component
 * renders the state and calls these steps; nothing here knows React.
 */
import type { BundleContent, BundleManifest } from '../../../shared/bundle/bundleContent';
import { rekeyClinics } from '../../../shared/merge/rekeyClinics';
import type { SignerInfo } from '../../../shared/bundle/readBundle';
import { isPassphrase, isPublicKey } from '../../../shared/bundle/recipients';
import { plainError } from '../../../shared/model/plainIssues';
import { commitImport, planImport, type ImportPlan } from '../../db/importExport';
import { firmKeyPairFor, heldFirmKeys, isTrusted, readSigningKey, trustSigner } from '../../db/signerAndFirmKeys';
import { refuseRevokedSigner } from '../../db/revocations';
import { putBlob } from '../../db/evidenceBlobs';
import { sweepUnusedBlobs } from '../../db/evidenceStore';
import { repositoriesFor } from '../../db/repository';
import type { Vault } from '../../db/vault';
import type { ReadableFile } from '../../platform/fileHandles';
import type { WorkerKey } from '../../workers/bundleTasks';
import { chooseBundle, openChosenBundle, type BundleFiles, type BundleWorkerClient } from './bundleFileIo';
import { blobStager } from './evidenceTransfer';
import { issuedInImport, type IssuedInImport } from './issuedInImport';
import { rememberTwins } from '../../db/clinicTwins';
import { allAnswered, rekeyingOf, twinQuestions, type TwinAnswer, type TwinQuestion } from './clinicTwinQuestions';

/** How a chosen file can be opened here: with a passphrase, with the firm key this installation holds, or not at all. */
export interface ChosenFile {
  name: string;
  size: number;
  file: ReadableFile;
  passphrase: boolean;
  firmKey: boolean;
  /** Fingerprints of the keys the file is for, when it is for keys. */
  keyIds: string[];
}

/** What importing the file would do, and who signed it, before anything is written. */
export interface Planned {
  name: string;
  manifest: BundleManifest;
  plan: ImportPlan;
  signer?: SignerInfo & { trusted: boolean; own: boolean };
  /** Issued assessments in the file, and those issued here that it changes. */
  issued?: IssuedInImport;
  /** Clinics of the file that look like a clinic here, and the answers so far (the plan follows them). */
  twins?: { questions: TwinQuestion[]; answers: Record<string, TwinAnswer>; planning?: boolean };
}

export type ImportState =
  | { step: 'idle' }
  | { step: 'chosen'; file: ChosenFile }
  | { step: 'opening'; file: ChosenFile; label: string; done: number; total: number }
  | ({ step: 'preview' } & Planned)
  | ({ step: 'committing' } & Planned)
  | { step: 'done'; name: string; written: number; conflicts: number };

/** The state to render, and the last failure in one sentence. */
export interface ImportView {
  state: ImportState;
  error?: string;
}

export interface ImportDeps {
  vault: Vault;
  files: BundleFiles;
  worker: BundleWorkerClient;
  clock?: () => Date;
}

export type OpenWith = { how: 'passphrase'; passphrase: string } | { how: 'firm-key' };

export type AssessmentImport = ReturnType<typeof assessmentImport>;

/** The import's steps over `deps`; every change of state goes to `onChange`. */
export function assessmentImport(deps: ImportDeps, onChange: (view: ImportView) => void = () => undefined) {
  const { vault } = deps;
  let view: ImportView = { state: { step: 'idle' } };
  let abort: AbortController | undefined;
  /** The opened file's content while its preview shows: a twin answer plans it again. */
  let opened: BundleContent | undefined;
  /** Evidence bytes staged by the file opened last, swept once it is imported, discarded or failed. */
  let staged: string[] = [];
  const show = (state: ImportState, error?: string) => {
    view = error === undefined ? { state } : { state, error };
    onChange(view);
    return view;
  };

  async function choose(): Promise<ImportView> {
    show(view.state);
    try {
      const chosen = await chooseBundle(deps.files);
      if (!chosen) return view;
      const { header } = chosen;
      const keyIds = header.recipients.filter(isPublicKey).map((r) => r.keyId);
      const held = await heldFirmKeys(vault.db);
      return show({
        step: 'chosen',
        file: {
          name: chosen.name,
          size: chosen.size,
          file: chosen.file,
          passphrase: header.recipients.some(isPassphrase),
          firmKey: held.some((k) => keyIds.includes(k.fingerprint)),
          keyIds,
        },
      });
    } catch (e) {
      return show({ step: 'idle' }, plainError(e, 'The file could not be read.'));
    }
  }

  async function keyFor(file: ChosenFile, openWith: OpenWith): Promise<WorkerKey> {
    if (openWith.how === 'passphrase') return { type: 'passphrase', passphrase: openWith.passphrase };
    const pair = await firmKeyPairFor(vault, file.keyIds);
    if (!pair) throw new Error('This computer no longer holds the firm key.');
    return { type: 'private-key', privateKey: pair.privateKey, publicKey: pair.publicKey };
  }

  /** Removes the evidence bytes no live record names: those staged by a file that failed, or not kept by the merge. */
  const sweepStaged = () => sweepUnusedBlobs(vault, repositoriesFor(vault)).catch(() => 0);

  async function signerOf(signer: SignerInfo | undefined): Promise<Planned['signer']> {
    if (!signer) return undefined;
    const own = (await readSigningKey(vault.db))?.fingerprint;
    return { ...signer, own: signer.fingerprint === own, trusted: await isTrusted(vault.db, signer.fingerprint) };
  }

  /** Opens the chosen file and plans its merge; on failure the file stays chosen, to try again. */
  async function open(openWith: OpenWith): Promise<ImportView> {
    const { state } = view;
    if (state.step !== 'chosen') return view;
    const { file } = state;
    const controller = new AbortController();
    abort = controller;
    let stager: ReturnType<typeof blobStager> | undefined;
    const progress = (label: string, done: number, total: number) =>
      show({ step: 'opening', file, label, done, total });
    try {
      const key = await keyFor(file, openWith);
      progress('Starting…', 0, 1);
      // Evidence bytes are stored as they arrive, under their hash, unseen until a record names them.
      stager = blobStager((sha256, source) => putBlob(vault, sha256, source));
      staged = stager.staged;
      const { content, info } = await openChosenBundle(
        deps.worker,
        file,
        key,
        progress,
        controller.signal,
        stager.stage,
      );
      await refuseRevokedSigner(vault.db, info.signer);
      const twins = await twinQuestions(vault, content);
      const planned = await planWith(content, twins, {
        signal: controller.signal,
        onProgress: (done, total) => progress('Comparing with the records on this computer…', done, total),
      });
      const signer = await signerOf(info.signer);
      opened = content;
      return show({
        step: 'preview',
        name: file.name,
        manifest: content.manifest,
        ...planned,
        ...(twins.questions.length ? { twins } : {}),
        ...(signer ? { signer } : {}),
      });
    } catch (e) {
      await stager?.abandon();
      if (staged.length) await sweepStaged();
      staged = [];
      return show({ step: 'chosen', file }, plainError(e, 'The file could not be opened.'));
    } finally {
      abort = undefined;
    }
  }

  /** The plan of the file with the look-alike clinics answered "the same" re-keyed to the clinic here. */
  async function planWith(
    content: BundleContent,
    twins: NonNullable<Planned['twins']>,
    options: Parameters<typeof planImport>[2] = {},
  ): Promise<Pick<Planned, 'plan' | 'issued'>> {
    const rekeyed = { ...content, records: rekeyClinics(content.records, rekeyingOf(twins.questions, twins.answers)) };
    const plan = await planImport(vault, rekeyed, options);
    // The file's issued assessments are checked as the file carries them (ClinicTwinQuestions says what moving one does).
    return { plan, issued: await issuedInImport(vault, content, plan) };
  }

  /** Answers whether a look-alike clinic of the file is a clinic here (its id) or another one to keep; plans again. */
  async function answerTwin(incomingId: string, answer: TwinAnswer): Promise<ImportView> {
    const { state } = view;
    if (state.step !== 'preview' || !state.twins || !opened) return view;
    const twins = { questions: state.twins.questions, answers: { ...state.twins.answers, [incomingId]: answer } };
    // The answer shows at once; the import waits for the plan that follows it.
    const answered = show({ ...state, twins: { ...twins, planning: true } }).state;
    try {
      const planned = await planWith(opened, twins);
      // Another answer given meanwhile plans on from the newer state.
      if (view.state !== answered) return view;
      return show({ ...state, ...planned, twins });
    } catch (e) {
      return view.state === answered
        ? show(state, plainError(e, 'The import could not be planned with that answer.'))
        : view;
    }
  }

  /** Writes the previewed plan in one transaction, or nothing; every look-alike clinic must be answered first. */
  async function commit(): Promise<ImportView> {
    const { state } = view;
    if (state.step !== 'preview') return view;
    const { step: _, ...planned } = state;
    if (planned.twins && (planned.twins.planning || !allAnswered(planned.twins.questions, planned.twins.answers)))
      return show(
        state,
        'Say for each look-alike clinic whether it is the clinic here or another one before importing.',
      );
    show({ ...planned, step: 'committing' });
    try {
      const written = await commitImport(vault, planned.plan);
      opened = undefined;
      // Remembering the answers only spares a question next time: the import stands without it.
      if (planned.twins)
        await rememberTwins(vault.db, rekeyingOf(planned.twins.questions, planned.twins.answers)).catch(
          () => undefined,
        );
      if (staged.length) await sweepStaged();
      staged = [];
      return show({ step: 'done', name: planned.name, written, conflicts: planned.plan.counts.conflicts });
    } catch (e) {
      return show(state, plainError(e, 'The import failed; nothing was changed.'));
    }
  }

  /** Trusts the previewed file's signer; throws a plain sentence when it cannot be saved. */
  async function trust(): Promise<ImportView> {
    const { state } = view;
    if (state.step !== 'preview' || !state.signer) return view;
    try {
      await trustSigner(vault.db, state.signer, deps.clock?.());
    } catch (e) {
      throw new Error(plainError(e, 'The signer could not be saved.'));
    }
    return show({ ...state, signer: { ...state.signer, trusted: true } });
  }

  return {
    get view() {
      return view;
    },
    choose,
    open,
    answerTwin,
    commit,
    trust,
    /** Stops opening the file; it stays chosen. */
    cancel: () => abort?.abort(),
    /** Back to the start, the preview discarded. */
    discard: () => {
      opened = undefined;
      if (staged.length) void sweepStaged();
      staged = [];
      return show({ step: 'idle' });
    },
  };
}

/**
 * The app's worker clients without the thread hop, for the use-case tests: the same
 * shared/ functions the workers call (seal and open a stream, parse the records, read an
 * nmap scan or a CSV list, lay out a PDF), run in-process, and real files in a temp dir
 * standing in for the platform's dialogs. Only the postMessage between page and worker is
 * left out; the end-to-end specs cover it.
 */
import { open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openStream } from '../../shared/bundle/readBundle';
import { sealStream } from '../../shared/bundle/writeBundle';
import { deriveKeyBytes } from '../../shared/crypto/kdf';
import type { IpcRequest, IpcResult, OpenFileResult, SaveFileResult } from '../../shared/ipc';
import { parseCsv } from '../../shared/import/csvInventory';
import { networksOf, proposeAsset, type ProposedAsset } from '../../shared/import/nmapToInventory';
import { NmapXmlReader } from '../../shared/import/nmapXml';
import { checkProposal } from '../../shared/import/proposalCheck';
import { buildClinicReport } from '../../shared/report/clinicReport';
import { clinicReportPdf } from '../../shared/report/pdf/clinicReportPdf';
import { clinicReportDocx } from '../../shared/report/docx/clinicReportDocx';
import { portfolioReportPdf } from '../../shared/report/pdf/portfolioReportPdf';
import { buildPortfolioReport } from '../../shared/report/portfolioReport';
import type { BundleFiles, BundleWorkerClient } from '../../renderer/features/exchange/bundleFileIo';
import type { InventoryImportDeps } from '../../renderer/features/inventory/importInventoryFile';
import type { ReportDeps } from '../../renderer/features/reports/makeReport';
import type { ReadableFile, WritableFile } from '../../renderer/platform/fileHandles';
import { readTaskContent, taskPlaintext } from '../../renderer/workers/bundleStreams';
import { loadReportFonts } from '../../electron/cli/reportFonts';
import { afterEach } from 'vitest';
import { cheapKdf } from './bundleTestKit';
import { makeTempDir } from './tempDir';

const PIECE = 1024 * 1024;

/** The assessment-file worker's open and seal, in-process (passphrases sealed with the cheapest Argon2id the format allows). */
export const inProcessBundleWorker: BundleWorkerClient = {
  async openFromFile(file, key, onProgress, signal, stageBlob) {
    const unlock = key.type === 'passphrase' ? { ...key, derive: deriveKeyBytes } : key;
    async function* pieces() {
      for (let offset = 0; ;) {
        const bytes = await file.read(offset, PIECE);
        if (!bytes.byteLength) return;
        offset += bytes.byteLength;
        yield bytes;
      }
    }
    let label = 'Decrypting and checking…';
    const stream = openStream(pieces(), {
      key: unlock,
      totalBytes: file.size,
      onProgress: (done, total) => onProgress(label, done, total),
      ...(signal ? { signal } : {}),
    });
    return readTaskContent(stream, stageBlob, (now) => (label = now), onProgress);
  },
  async sealToFile(task, file, onProgress, signal, pullBlob) {
    const recipients = task.recipients.map((r) =>
      r.type === 'passphrase' ? { ...r, derive: deriveKeyBytes, kdf: cheapKdf() } : r,
    );
    const plain = taskPlaintext(task, pullBlob, onProgress);
    let written = 0;
    const options = { recipients, ...(task.signer ? { signer: task.signer } : {}), ...(signal ? { signal } : {}) };
    for await (const piece of sealStream(plain, options)) {
      await file.write(piece);
      written += piece.byteLength;
    }
    return written;
  },
};

/** The import worker's readers, in-process. */
export const inProcessScanWorker: InventoryImportDeps['worker'] = {
  async readScanInWorker({ bytes, onDate }) {
    const assets: ProposedAsset[] = [];
    const reader: NmapXmlReader = new NmapXmlReader((host) => {
      if (host.up) assets.push(checkProposal(proposeAsset(host, onDate), `device from host ${reader.hosts}`));
    });
    reader.write(new TextDecoder('utf-8').decode(bytes));
    const scan = reader.close();
    return { scan, hostsScanned: reader.hosts, assets, networks: networksOf(assets) };
  },
  readCsvInWorker: async (bytes) => parseCsv(bytes),
};

/** The report worker's layout, in-process, with the app's own fonts. */
export const inProcessReportWorker: ReportDeps['worker'] = {
  async reportInWorker(task, onProgress) {
    const fonts = await loadReportFonts();
    if (task.kind === 'clinic' && task.format === 'docx')
      return new Uint8Array(
        await clinicReportDocx(buildClinicReport(task.records, task.reportDate, task.prior, task.issueCheck), {
          fonts,
          progress: onProgress,
        }),
      );
    const bytes =
      task.kind === 'clinic'
        ? clinicReportPdf(
            buildClinicReport(task.records, task.reportDate, task.prior, task.issueCheck),
            fonts,
            onProgress,
          )
        : portfolioReportPdf(buildPortfolioReport(task.records, task.reportDate), fonts, onProgress);
    return new Uint8Array(bytes);
  },
};

/**
 * Real files in `dir` behind the app's dialogs: the next file to open (or a cancel), and
 * files saved as the platform saves them (written beside, put in place only when whole).
 */
export function diskDialogs(dir: string) {
  let next: string | undefined;
  const files: BundleFiles = {
    async chooseReadable() {
      if (!next) return undefined;
      const handle = await open(next, 'r');
      const { size } = await handle.stat();
      const file: ReadableFile = {
        name: path.basename(next),
        size,
        read: async (offset, length) => {
          const buffer = new Uint8Array(Math.max(0, Math.min(length, size - offset)));
          await handle.read(buffer, 0, buffer.byteLength, offset);
          return buffer;
        },
        close: () => handle.close(),
      };
      return file;
    },
    async chooseWritable(request) {
      if (next === undefined) return undefined;
      const target = path.join(dir, request.suggestedName ?? 'file');
      const partial = `${target}.partial`;
      const handle = await open(partial, 'w');
      let bytesWritten = 0;
      let open_ = true;
      const file: WritableFile = {
        name: path.basename(target),
        write: async (bytes) => {
          await handle.write(bytes);
          bytesWritten += bytes.byteLength;
        },
        commit: async () => {
          await handle.close();
          open_ = false;
          await rename(partial, target);
          return { name: path.basename(target), bytesWritten };
        },
        abort: async () => {
          if (!open_) return;
          open_ = false;
          await handle.close();
          await rm(partial, { force: true });
        },
      };
      return file;
    },
  };
  const platform = {
    async openFile(request: IpcRequest<'openFile'>): Promise<IpcResult<OpenFileResult>> {
      void request;
      if (!next) return { ok: true, value: { canceled: true } };
      return { ok: true, value: { canceled: false, name: path.basename(next), bytes: await readFile(next) } };
    },
    async saveFile(request: IpcRequest<'saveFile'>): Promise<IpcResult<SaveFileResult>> {
      if (next === undefined) return { ok: true, value: { canceled: true } };
      await writeFile(path.join(dir, request.suggestedName), request.bytes);
      return {
        ok: true,
        value: { canceled: false, name: request.suggestedName, bytesWritten: request.bytes.byteLength },
      };
    },
  };
  return {
    files,
    platform,
    /** The file the next open dialog picks ('' for save dialogs to answer; undefined: the user cancels). */
    answer(file: string | undefined) {
      next = file;
    },
  };
}

/** A fresh temp dir with the dialogs over it, removed after the test; call at a test file's top level to register the cleanup. */
export function dialogsPerTest(
  prefix: string,
): () => Promise<{ dir: string; dialogs: ReturnType<typeof diskDialogs> }> {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });
  return async () => {
    const { dir, cleanup } = await makeTempDir(prefix);
    cleanups.push(cleanup);
    return { dir, dialogs: diskDialogs(dir) };
  };
}

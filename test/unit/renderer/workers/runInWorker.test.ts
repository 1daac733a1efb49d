/**
 * The page ↔ worker path through comlink on a real MessageChannel (structured clone,
 * transfers, proxied callbacks), with the workers' own API objects on the far side: only
 * the thread differs from the app. Errors cross with their code; cancel and lock stop
 * the task and terminate the worker; the page's callbacks go dead when the task ends.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expose } from 'comlink';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../../shared/import/importErrors';
import type { BundleApi } from '../../../../renderer/workers/bundle.worker';
import { bundleApi } from '../../../../renderer/workers/bundleApi';
import {
  CANCELLED,
  progressFor,
  runInWorker,
  WorkerTaskError,
  type Progress,
  type RunOptions,
  type TaskWorker,
} from '../../../../renderer/workers/runInWorker';
import type { ScanApi } from '../../../../renderer/workers/inventoryFile.worker';
import { scanApi } from '../../../../renderer/workers/inventoryFileApi';
import type { PageCallback } from '../../../../renderer/workers/workerTask';
import { STOPPED_BY_LOCK, stopAllOnLock } from '../../../../renderer/workers/stopOnLock';

const fixtures = path.resolve(import.meta.dirname, '../../../fixtures/nmap');
const scanOf = async (name: string) => new Uint8Array(await readFile(path.join(fixtures, name)));

/** A worker whose far side is `api`, exposed on the other port of a MessageChannel. */
function channelWorker(api: object) {
  const { port1, port2 } = new MessageChannel();
  expose(api, port2);
  const state = { terminated: false };
  const worker: TaskWorker = {
    postMessage: (message: unknown, transfer?: Transferable[] | StructuredSerializeOptions) =>
      port1.postMessage(message, Array.isArray(transfer) ? transfer : []),
    addEventListener: port1.addEventListener.bind(port1) as TaskWorker['addEventListener'],
    removeEventListener: port1.removeEventListener.bind(port1) as TaskWorker['removeEventListener'],
    terminate: () => {
      state.terminated = true;
      port1.close();
      port2.close();
    },
  };
  return { worker, state };
}

/** Opens a file whose first pull runs `onPull` on the page; answers the failure, the lent progress and what it heard. */
async function openStoppedAtPull(onPull: () => void, options: RunOptions = {}) {
  const { worker, state } = channelWorker(bundleApi);
  const heard: string[] = [];
  let lentProgress: PageCallback<Progress> | undefined;
  const failure = await runInWorker<BundleApi, unknown>(
    () => worker,
    (api, lend) => {
      lentProgress = lend((label: string) => void heard.push(label));
      const pull = lend(async () => {
        onPull();
        return null;
      });
      return api.open(10, { type: 'passphrase', passphrase: 'irrelevant' }, pull, lentProgress);
    },
    options,
  ).catch((error: unknown) => error);
  return { failure, heard, lentProgress, state };
}

describe('runInWorker over a real message channel', () => {
  it('reads a scan with its progress, and terminates the worker when done', async () => {
    const bytes = await scanOf('fullscan.xml');
    const { worker, state } = channelWorker(scanApi);
    const read: number[] = [];
    const result = await runInWorker<ScanApi, Awaited<ReturnType<typeof scanApi.readNmap>>>(
      () => worker,
      (api, lend) =>
        api.readNmap(
          bytes,
          '2026-11-28',
          lend((_label: string, done: number) => void read.push(done)),
        ),
    );
    expect(result.hostsScanned).toBeGreaterThan(0);
    expect(result.assets.length).toBeGreaterThan(0);
    expect(read.at(-1)).toBe(bytes.byteLength);
    expect(bytes.byteLength).toBeGreaterThan(0); // a copy went over: the page keeps its bytes
    expect(state.terminated).toBe(true);
  });

  it('keeps what the page’s progress callback returns on the page: a view that cannot be cloned breaks nothing', async () => {
    // A use case's progress callback returns its new view, functions included. Lent as is, each
    // call would reject in the worker, which never awaits it: an unhandled rejection there.
    const bytes = await scanOf('fullscan.xml');
    const { worker } = channelWorker(scanApi);
    const views: { done: number; cancel: () => void }[] = [];
    const onProgress = (_label: string, done: number) => {
      const view = { done, cancel: () => undefined };
      views.push(view);
      return view;
    };
    const result = await runInWorker<ScanApi, Awaited<ReturnType<typeof scanApi.readNmap>>>(
      () => worker,
      (api, lend) => api.readNmap(bytes, '2026-11-28', lend(progressFor(onProgress))),
    );
    expect(result.hostsScanned).toBeGreaterThan(0);
    expect(views.at(-1)?.done).toBe(bytes.byteLength);
    // Give any rejected progress call the turns it needs to surface (vitest fails the run on one).
    await new Promise((resolve) => setTimeout(resolve, 50));
  });

  it('carries a worker’s error across as a WorkerTaskError with its code and plain sentence', async () => {
    const bytes = await scanOf('defused_et_local_includer.xml');
    const { worker } = channelWorker(scanApi);
    const failure = await runInWorker<ScanApi, unknown>(
      () => worker,
      (api, lend) =>
        api.readNmap(
          bytes,
          '2026-11-28',
          lend(() => undefined),
        ),
    ).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(WorkerTaskError);
    expect(failure).toMatchObject({ code: 'xml-doctype', message: new ImportError('xml-doctype').message });
  });

  it('cancels: the worker is terminated, the task fails with CANCELLED, and late callbacks reach nothing', async () => {
    const controller = new AbortController();
    const { failure, heard, lentProgress, state } = await openStoppedAtPull(() => controller.abort(), {
      signal: controller.signal,
    });
    expect(failure).toEqual(new WorkerTaskError(CANCELLED, 'cancelled'));
    expect(failure).toMatchObject({ code: 'cancelled' });
    expect(state.terminated).toBe(true);
    // Progress comes on a port of its own, so it may arrive after the pull that cancelled: then it is not heard.
    expect(heard.length).toBeLessThanOrEqual(1);
    const before = heard.length;
    void lentProgress?.('late', 1, 1);
    expect(heard).toHaveLength(before);
  });

  it('fails at once, with no worker, when already cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    let made = false;
    const failure = await runInWorker(
      () => {
        made = true;
        return channelWorker(scanApi).worker;
      },
      async () => undefined,
      { signal: controller.signal },
    ).catch((error: unknown) => error);
    expect(failure).toMatchObject({ message: CANCELLED, code: 'cancelled' });
    expect(made).toBe(false);
  });

  it('stops on lock with the lock’s sentence, unless the task is part of unlocking', async () => {
    const stopped = await openStoppedAtPull(() => stopAllOnLock());
    expect(stopped.failure).toMatchObject({ message: STOPPED_BY_LOCK, code: 'locked' });
    expect(stopped.state.terminated).toBe(true);

    const kept = await openStoppedAtPull(() => stopAllOnLock(), { stopsOnLock: false });
    // It ran on to the file's end: ten bytes that are not an assessment file.
    expect(kept.failure).toBeInstanceOf(WorkerTaskError);
    expect((kept.failure as WorkerTaskError).code).not.toBe('locked');
    expect(kept.state.terminated).toBe(true);
  });
});

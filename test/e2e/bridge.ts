import type { BrowserContext, Page } from '@playwright/test';
import { createIpcDispatch } from '../../electron/ipc/dispatch';
import { FileHandleTable } from '../../electron/ipc/fileHandleTable';
import { createHandlers, type HandlerDeps } from '../../electron/ipc/handlers';
import { ipcChannels } from '../../shared/ipcChannels';

/**
 * Gives pages of `context` the same `window.clinicAssessor` object the preload script
 * exposes, backed by the REAL main-process dispatcher and handlers. Only Electron's
 * own IPC transport is replaced, by a Playwright binding.
 */
export async function installBridge(context: BrowserContext, trustedOrigin: string, deps: HandlerDeps): Promise<void> {
  const handles = deps.handles ?? new FileHandleTable();
  const dispatch = createIpcDispatch({ trustedOrigin, handlers: createHandlers({ ...deps, handles }) });
  // Like webContents ids: each page its own sender, whose open files close with it.
  const senders = new WeakMap<Page, string>();
  const senderOf = (page: Page) => {
    let id = senders.get(page);
    if (!id) {
      const sender = (id = `page-${Math.random().toString(36).slice(2)}`);
      senders.set(page, id);
      page.once('close', () => void handles.releaseSender(sender));
    }
    return id;
  };
  await context.exposeBinding('__clinicAssessorInvoke', (source, method: keyof typeof ipcChannels, request: unknown) =>
    dispatch(method, source.frame.url(), request, senderOf(source.page)),
  );
  await context.addInitScript((methods: string[]) => {
    const target = window as unknown as Record<string, unknown>;
    const invoke = target.__clinicAssessorInvoke as (method: string, request: unknown) => Promise<unknown>;
    target.clinicAssessor = Object.freeze(
      Object.fromEntries(methods.map((m) => [m, (request?: unknown) => invoke(m, request)])),
    );
  }, Object.keys(ipcChannels));
}

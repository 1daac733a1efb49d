import {
  ipcContract,
  type IpcMethod,
  type IpcParsedRequest,
  type IpcResponses,
  type IpcResult,
} from '../../shared/ipc';
import { toIpcError } from './ipcFailure';

export type IpcHandlers = {
  /** `sender` names the page asking (its webContents id): file handles belong to it. */
  [M in IpcMethod]: (request: IpcParsedRequest<M>, sender: string) => Promise<IpcResponses[M]>;
};

/** What each method does, in words for error messages ("saving the file failed"). */
const actions: Record<IpcMethod, string> = {
  appInfo: 'reading the app information',
  openFile: 'opening the file',
  saveFile: 'saving the file',
  openRead: 'opening the file',
  readChunk: 'reading the file',
  closeRead: 'closing the file',
  openWrite: 'starting to save the file',
  writeChunk: 'writing the file',
  commitWrite: 'saving the file',
  abortWrite: 'discarding the unfinished file',
};

/** True when `url` belongs to `trustedOrigin` (such as `app://bundle`), by scheme and host. */
export function isTrustedSender(url: string | undefined, trustedOrigin: string): boolean {
  if (!url) return false;
  try {
    const sender = new URL(url);
    const trusted = new URL(trustedOrigin);
    return sender.protocol === trusted.protocol && sender.host === trusted.host;
  } catch {
    return false;
  }
}

export type IpcDispatch = <M extends IpcMethod>(
  method: M,
  senderUrl: string | undefined,
  request: unknown,
  senderId?: string,
) => Promise<IpcResult<IpcResponses[M]>>;

/**
 * The single entry point of every IPC call: checks the sender, validates the request
 * against the contract and runs the handler, returning errors as values.
 */
export function createIpcDispatch(options: {
  trustedOrigin: string;
  handlers: IpcHandlers;
  log?: (message: string, error: unknown) => void;
}): IpcDispatch {
  return async (method, senderUrl, request, senderId = 'page') => {
    if (!Object.hasOwn(ipcContract, method)) {
      return { ok: false, error: { code: 'invalid-request', message: 'Unknown request.' } };
    }
    if (!isTrustedSender(senderUrl, options.trustedOrigin)) {
      return {
        ok: false,
        error: { code: 'forbidden-sender', message: 'This request came from a page outside the app and was refused.' },
      };
    }
    const parsed = ipcContract[method].request.safeParse(request);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'request'}: ${i.message}`).join('; ');
      return { ok: false, error: { code: 'invalid-request', message: `The request was malformed (${detail}).` } };
    }
    try {
      const handler = options.handlers[method] as (r: unknown, sender: string) => Promise<IpcResponses[typeof method]>;
      return { ok: true, value: await handler(parsed.data, senderId) };
    } catch (error) {
      const ipcError = toIpcError(error, actions[method]);
      if (ipcError.code === 'internal' || ipcError.code === 'io-error') options.log?.(`IPC ${method} failed`, error);
      return { ok: false, error: ipcError };
    }
  };
}

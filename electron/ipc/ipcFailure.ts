import type { IpcError, IpcErrorCode } from '../../shared/ipc';

/** An expected failure with a message written for the user. Handlers throw it; the dispatcher returns it. */
export class IpcFailure extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'IpcFailure';
  }
}

const fsMessages: Record<string, { code: IpcErrorCode; message: (what: string) => string }> = {
  ENOSPC: {
    code: 'disk-full',
    message: (w) => `The disk is full, so ${w} failed and nothing was changed: free some space and try again.`,
  },
  EDQUOT: { code: 'disk-full', message: (w) => `Your disk quota is used up, so ${w} failed and nothing was changed.` },
  EACCES: {
    code: 'permission-denied',
    message: (w) => `Permission was denied, so ${w} failed: choose a folder you may write to.`,
  },
  EPERM: {
    code: 'permission-denied',
    message: (w) => `The operating system refused ${w}, so choose another location.`,
  },
  EROFS: { code: 'permission-denied', message: (w) => `That drive is read-only, so ${w} failed.` },
  ENOENT: { code: 'not-found', message: (w) => `The file or folder no longer exists, so ${w} failed.` },
  EISDIR: { code: 'io-error', message: (w) => `That is a folder, not a file, so ${w} failed.` },
  ENAMETOOLONG: { code: 'io-error', message: (w) => `The file name is too long, so ${w} failed.` },
};

/** Turns anything thrown by a handler into an error the renderer can show. */
export function toIpcError(error: unknown, action: string): IpcError {
  if (error instanceof IpcFailure) return { code: error.code, message: error.message };
  const errno = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof errno === 'string') {
    const known = fsMessages[errno];
    if (known) return { code: known.code, message: known.message(action) };
    return {
      code: 'io-error',
      message: `${capitalise(action)} failed because of a disk or file system error, and nothing was changed.`,
    };
  }
  return { code: 'internal', message: `${capitalise(action)} failed because of an unexpected error.` };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

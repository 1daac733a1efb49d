/** Turns IndexedDB's quota and disk errors into one error with a message for the assessor. */
export class StorageFullError extends Error {
  constructor() {
    super(
      'This computer has no room left to save, so free some disk space and save again: what you typed is still on screen.',
    );
    this.name = 'StorageFullError';
  }
}

function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    const name = (e as { name?: unknown }).name;
    if (name === 'QuotaExceededError' || name === 'DiskFullError') return true;
    e = (e as { inner?: unknown }).inner;
  }
  return false;
}

export async function translateStorageErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError();
    throw error;
  }
}

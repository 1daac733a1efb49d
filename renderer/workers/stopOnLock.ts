/**
 * Tasks running in Web Workers, so that locking can stop them: a report or a file being
 * sealed holds decrypted records, in the worker and in the page that waits for it.
 */
const running = new Set<() => void>();

export const STOPPED_BY_LOCK = 'Stopped: the app was locked before the task finished.';

/** Registers a task's stop; returns what to call when the task ends by itself. */
export function stoppableOnLock(stop: () => void): () => void {
  running.add(stop);
  return () => running.delete(stop);
}

/** Stops every running task (each terminates its worker and fails with STOPPED_BY_LOCK). */
export function stopAllOnLock(): void {
  const stops = [...running];
  running.clear();
  for (const stop of stops) stop();
}

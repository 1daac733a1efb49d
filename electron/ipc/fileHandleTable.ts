import { randomBytes } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import type { AtomicFile } from './atomicWrite';
import { IpcFailure } from './ipcFailure';

/** Open read handles a page may hold; opening one more closes its oldest. */
export const MAX_READ_HANDLES = 8;
/** Open write handles a page may hold; opening one more abandons its oldest (its temporary file is deleted). */
export const MAX_WRITE_HANDLES = 4;

export type OpenEntry =
  | { kind: 'read'; sender: string; name: string; size: number; file: FileHandle }
  | { kind: 'write'; sender: string; name: string; file: AtomicFile };

/**
 * The files the pages have open, by opaque random id. A handle belongs to the page
 * that opened it: another page asking for it is told it does not exist.
 */
export class FileHandleTable {
  private readonly entries = new Map<string, OpenEntry>();

  async add(entry: OpenEntry): Promise<string> {
    const mine = [...this.entries].filter(([, e]) => e.sender === entry.sender && e.kind === entry.kind);
    const limit = entry.kind === 'read' ? MAX_READ_HANDLES : MAX_WRITE_HANDLES;
    for (const [id] of mine.slice(0, Math.max(0, mine.length - limit + 1))) await this.close(id, entry.sender);
    const id = randomBytes(16).toString('hex');
    this.entries.set(id, entry);
    return id;
  }

  get<K extends OpenEntry['kind']>(id: string, sender: string, kind: K): Extract<OpenEntry, { kind: K }> {
    const entry = this.entries.get(id);
    if (!entry || entry.sender !== sender || entry.kind !== kind)
      throw new IpcFailure('not-found', 'That file is no longer open: choose it again.');
    return entry as Extract<OpenEntry, { kind: K }>;
  }

  /** Forgets the handle and hands its entry over (for commit), or undefined when it is not this page's (or not of `kind`). */
  take(id: string, sender: string, kind?: OpenEntry['kind']): OpenEntry | undefined {
    const entry = this.entries.get(id);
    if (!entry || entry.sender !== sender || (kind && entry.kind !== kind)) return undefined;
    this.entries.delete(id);
    return entry;
  }

  /** Closes a read handle, or abandons a write handle and deletes its temporary file. */
  async close(id: string, sender: string, kind?: OpenEntry['kind']): Promise<void> {
    const entry = this.take(id, sender, kind);
    if (entry?.kind === 'read') await entry.file.close().catch(() => undefined);
    if (entry?.kind === 'write') await entry.file.abort();
  }

  /** Closes everything a page had open, when the page goes away. */
  async releaseSender(sender: string): Promise<void> {
    for (const [id, entry] of [...this.entries]) if (entry.sender === sender) await this.close(id, sender);
  }

  get size(): number {
    return this.entries.size;
  }
}

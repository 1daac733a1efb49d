/**
 * The only way records reach Dexie: validates the data, stamps every changed field,
 * seals outside any transaction (WebCrypto is async and would let it auto-commit),
 * then writes the row and the clock in one transaction. Writes to an issued assessment
 * and its records are refused (issuedFreeze.ts). A write that finds the row
 * changed since it was read starts again from the new row, so no edit is lost. Every
 * operation runs through `vault.use`, so a lock lets it land before forgetting the key.
 */
import type { Table } from 'dexie';
import { entities, type EntityData, type EntityType } from '../../shared/model/entities';
import {
  createVersioned,
  patchVersioned,
  tombstoneVersioned,
  type VersionedRecord,
} from '../../shared/model/versionedRecord';
import type { StoredRow } from './database';
import { translateStorageErrors } from './storageErrors';
import { LockedError, Vault } from './vault';
import { plainIssue } from '../../shared/model/plainIssues';
import { refuseNewInIssued, refuseWriteToIssued } from './issuedFreeze';

const MAX_ATTEMPTS = 5;

export class RecordExistsError extends Error {
  constructor(type: EntityType) {
    super(`A ${type} with that id already exists.`);
    this.name = 'RecordExistsError';
  }
}

export type Entity<E extends EntityType> = VersionedRecord<EntityData<E>>;

/**
 * Where the repositories find the vault. The session empties it on lock, so whatever
 * still holds a repository then (a finished live query Dexie keeps for a moment, a
 * late callback) can no longer reach the vault; using one throws LockedError.
 */
export interface VaultHolder {
  vault: Vault | null;
}

export class Repository<E extends EntityType> {
  constructor(
    private readonly holder: VaultHolder,
    readonly type: E,
  ) {}

  private get vault(): Vault {
    if (!this.holder.vault) throw new LockedError();
    return this.holder.vault;
  }

  private get table(): Table<StoredRow, string> {
    return this.vault.db.rows(this.type);
  }

  private parentOf(data: EntityData<E>): string {
    const key = entities[this.type].parent;
    return key ? String((data as Record<string, unknown>)[key]) : '';
  }

  /** The record as its schema reads it, or an Error in one sentence naming the field (never zod's JSON). */
  private validate(data: unknown): EntityData<E> {
    const parsed = entities[this.type].schema.safeParse(data);
    if (!parsed.success)
      throw new Error(
        plainIssue(parsed.error, { what: this.type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase(), input: data }),
      );
    return parsed.data as EntityData<E>;
  }

  async get(id: string): Promise<Entity<E> | undefined> {
    return this.vault.use(async () => {
      const row = await this.table.get(id);
      return row ? this.vault.unseal(this.type, row) : undefined;
    });
  }

  /** Live records under a parent (or every clinic when the type has no parent). */
  async list(parentId = ''): Promise<Entity<E>[]> {
    return this.vault.use(async () =>
      this.unsealAll(await this.table.where('[parentId+deleted]').equals([parentId, 0]).toArray()),
    );
  }

  /** Every row of the table, tombstones included: for export and merge. */
  async all(): Promise<Entity<E>[]> {
    return this.vault.use(async () => this.unsealAll(await this.table.toArray()));
  }

  private unsealAll(rows: StoredRow[]): Promise<Entity<E>[]> {
    return Promise.all(rows.map((row) => this.vault.unseal(this.type, row)));
  }

  async create(data: EntityData<E>, id: string = crypto.randomUUID()): Promise<Entity<E>> {
    return this.vault.use(async () => {
      const record = createVersioned(id, this.validate(data), this.vault.nextWrite());
      await refuseWriteToIssued(this.vault, this.type, undefined, record);
      if (!(await this.commit(undefined, record))) throw new RecordExistsError(this.type);
      return record;
    });
  }

  /**
   * Creates the record under `id` with `data`, or, when it exists, applies `patch`
   * (by default all of `data`): for records whose id is derived, such as answers.
   */
  async upsert(id: string, data: EntityData<E>, patch: Partial<EntityData<E>> = data): Promise<Entity<E>> {
    return this.vault.use(async () => {
      if (!(await this.table.get(id))) {
        try {
          return await this.create(data, id);
        } catch (error) {
          if (!(error instanceof RecordExistsError)) throw error;
        }
      }
      return this.update(id, patch);
    });
  }

  /** Creates many records in one transaction (imports and benchmarks). */
  async createMany(items: EntityData<E>[]): Promise<Entity<E>[]> {
    return this.vault.use(() => this.createAll(items));
  }

  private async createAll(items: EntityData<E>[]): Promise<Entity<E>[]> {
    const records = items.map((data) =>
      createVersioned(crypto.randomUUID(), this.validate(data), this.vault.nextWrite()),
    );
    await refuseNewInIssued(this.vault, this.type, records);
    const rows = await Promise.all(records.map((r) => this.vault.seal(this.type, this.parentOf(r.data), r)));
    await translateStorageErrors(() =>
      this.vault.db.transaction('rw', this.table, this.vault.db.settings, async () => {
        await this.table.bulkAdd(rows);
        await this.vault.saveClock();
      }),
    );
    return records;
  }

  async update(id: string, patch: Partial<EntityData<E>>): Promise<Entity<E>> {
    return this.rewrite(id, (current) => {
      const next = patchVersioned(current, patch, this.vault.nextWrite());
      if (next !== current) this.validate(next.data);
      return next;
    });
  }

  /** Deletes by tombstone: the record disappears from lists but stays for merging. */
  async remove(id: string): Promise<Entity<E>> {
    return this.rewrite(id, (current) => tombstoneVersioned(current, this.vault.nextWrite()));
  }

  private async rewrite(id: string, change: (current: Entity<E>) => Entity<E>): Promise<Entity<E>> {
    return this.vault.use(() => this.rewriteOnce(id, change));
  }

  private async rewriteOnce(id: string, change: (current: Entity<E>) => Entity<E>): Promise<Entity<E>> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const row = await this.table.get(id);
      if (!row) throw new Error(`That ${this.type} no longer exists.`);
      const current = await this.vault.unseal(this.type, row);
      const next = change(current);
      if (next === current) return current;
      await refuseWriteToIssued(this.vault, this.type, current, next);
      if (await this.commit(row.updated, next)) return next;
    }
    throw new Error('The record kept changing while saving; try again.');
  }

  /** Writes the sealed record if the row is still at `expected`; false when it moved on. */
  private async commit(expected: string | undefined, record: Entity<E>): Promise<boolean> {
    const row = await this.vault.seal(this.type, this.parentOf(record.data), record);
    return translateStorageErrors(() =>
      this.vault.db.transaction('rw', this.table, this.vault.db.settings, async () => {
        const now = await this.table.get(record.id);
        if (now?.updated !== expected) return false;
        await this.table.put(row);
        await this.vault.saveClock();
        return true;
      }),
    );
  }
}

export type Repositories = { [E in EntityType]: Repository<E> };

export function repositoriesFor(source: Vault | VaultHolder): Repositories {
  const holder = source instanceof Vault ? { vault: source } : source;
  const make = <E extends EntityType>(type: E) => new Repository(holder, type);
  return {
    clinic: make('clinic'),
    assessment: make('assessment'),
    asset: make('asset'),
    network: make('network'),
    vendorAccess: make('vendorAccess'),
    link: make('link'),
    application: make('application'),
    flow: make('flow'),
    answer: make('answer'),
    finding: make('finding'),
    adminAccount: make('adminAccount'),
    targetFlow: make('targetFlow'),
    indicator: make('indicator'),
    evidence: make('evidence'),
    planItem: make('planItem'),
    ephiStore: make('ephiStore'),
    practice: make('practice'),
  };
}

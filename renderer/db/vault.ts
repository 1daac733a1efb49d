/**
 * An unlocked database: the data key, this device's id and its clock. Seals records
 * into rows and opens rows into records; the key never leaves this object. Locking
 * closes it: writes under way finish, then the key and every opened record are
 * forgotten and any later use throws LockedError (and the session drops the object).
 */
import { IntegrityError, open, seal } from '../../shared/crypto/aead';
import { fromUtf8, utf8 } from '../../shared/crypto/bytes';
import type { EntityData, EntityType } from '../../shared/model/entities';
import { HybridClock } from '../../shared/model/hlc';
import { withDefaults } from '../../shared/model/recordDefaults';
import { packStamps, unpackStamps, type PackedStamps } from '../../shared/model/stampPacking';
import type { FieldStamp, VersionedRecord, VersionVector, WriteContext } from '../../shared/model/versionedRecord';
import { entityTables, type AssessorDatabase, type StoredRow } from './database';
import { inSettingsTransaction, readSetting, writeSetting } from './settings';

/** What a sealed row holds: the record with its stamps packed (see stampPacking). */
interface StoredPayload {
  v: number;
  id: string;
  data: object;
  s: PackedStamps;
  vv: VersionVector;
  x: FieldStamp | null;
  /** Conflicting values, when a merge left any. */
  k?: VersionedRecord<object>['conflicts'];
}

const PAYLOAD_VERSION = 1;
/** How long a lock waits for writes already under way (a form saving as it closes) before forgetting anyway. */
const CLOSE_GRACE_MS = 2000;
const CLOSE_POLL_MS = 20;

export class LockedError extends Error {
  constructor() {
    super('The data is locked: unlock it with your passphrase to continue.');
    this.name = 'LockedError';
  }
}

export class RecordDamagedError extends Error {
  constructor(
    readonly type: EntityType,
    readonly id: string,
  ) {
    super(
      `A stored ${type} record (${id.slice(0, 8)}) failed its integrity check: it was altered or damaged outside the app, so it is not shown.`,
    );
    this.name = 'RecordDamagedError';
  }
}

export class Vault {
  /**
   * Records already opened, by table and id, with the exact sealed bytes they came
   * from: live queries re-read whole lists on every change, and a row whose bytes are
   * unchanged needs no second decryption. Identical bytes mean identical plaintext,
   * so this can never hide a change; it goes when the vault is dropped on lock.
   */
  private readonly opened = new Map<string, { sealed: Uint8Array; record: VersionedRecord<object> }>();

  /** Repository operations under way: closing lets them land before the key goes. */
  private active = 0;
  private dataKey: CryptoKey | null;

  private constructor(
    readonly db: AssessorDatabase,
    key: CryptoKey,
    readonly device: string,
    private readonly clock: HybridClock,
  ) {
    this.dataKey = key;
  }

  static async open(db: AssessorDatabase, key: CryptoKey, now: () => number = Date.now): Promise<Vault> {
    const device = await inSettingsTransaction(
      db,
      async () => (await readSetting(db, 'device')) ?? writeSetting(db, 'device', crypto.randomUUID()),
    );
    return new Vault(db, key, device, new HybridClock(now, await readSetting(db, 'clock')));
  }

  /** The data key, until the vault is closed. */
  private get key(): CryptoKey {
    if (!this.dataKey) throw new LockedError();
    return this.dataKey;
  }

  /** Runs one repository operation, counted so that closing waits for it; refused once closed. */
  async use<T>(operation: () => Promise<T>): Promise<T> {
    if (!this.dataKey) throw new LockedError();
    this.active++;
    try {
      return await operation();
    } finally {
      this.active--;
    }
  }

  /**
   * Locks: lets operations already under way (and those the closing screens start in
   * their last moment, such as a form saving what was typed) land, for a moment at
   * most, then forgets the key and every opened record.
   */
  async close(): Promise<void> {
    const until = Date.now() + CLOSE_GRACE_MS;
    do await new Promise((resolve) => setTimeout(resolve, this.active ? CLOSE_POLL_MS : 0));
    while (this.active > 0 && Date.now() < until);
    this.forget();
  }

  /** Drops the key and the opened records at once; any later use throws LockedError. */
  forget(): void {
    this.dataKey = null;
    this.opened.clear();
  }

  /** Stamp and device for one write. */
  nextWrite(): WriteContext {
    return { stamp: this.clock.tick(), device: this.device };
  }

  /** Moves this device's clock past a stamp written elsewhere (merged in from a file). */
  observe(stamp: string): void {
    this.clock.observe(stamp);
  }

  /** The clock's position, saved with every write so stamps keep rising after a restart. */
  /** Stores the clock's last stamp; called inside the transaction of the write it stamped. */
  saveClock(): Promise<string> {
    return writeSetting(this.db, 'clock', this.clock.current());
  }

  async seal<E extends EntityType>(
    type: E,
    parentId: string,
    record: VersionedRecord<EntityData<E>>,
  ): Promise<StoredRow> {
    const stored: StoredPayload = {
      v: PAYLOAD_VERSION,
      id: record.id,
      data: record.data,
      s: packStamps(record.stamps),
      vv: record.vv,
      x: record.deleted,
      ...(record.conflicts ? { k: record.conflicts } : {}),
    };
    const payload = utf8(JSON.stringify(stored));
    return {
      id: record.id,
      parentId,
      deleted: record.deleted ? 1 : 0,
      updated: latestStamp(record),
      sealed: await seal(this.key, payload, context(type, record.id)),
    };
  }

  /** Seals a secret that is not a record (a private key) under the data key, bound to its name. */
  async sealSecret(name: string, bytes: Uint8Array): Promise<Uint8Array> {
    return seal(this.key, bytes, utf8(`clinic-assessor/secret/v1/${name}`));
  }

  async openSecret(name: string, sealed: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
    return new Uint8Array(await open(this.key, sealed, utf8(`clinic-assessor/secret/v1/${name}`)));
  }

  async unseal<E extends EntityType>(type: E, row: StoredRow): Promise<VersionedRecord<EntityData<E>>> {
    const cacheKey = `${type}/${row.id}`;
    const cached = this.opened.get(cacheKey);
    if (cached && sameBytes(cached.sealed, row.sealed)) return cached.record as VersionedRecord<EntityData<E>>;
    const record = await this.decrypt(type, row);
    // Closed while decrypting: the record is returned to its caller but not kept.
    if (this.dataKey) this.opened.set(cacheKey, { sealed: row.sealed, record });
    return record;
  }

  private async decrypt<E extends EntityType>(type: E, row: StoredRow): Promise<VersionedRecord<EntityData<E>>> {
    let plain: Uint8Array;
    try {
      plain = await open(this.key, row.sealed, context(type, row.id));
    } catch (error) {
      if (error instanceof IntegrityError) throw new RecordDamagedError(type, row.id);
      throw error;
    }
    // The ciphertext authenticated under our key, so this is exactly what a validated write stored;
    // a full schema check here would cost more than the decryption (see npm run bench).
    const p = JSON.parse(fromUtf8(plain)) as Partial<StoredPayload>;
    if (
      p.v !== PAYLOAD_VERSION ||
      p.id !== row.id ||
      typeof p.data !== 'object' ||
      !p.data ||
      !Array.isArray(p.s) ||
      !p.vv ||
      p.x === undefined
    ) {
      throw new RecordDamagedError(type, row.id);
    }
    // A record stored before a field existed reads with the field's default, as a file's would.
    const record: VersionedRecord<EntityData<E>> = {
      id: p.id,
      data: withDefaults(type, p.data),
      stamps: unpackStamps(p.s) as VersionedRecord<EntityData<E>>['stamps'],
      vv: p.vv,
      deleted: p.x,
    };
    return p.k ? { ...record, conflicts: p.k as VersionedRecord<EntityData<E>>['conflicts'] } : record;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a === b) return true;
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Binds a ciphertext to its table and id: moved to another row, it no longer opens. */
function context(type: EntityType, id: string): Uint8Array {
  return utf8(`clinic-assessor/record/v${PAYLOAD_VERSION}/${entityTables[type]}/${id}`);
}

function latestStamp(record: VersionedRecord<object>): string {
  let latest = record.deleted?.t ?? '';
  for (const stamp of Object.values(record.stamps as Record<string, FieldStamp | undefined>))
    if (stamp && stamp.t > latest) latest = stamp.t;
  return latest;
}

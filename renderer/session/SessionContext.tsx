/**
 * Who holds the key: `locked` until the passphrase is given, then `unlocked` with the
 * vault and its repositories. Locking goes through `locking`: the unlocked screens go
 * away (forms save what was typed), the vault is closed (key and opened records
 * forgotten), running worker tasks are stopped, and only then is the app `locked`.
 * Nothing but the `unlocked` state and one ref ever holds the vault, so once locked the
 * page can no longer reach the key or any decrypted record.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { AssessorDatabase } from '../db/database';
import { changePassphrase, createKeyring, hasKeyring, recoverWithFirmKey, unlockKeyring } from '../db/dataKeyWrap';
import { forgetLiveQueries } from '../db/forgetLiveQueries';
import { repositoriesFor, type Repositories, type VaultHolder } from '../db/repository';
import { upgradeTopologySafely } from '../db/topologyUpgrade';
import { Vault } from '../db/vault';
import { deriveInWorker } from '../workers/deriveInWorker';
import { stopAllOnLock } from '../workers/stopOnLock';
import { forgetLastMatch } from './forgetLastMatch';

/** Shown on the unlock screen after a passphrase change locked the app. */
export const PASSPHRASE_CHANGED = 'Passphrase changed. Unlock with the new one.';

export type SessionState =
  | { status: 'starting' }
  | { status: 'failed'; message: string }
  | { status: 'needs-setup' }
  | { status: 'locked'; notice?: string }
  | { status: 'locking'; notice?: string }
  | { status: 'unlocked'; vault: Vault; repos: Repositories };

interface SessionApi {
  state: SessionState;
  db: AssessorDatabase;
  setUp(passphrase: string): Promise<void>;
  unlock(passphrase: string): Promise<void>;
  lock(): void;
  /** Re-wraps the key under the new passphrase, then locks: the assessor unlocks with the new one. */
  changePassphrase(current: string, next: string): Promise<void>;
  /** Forgotten passphrase: the firm's key pair (from its .cakey) recovers the data key, and `next` becomes the passphrase. */
  recover(firmKey: { publicKey: Uint8Array; privateKey: Uint8Array }, next: string): Promise<void>;
}

const SessionContext = createContext<SessionApi | null>(null);

export function SessionProvider({ children, db: given }: { children: ReactNode; db?: AssessorDatabase }) {
  const db = useMemo(() => given ?? new AssessorDatabase(), [given]);
  const [state, setState] = useState<SessionState>({ status: 'starting' });
  /** The open vault, as the repositories reach it: closed and emptied on lock (the state is dropped first). */
  const openVault = useRef<VaultHolder | null>(null);

  useEffect(() => {
    let live = true;
    hasKeyring(db)
      .then((exists) => live && setState({ status: exists ? 'locked' : 'needs-setup' }))
      .catch(
        (error: unknown) =>
          live && setState({ status: 'failed', message: `The local database could not be opened: ${String(error)}` }),
      );
    return () => {
      live = false;
    };
  }, [db]);

  const open = useCallback(
    async (key: CryptoKey) => {
      const vault = await Vault.open(db, key);
      const holder: VaultHolder = { vault };
      const repos = repositoriesFor(holder);
      // Before anything is shown or edited, so nothing else writes meanwhile: networks recorded before flows get theirs.
      await upgradeTopologySafely(repos);
      openVault.current = holder;
      setState({ status: 'unlocked', vault, repos });
    },
    [db],
  );

  const lockWith = useCallback(
    (notice?: string) => setState((now) => (now.status === 'unlocked' ? { status: 'locking', notice } : now)),
    [],
  );

  useEffect(() => {
    if (state.status !== 'locking') return;
    // Runs after the unlocked screens' clean-ups, so the saves they started are under way and close() waits for them.
    const holder = openVault.current;
    openVault.current = null;
    const { notice } = state;
    void (holder?.vault?.close() ?? Promise.resolve()).finally(() => {
      if (holder) holder.vault = null;
      stopAllOnLock();
      forgetLiveQueries(db);
      forgetLastMatch();
      setState({ status: 'locked', notice });
    });
  }, [state, db]);

  const api = useMemo<SessionApi>(
    () => ({
      state,
      db,
      setUp: async (passphrase) => open(await createKeyring(db, passphrase, deriveInWorker)),
      unlock: async (passphrase) => open(await unlockKeyring(db, passphrase, deriveInWorker)),
      lock: () => lockWith(),
      changePassphrase: async (current, next) => {
        await changePassphrase(db, current, next, deriveInWorker);
        lockWith(PASSPHRASE_CHANGED);
      },
      recover: async (firmKey, next) => open(await recoverWithFirmKey(db, firmKey, next, deriveInWorker)),
    }),
    [state, db, open, lockWith],
  );
  return <SessionContext.Provider value={api}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The repositories of the unlocked session; only the unlocked shell renders what calls this. */
export function useRepositories(): Repositories {
  const { state } = useSession();
  if (state.status !== 'unlocked') throw new Error('The data is locked.');
  return state.repos;
}

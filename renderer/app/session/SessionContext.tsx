/**
 * Who holds the key: `locked` until the passphrase is given, then `unlocked` with the
 * vault and its repositories. Locking drops the vault, and with it the key.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { AssessorDatabase } from '../../db/database';
import { changePassphrase, createKeyring, hasKeyring, recoverWithFirmKey, unlockKeyring } from '../../db/keyring';
import { repositoriesFor, type Repositories } from '../../db/repository';
import { upgradeTopologySafely } from '../../db/topologyUpgrade';
import { Vault } from '../../db/vault';
import { deriveInWorker } from '../../workers/deriveInWorker';

export type SessionState =
  | { status: 'starting' }
  | { status: 'failed'; message: string }
  | { status: 'needs-setup' }
  | { status: 'locked' }
  | { status: 'unlocked'; vault: Vault; repos: Repositories };

interface SessionApi {
  state: SessionState;
  db: AssessorDatabase;
  setUp(passphrase: string): Promise<void>;
  unlock(passphrase: string): Promise<void>;
  lock(): void;
  changePassphrase(current: string, next: string): Promise<void>;
  /** Forgotten passphrase: the firm's key pair (from its .cakey) recovers the data key, and `next` becomes the passphrase. */
  recover(firmKey: { publicKey: Uint8Array; privateKey: Uint8Array }, next: string): Promise<void>;
}

const SessionContext = createContext<SessionApi | null>(null);

export function SessionProvider({ children, db: given }: { children: ReactNode; db?: AssessorDatabase }) {
  const db = useMemo(() => given ?? new AssessorDatabase(), [given]);
  const [state, setState] = useState<SessionState>({ status: 'starting' });

  useEffect(() => {
    let live = true;
    hasKeyring(db)
      .then((exists) => live && setState({ status: exists ? 'locked' : 'needs-setup' }))
      .catch((error: unknown) => live && setState({ status: 'failed', message: `The local database could not be opened: ${String(error)}` }));
    return () => {
      live = false;
    };
  }, [db]);

  const open = useCallback(async (key: CryptoKey) => {
    const vault = await Vault.open(db, key);
    const repos = repositoriesFor(vault);
    // Before anything is shown or edited, so nothing else writes meanwhile: networks recorded before flows get theirs.
    await upgradeTopologySafely(repos);
    setState({ status: 'unlocked', vault, repos });
  }, [db]);

  const api = useMemo<SessionApi>(
    () => ({
      state,
      db,
      setUp: async (passphrase) => open(await createKeyring(db, passphrase, deriveInWorker)),
      unlock: async (passphrase) => open(await unlockKeyring(db, passphrase, deriveInWorker)),
      lock: () => setState({ status: 'locked' }),
      changePassphrase: (current, next) => changePassphrase(db, current, next, deriveInWorker),
      recover: async (firmKey, next) => open(await recoverWithFirmKey(db, firmKey, next, deriveInWorker)),
    }),
    [state, db, open],
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

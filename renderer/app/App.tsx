import { lazy, Suspense, useEffect } from 'react';
import { SessionProvider, useSession } from '../session/SessionContext';
import { SetupScreen } from '../features/lock/SetupScreen';
import { UnlockScreen } from '../features/lock/UnlockScreen';

/**
 * The unlocked app is a chunk of its own, so the first screen's script stays small
 * (under 500 kB, checked at build); it loads while the lock screen waits for the passphrase.
 */
const loadShell = () => import('./Shell');
const Shell = lazy(async () => ({ default: (await loadShell()).Shell }));

const opening = (
  <p className="starting" aria-busy="true">
    Opening Clinic Assessor…
  </p>
);

function Gate() {
  const { state } = useSession();
  useEffect(() => {
    if (state.status !== 'starting') performance.mark('clinic-assessor:first-screen');
    if (state.status === 'locked' || state.status === 'needs-setup') {
      document.title = 'Clinic Assessor';
      // A failure shows when the shell is needed; nothing to say here.
      loadShell().catch(() => undefined);
    }
  }, [state.status]);
  switch (state.status) {
    case 'starting':
      return opening;
    case 'locking':
      return (
        <p className="starting" aria-busy="true">
          Locking…
        </p>
      );
    case 'failed':
      return (
        <main className="lock-screen">
          <div className="card lock-card" role="alert">
            <h1>Clinic Assessor could not start</h1>
            <p>{state.message}</p>
          </div>
        </main>
      );
    case 'needs-setup':
      return <SetupScreen />;
    case 'locked':
      return <UnlockScreen />;
    case 'unlocked':
      return (
        <Suspense fallback={opening}>
          <Shell />
        </Suspense>
      );
  }
}

export function App() {
  return (
    <SessionProvider>
      <Gate />
    </SessionProvider>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { findArea } from '../routing/areas';
import { BackupReminder } from './BackupReminder';
import { MainNav } from './MainNav';
import { useSession } from '../session/SessionContext';
import { DEFAULT_AUTO_LOCK_MINUTES, readAutoLockMinutes } from '../session/autoLock';
import { useIdleLock } from '../session/useIdleLock';
import { useHashRoute, type Route } from '../routing/useHashRoute';
import { ChecklistPage } from '../features/checklist/ChecklistPage';
import { ClinicsPage } from '../features/clinics/ClinicsPage';
import { ExchangePage } from '../features/exchange/ExchangePage';
import { FindingsPage } from '../features/findings/FindingsPage';
import { InventoryPage } from '../features/inventory/InventoryPage';
import { IntegrationPage } from '../features/integration/IntegrationPage';
import { PlanPage } from '../features/plan/PlanPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { NeedsClinicPage } from '../components/NeedsClinicPage';

function AreaPage({ route }: { route: Route }) {
  switch (route.area) {
    case 'clinics':
      return <ClinicsPage path={route.path} />;
    case 'checklist':
      return <ChecklistPage path={route.path} />;
    case 'inventory':
      return <InventoryPage path={route.path} />;
    case 'findings':
      return <FindingsPage path={route.path} />;
    case 'plan':
      return <PlanPage path={route.path} />;
    case 'integration':
      return <IntegrationPage path={route.path} />;
    case 'exchange':
      return <ExchangePage />;
    case 'reports':
      return <ReportsPage path={route.path} />;
    case 'settings':
      return <SettingsPage />;
    default:
      return <NeedsClinicPage area={route.area} />;
  }
}

/** Whether the focus is on a tab of the page, which changed the route by being chosen. */
function stillOnTab(main: HTMLElement | null): boolean {
  const focused = document.activeElement;
  return !!main && focused instanceof HTMLElement && main.contains(focused) && focused.getAttribute('role') === 'tab';
}

/** The unlocked app: top bar, navigation, the current page; locks itself when idle. */
export function Shell() {
  const { db, lock } = useSession();
  const route = useHashRoute();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const minutes = useLiveQuery(() => readAutoLockMinutes(db), [db], DEFAULT_AUTO_LOCK_MINUTES);
  useIdleLock(minutes, lock);

  const pageKey = `${route.area}/${route.path.join('/')}`;
  useEffect(() => {
    // The title names the area only: window titles end up in OS and browser history.
    document.title = `${findArea(route.area)?.label ?? ''} · Clinic Assessor`;
    if (firstRender.current) firstRender.current = false;
    // A tab chosen on the page (the arrow keys on the Inventory tabs) keeps the focus; other moves go to the heading.
    else if (!stillOnTab(main.current)) main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [pageKey, route.area]);

  return (
    <div className="shell">
      <a
        className="skip-link"
        href="#main-content"
        onClick={(e) => {
          e.preventDefault();
          main.current?.querySelector<HTMLElement>('h1')?.focus();
        }}
      >
        Skip to content
      </a>
      <header className="topbar">
        <span className="brand">Clinic Assessor</span>
        <span className="badge badge-neutral" title="Clinic Assessor never connects to a network.">
          Offline
        </span>
        <span className="topbar-spacer" />
        <button type="button" className="button button-on-dark" onClick={lock}>
          Lock
        </button>
      </header>
      <MainNav current={route.area} />
      <main id="main-content" className="content" ref={main}>
        <BackupReminder />
        <AreaPage route={route} />
      </main>
    </div>
  );
}

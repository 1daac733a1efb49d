import { useEffect, useRef } from 'react';
import { findArea, type AreaId } from './areas';
import { MainNav } from './MainNav';
import { useHashRoute } from './useHashRoute';
import { ClinicsPage } from '../features/clinics/ClinicsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { NeedsClinicPage } from '../components/NeedsClinicPage';

function AreaPage({ area }: { area: AreaId }) {
  switch (area) {
    case 'clinics':
      return <ClinicsPage />;
    case 'settings':
      return <SettingsPage />;
    default:
      return <NeedsClinicPage area={area} />;
  }
}

export function App() {
  const area = useHashRoute();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    document.title = `${findArea(area)?.label ?? ''} · Clinic Assessor`;
    // Move focus to the new page for keyboard and screen-reader users, but not on load.
    if (firstRender.current) firstRender.current = false;
    else main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [area]);

  useEffect(() => {
    performance.mark('clinic-assessor:first-screen');
  }, []);

  return (
    <div className="shell">
      <a className="skip-link" href="#main-content" onClick={(e) => { e.preventDefault(); main.current?.querySelector<HTMLElement>('h1')?.focus(); }}>
        Skip to content
      </a>
      <header className="topbar">
        <span className="brand">Clinic Assessor</span>
        <span className="badge badge-neutral" title="Clinic Assessor never connects to a network.">Offline</span>
      </header>
      <MainNav current={area} />
      <main id="main-content" className="content" ref={main}>
        <AreaPage area={area} />
      </main>
    </div>
  );
}

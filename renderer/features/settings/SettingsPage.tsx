import { findArea } from '../../app/areas';
import { PageHeader } from '../../components/PageHeader';
import { AboutSection } from './AboutSection';
import { DiagnosticsSection } from './DiagnosticsSection';

export function SettingsPage() {
  return (
    <>
      <PageHeader title="Settings" summary={findArea('settings')?.summary ?? ''} />
      <AboutSection />
      <DiagnosticsSection />
    </>
  );
}

import { findArea } from '../../app/areas';
import { PageHeader } from '../../components/PageHeader';
import { AboutSection } from './AboutSection';
import { DiagnosticsSection } from './DiagnosticsSection';
import { SecuritySection } from './SecuritySection';

export function SettingsPage() {
  return (
    <>
      <PageHeader title="Settings" summary={findArea('settings')?.summary ?? ''} />
      <SecuritySection />
      <AboutSection />
      <DiagnosticsSection />
    </>
  );
}

import { findArea } from '../../routing/areas';
import { PageHeader } from '../../components/PageHeader';
import { AboutSection } from './AboutSection';
import { ContentPackSection } from './ContentPackSection';
import { DiagnosticsSection } from './DiagnosticsSection';
import { FirmKeySection } from './FirmKeySection';
import { RecoverySection } from './RecoverySection';
import { RevocationSection } from './RevocationSection';
import { SecuritySection } from './SecuritySection';
import { SigningSection } from './SigningSection';

export function SettingsPage() {
  return (
    <>
      <PageHeader title="Settings" summary={findArea('settings')?.summary ?? ''} />
      <SecuritySection />
      <SigningSection />
      <FirmKeySection />
      <RecoverySection />
      <RevocationSection />
      <ContentPackSection />
      <AboutSection />
      <DiagnosticsSection />
    </>
  );
}

import { findArea } from '../../routing/areas';
import { PageHeader } from '../../components/PageHeader';
import { ConflictReview } from './ConflictReview';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';

export function ExchangePage() {
  return (
    <>
      <PageHeader title="Exchange" summary={findArea('exchange')?.summary ?? ''} />
      <div className="form-grid exchange-grid">
        <ExportSection />
        <ImportSection />
      </div>
      <ConflictReview />
    </>
  );
}

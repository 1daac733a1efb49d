import { findArea, type AreaId } from '../routing/areas';
import { PageHeader } from './PageHeader';

/** What an area that works on one clinic shows while no clinic is open. */
export function NeedsClinicPage({ area }: { area: AreaId }) {
  const info = findArea(area);
  if (!info) return null;
  return (
    <>
      <PageHeader title={info.label} summary={info.summary} />
      <section className="card empty-state" aria-labelledby="needs-clinic-title">
        <h2 id="needs-clinic-title">No clinic open</h2>
        <p>{info.label} works on one clinic&apos;s assessment. Open or create a clinic first.</p>
        <a className="button button-primary" href="#/clinics">
          Go to Clinics
        </a>
      </section>
    </>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { findArea } from '../../routing/areas';
import { useRepositories } from '../../session/SessionContext';
import { routeHref } from '../../routing/useHashRoute';
import { PageHeader } from '../../components/PageHeader';
import { clinicTitle, formatDate } from '../../components/clinicLabels';
import { cityOf, lastVisitOf } from '../../../shared/model/clinicPlace';
import { NewClinicForm } from './NewClinicForm';
import { SampleClinicButton } from './SampleClinicButton';

export function ClinicList() {
  const repos = useRepositories();
  const [showArchived, setShowArchived] = useState(false);
  const clinics = useLiveQuery(async () => {
    const all = await repos.clinic.list();
    const withVisits = await Promise.all(
      all.map(async (c) => ({ ...c, lastVisit: lastVisitOf(await repos.assessment.list(c.id)) })),
    );
    // Clinics named alike follow each other, told apart by their city.
    return withVisits.sort(
      (a, b) =>
        clinicTitle(a.data.name).localeCompare(clinicTitle(b.data.name)) ||
        cityOf(a.data.address).localeCompare(cityOf(b.data.address)),
    );
  }, [repos]);
  const visible = clinics?.filter((c) => showArchived || !c.data.archived);
  const archivedCount = clinics?.filter((c) => c.data.archived).length ?? 0;

  return (
    <>
      <PageHeader title="Clinics" summary={findArea('clinics')?.summary ?? ''} />
      <NewClinicForm />
      <SampleClinicButton />
      <section className="card" aria-labelledby="clinic-list-title">
        <div className="section-header">
          <h2 id="clinic-list-title">{showArchived ? 'All clinics' : 'Active clinics'}</h2>
          <label className="checkbox">
            <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
            Show archived ({archivedCount})
          </label>
        </div>
        {visible === undefined ? <p aria-busy="true">Decrypting…</p> : null}
        {visible?.length === 0 ? (
          <p className="muted">
            {archivedCount ? 'Every clinic is archived.' : 'No clinics yet. Add the first one above.'}
          </p>
        ) : null}
        {visible && visible.length > 0 ? (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Clinic</th>
                <th scope="col">City</th>
                <th scope="col">Address</th>
                <th scope="col">Last visit</th>
                <th scope="col">Acquired</th>
                <th scope="col">Parent entity</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {visible.map((clinic) => (
                <tr key={clinic.id}>
                  <td>
                    <a href={routeHref('clinics', clinic.id)}>{clinicTitle(clinic.data.name)}</a>
                  </td>
                  <td>{cityOf(clinic.data.address) || '—'}</td>
                  <td className="cell-clip cell-clip-short" title={clinic.data.address || undefined}>
                    {clinic.data.address || '—'}
                  </td>
                  <td className="cell-nowrap">{formatDate(clinic.lastVisit)}</td>
                  <td className="cell-nowrap">{formatDate(clinic.data.acquisitionDate)}</td>
                  <td>{clinic.data.parentEntity || '—'}</td>
                  <td>
                    {clinic.data.archived ? (
                      <span className="badge badge-muted">Archived</span>
                    ) : (
                      <span className="badge badge-active">Active</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
    </>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { findArea, type AreaId } from '../routing/areas';
import { useRepositories } from '../session/SessionContext';
import { routeHref } from '../routing/useHashRoute';
import { assessmentStatusLabels } from '../../shared/model/assessment';
import { PageHeader } from './PageHeader';
import { clinicTitle, formatDate } from './clinicLabels';
import { cityOf } from '../../shared/model/clinicPlace';

/** Every assessment of every active clinic, to open one in `area` (checklist, inventory, findings). */
export function AssessmentPicker({ area }: { area: AreaId }) {
  const repos = useRepositories();
  const rows = useLiveQuery(async () => {
    const clinics = (await repos.clinic.list()).filter((c) => !c.data.archived);
    const perClinic = await Promise.all(
      clinics.map(async (c) => ({ clinic: c, assessments: await repos.assessment.list(c.id) })),
    );
    return perClinic
      .flatMap(({ clinic, assessments }) => assessments.map((a) => ({ clinic, assessment: a })))
      .sort((x, y) => (y.assessment.data.startDate || '').localeCompare(x.assessment.data.startDate || ''));
  }, [repos]);

  return (
    <>
      <PageHeader title={findArea(area)?.label ?? ''} summary={findArea(area)?.summary ?? ''} />
      <section className="card" aria-labelledby="pick-title">
        <h2 id="pick-title">Choose an assessment</h2>
        {rows === undefined ? <p aria-busy="true">Decrypting…</p> : null}
        {rows?.length === 0 ? (
          <p className="muted">
            No assessments yet. Create one on a clinic&apos;s page in <a href={routeHref('clinics')}>Clinics</a>.
          </p>
        ) : null}
        {rows && rows.length > 0 ? (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Assessment</th>
                <th scope="col">Clinic</th>
                <th scope="col">Started</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ clinic, assessment }) => (
                <tr key={assessment.id}>
                  <td>
                    <a href={routeHref(area, assessment.id)}>{assessment.data.title || 'Untitled assessment'}</a>
                  </td>
                  <td>
                    {clinicTitle(clinic.data.name)}
                    {cityOf(clinic.data.address) ? (
                      <span className="muted"> · {cityOf(clinic.data.address)}</span>
                    ) : null}
                  </td>
                  <td>{formatDate(assessment.data.startDate)}</td>
                  <td>{assessmentStatusLabels[assessment.data.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
    </>
  );
}

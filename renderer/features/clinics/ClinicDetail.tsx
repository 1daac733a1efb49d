import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import type { Clinic } from '../../../shared/model/clinic';
import { useRepositories } from '../../session/SessionContext';
import { routeHref } from '../../routing/useHashRoute';
import { TextField } from '../../components/fields';
import { SaveStatus } from '../../components/SaveStatus';
import { useAutosave } from '../../components/useAutosave';
import { AssessmentsSection } from './AssessmentsSection';
import { clinicTitle } from '../../components/clinicLabels';
import { plainError } from '../../../shared/model/plainIssues';

type Loaded<T> = { found: true; value: T } | { found: false } | { error: string };

export function ClinicDetail({ clinicId }: { clinicId: string }) {
  const repos = useRepositories();
  const loaded = useLiveQuery<Loaded<Clinic>>(
    () =>
      repos.clinic.get(clinicId).then(
        (record) => (record && !record.deleted ? { found: true, value: record.data } : { found: false }),
        (error: unknown) => ({ error: plainError(error, 'The clinic could not be loaded.') }),
      ),
    [repos, clinicId],
  );
  const save = useCallback((patch: Partial<Clinic>) => repos.clinic.update(clinicId, patch), [repos, clinicId]);
  const form = useAutosave<Clinic>(loaded && 'found' in loaded && loaded.found ? loaded.value : undefined, save);

  if (loaded === undefined) return <p aria-busy="true">Decrypting…</p>;
  if ('error' in loaded || !loaded.found) {
    return (
      <>
        <a href={routeHref('clinics')} className="back-link">
          ← All clinics
        </a>
        <h1 tabIndex={-1}>Clinic not available</h1>
        <p role="alert" className="error">
          {'error' in loaded ? loaded.error : 'This clinic does not exist on this computer.'}
        </p>
      </>
    );
  }

  const archived = form.value('archived') ?? false;
  const field = <K extends 'name' | 'address' | 'acquisitionDate' | 'parentEntity' | 'contacts'>(key: K) => ({
    value: form.value(key),
    onChange: (v: string) => form.set(key, v as Clinic[K]),
    onBlur: () => void form.flush(),
  });

  return (
    <>
      <a href={routeHref('clinics')} className="back-link">
        ← All clinics
      </a>
      <div className="page-header">
        <div>
          <h1 tabIndex={-1}>{clinicTitle(form.value('name'))}</h1>
          <p className="lead">
            {archived ? (
              <span className="badge badge-muted">Archived</span>
            ) : (
              <span className="badge badge-active">Active</span>
            )}{' '}
            Changes save as you type.
          </p>
        </div>
        <div className="page-actions">
          <SaveStatus status={form.status} error={form.error} onRetry={() => void form.flush()} />
          <button
            type="button"
            className="button"
            onClick={() => {
              form.set('archived', !archived);
              void form.flush();
            }}
          >
            {archived ? 'Restore clinic' : 'Archive clinic'}
          </button>
        </div>
      </div>
      <section className="card form-grid" aria-label="Clinic details">
        <TextField label="Clinic name" maxLength={200} {...field('name')} />
        <TextField
          label="Parent entity"
          maxLength={200}
          hint="The company or group that acquired the clinic."
          {...field('parentEntity')}
        />
        <TextField label="Address" multiline maxLength={500} {...field('address')} />
        <TextField label="Acquisition date" type="date" {...field('acquisitionDate')} />
        <TextField
          label="Contacts"
          multiline
          maxLength={2000}
          hint="Who to talk to on site: names, roles, phone numbers."
          {...field('contacts')}
        />
      </section>
      <AssessmentsSection clinicId={clinicId} />
    </>
  );
}

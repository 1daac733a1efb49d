import { useId, useState, type FormEvent } from 'react';
import { emptyClinic } from '../../../shared/model/clinic';
import { useRepositories } from '../../session/SessionContext';
import { goWhenDone, routeHref } from '../../routing/useHashRoute';
import { ErrorMessage } from '../../components/ErrorMessage';
import { plainError } from '../../../shared/model/plainIssues';

export function NewClinicForm() {
  const repos = useRepositories();
  const id = useId();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function create(event: FormEvent) {
    event.preventDefault();
    if (!name.trim() || busy) return;
    setBusy(true);
    setError(undefined);
    const from = window.location.hash;
    try {
      const clinic = await repos.clinic.create({ ...emptyClinic, name: name.trim() });
      goWhenDone(routeHref('clinics', clinic.id), from);
    } catch (e) {
      setError(plainError(e, 'The clinic could not be created.'));
      setBusy(false);
    }
  }

  return (
    <form
      className="card inline-form"
      onSubmit={(e) => void create(e)}
      aria-labelledby={`${id}-title`}
      autoComplete="off"
    >
      <h2 id={`${id}-title`}>Add a clinic</h2>
      <div className="inline-form-row">
        <div className="field grow">
          <label htmlFor={id}>Clinic name</label>
          <input
            id={id}
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={200}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <button type="submit" className="button button-primary" disabled={!name.trim() || busy}>
          Create clinic
        </button>
      </div>
      <ErrorMessage message={error} />
    </form>
  );
}

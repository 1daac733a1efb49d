import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { SAMPLE_CLINIC_NAME } from '../../../shared/sample/sampleClinic';
import { useRepositories } from '../../session/SessionContext';
import { goWhenDone, routeHref } from '../../routing/useHashRoute';
import { ErrorMessage } from '../../components/ErrorMessage';
import { loadSampleClinic } from './loadSampleClinic';
import { todayIso } from '../../clock/today';
import { plainError } from '../../../shared/model/plainIssues';

/** Creates a fully answered sample assessment and opens its findings. */
export function SampleClinicButton() {
  const repos = useRepositories();
  // Loading twice would make a second, identical clinic: once there is one, the button opens it.
  const existing = useLiveQuery(async () => {
    const sample = (await repos.clinic.list()).find((c) => c.data.name === SAMPLE_CLINIC_NAME && !c.data.archived);
    const assessment = sample ? (await repos.assessment.list(sample.id))[0] : undefined;
    return assessment?.id ?? null;
  }, [repos]);
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [error, setError] = useState<string>();

  async function load() {
    setError(undefined);
    setProgress({ done: 0, total: 1 });
    const from = window.location.hash;
    try {
      const assessmentId = await loadSampleClinic(repos, todayIso(), (done, total) => setProgress({ done, total }));
      goWhenDone(routeHref('findings', assessmentId), from);
    } catch (e) {
      setError(plainError(e, 'The sample clinic could not be loaded.'));
      setProgress(undefined);
    }
  }

  return (
    <div className="sample-clinic">
      {existing ? (
        <a className="button" href={routeHref('findings', existing)}>
          Open the sample clinic
        </a>
      ) : (
        <button
          type="button"
          className="button"
          onClick={() => void load()}
          disabled={progress !== undefined || existing === undefined}
        >
          Load sample clinic
        </button>
      )}
      {progress ? (
        <progress aria-label="Loading the sample clinic" max={progress.total} value={progress.done} />
      ) : (
        <span className="muted">A fully answered example, to see every feature at once.</span>
      )}
      <ErrorMessage message={error} />
    </div>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useRef, useState } from 'react';
import { plainError } from '../../../shared/model/plainIssues';
import { ProgressLine } from '../../components/ProgressLine';
import { evidenceFor, removeEvidence } from '../../db/evidenceStore';
import { useRepositories, useSession } from '../../session/SessionContext';
import { prepareInWorker } from '../../workers/evidenceInWorker';
import { addedText, addEvidenceFiles, type EvidencePlace, type PickedFile } from './addEvidence';
import { CameraCapture } from './CameraCapture';
import { EvidenceItem } from './EvidenceItem';

/** What the file picker offers; the real kind is read from each file's bytes all the same. */
const ACCEPT = 'image/jpeg,image/png,image/webp,application/pdf,text/plain,.jpg,.jpeg,.png,.webp,.pdf,.txt,.heic';

/** The evidence attached to one record, live, from a hook of its own so the query's closure holds no vault. */
function useEvidence({ assessmentId, target, targetId }: EvidencePlace) {
  const repos = useRepositories();
  return useLiveQuery(
    () => evidenceFor(repos, assessmentId, target, targetId),
    [repos, assessmentId, target, targetId],
  );
}

/**
 * Photos and files documenting one record: add several files at once or take a photo,
 * see them as thumbnails with their captions, open one full size, remove one.
 */
export function EvidencePanel({ place, heading = 'Evidence' }: { place: EvidencePlace; heading?: string }) {
  const { state } = useSession();
  const repos = useRepositories();
  const items = useEvidence(place);
  const input = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const [progress, setProgress] = useState<{ label: string; done: number; total: number }>();
  const [status, setStatus] = useState('');
  const [failures, setFailures] = useState<string[]>([]);
  const [camera, setCamera] = useState(false);

  async function add(files: readonly PickedFile[]) {
    if (state.status !== 'unlocked' || !files.length) return;
    setStatus('');
    setFailures([]);
    const deps = { vault: state.vault, repos, prepare: prepareInWorker };
    const result = await addEvidenceFiles(deps, place, files, (label, done, total) =>
      setProgress({ label, done, total }),
    );
    setProgress(undefined);
    setStatus(addedText(result));
    setFailures(result.failures);
  }

  async function remove(id: string) {
    if (state.status !== 'unlocked') return;
    setStatus('');
    try {
      await removeEvidence(state.vault, repos, id);
      setStatus('Removed.');
    } catch (e) {
      setFailures([plainError(e, 'The evidence could not be removed.')]);
    }
  }

  return (
    <section className="evidence-panel" aria-labelledby={headingId}>
      <div className="section-header">
        <h3 id={headingId}>
          {heading} {items?.length ? `(${items.length})` : ''}
        </h3>
        <div className="section-header-actions">
          <button type="button" className="button button-small" onClick={() => input.current?.click()}>
            Add photo or file
          </button>
          <button type="button" className="button button-small" onClick={() => setCamera(true)}>
            Take photo
          </button>
        </div>
      </div>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        aria-label="Photos or files to add"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          void add(files);
        }}
      />
      {progress ? <ProgressLine {...progress} /> : null}
      {/* Announced without role="status": the record form around this panel has its own save status. */}
      <p aria-live="polite" className="status">
        {status}
      </p>
      {failures.length ? (
        <ul role="alert" className="error evidence-failures">
          {failures.map((f, i) => (
            <li key={i}>{f}</li>
          ))}
        </ul>
      ) : null}
      {items?.length === 0 ? (
        <p className="muted">No photos or files yet. Photos are stored without their location and camera details.</p>
      ) : null}
      <ul className="evidence-grid">
        {items?.map((item) => (
          <EvidenceItem key={item.id} item={item} onRemove={(id) => void remove(id)} />
        ))}
      </ul>
      {camera ? <CameraCapture onClose={() => setCamera(false)} onUse={(shot) => void add([shot])} /> : null}
    </section>
  );
}

import { useCallback, useId, useState } from 'react';
import { byteSize, isPhoto, type Evidence } from '../../../shared/model/evidence';
import { Modal } from '../../components/Modal';
import { useAutosave } from '../../components/useAutosave';
import type { Entity } from '../../db/repository';
import { useRepositories } from '../../session/SessionContext';
import { useEvidenceUrl } from './useEvidenceUrl';

const FILE_NOTE = 'Kept as it came: a PDF or text file keeps its own metadata (author, software, dates).';

/** One piece of evidence: its thumbnail, name and size, its caption (saved as typed), full-size view and removal. */
export function EvidenceItem({ item, onRemove }: { item: Entity<'evidence'>; onRemove: (id: string) => void }) {
  const repos = useRepositories();
  const e = item.data;
  const id = useId();
  const { url, error } = useEvidenceUrl(e);
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const save = useCallback((patch: Partial<Evidence>) => repos.evidence.update(item.id, patch), [repos, item.id]);
  const form = useAutosave<Evidence>(e, save);
  const alt = (form.value('caption') ?? '').trim() || e.fileName;
  return (
    <li className="evidence-item">
      {isPhoto(e.mediaType) ? (
        <button
          type="button"
          className="evidence-thumb"
          onClick={() => setOpen(true)}
          aria-label={`Open ${e.fileName} full size`}
        >
          {url ? <img src={url} alt={alt} /> : <span className="muted">{error ? 'Cannot show' : 'Loading…'}</span>}
        </button>
      ) : (
        <div className="evidence-thumb evidence-file" title={FILE_NOTE}>
          {e.mediaType === 'application/pdf' ? 'PDF' : 'Text'}
        </div>
      )}
      <div className="evidence-meta">
        <strong className="evidence-name">{e.fileName}</strong>
        <span className="muted">
          {byteSize(e.size)}
          {isPhoto(e.mediaType) ? `, ${e.width} × ${e.height}` : ''}
        </span>
        {isPhoto(e.mediaType) ? null : <span className="muted evidence-note">{FILE_NOTE}</span>}
      </div>
      <label htmlFor={`${id}-caption`}>Caption</label>
      <input
        id={`${id}-caption`}
        value={form.value('caption') ?? ''}
        maxLength={1000}
        placeholder="What it shows"
        onChange={(event) => form.set('caption', event.target.value)}
        onBlur={() => void form.flush()}
      />
      <span aria-live="polite" className="muted evidence-note">
        {form.status === 'saved' ? 'Caption saved' : form.status === 'idle' ? '' : 'Saving…'}
      </span>
      {form.status === 'error' ? (
        <p role="alert" className="error">
          {form.error}{' '}
          <button type="button" className="link-button" onClick={() => void form.flush()}>
            Try saving again
          </button>
        </p>
      ) : null}
      <div className="evidence-actions">
        {confirming ? (
          <span role="group" aria-label={`Remove ${e.fileName}?`}>
            <span>Remove {e.fileName}?</span>{' '}
            <button type="button" className="button button-small button-danger" onClick={() => onRemove(item.id)}>
              Yes, remove
            </button>{' '}
            <button type="button" className="button button-small" onClick={() => setConfirming(false)}>
              Keep
            </button>
          </span>
        ) : (
          <button type="button" className="button button-small" onClick={() => setConfirming(true)}>
            Remove
          </button>
        )}
      </div>
      <Modal title={e.fileName} open={open} onClose={() => setOpen(false)}>
        {url ? <img className="evidence-full" src={url} alt={alt} /> : null}
        <p className="muted">
          {alt === e.fileName ? 'No caption yet.' : alt} · {byteSize(e.size)}, {e.width} × {e.height} pixels
        </p>
      </Modal>
    </li>
  );
}

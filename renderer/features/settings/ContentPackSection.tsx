import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { MAX_PACK_FILE_BYTES, PACK_EXTENSION, packCarries, type VerifiedPack } from '../../../shared/bundle/packFile';
import { fromUtf8 } from '../../../shared/crypto/bytes';
import { plainError } from '../../../shared/model/plainIssues';
import { ErrorMessage } from '../../components/ErrorMessage';
import { applyPack, heldPack, previewPack, removePack } from '../../db/contentPacks';
import { platform } from '../../platform/api';
import { useSession } from '../../session/SessionContext';

/** What a verified pack is, who signed it and what it carries. */
function PackFacts({ verified, label }: { verified: VerifiedPack; label: string }) {
  const { content, signedBy } = verified.pack;
  return (
    <dl className="facts" aria-label={label}>
      <dt>Name</dt>
      <dd>{content.name}</dd>
      <dt>Version</dt>
      <dd>{content.version}</dd>
      <dt>Issued</dt>
      <dd>{content.issued || 'Not dated'}</dd>
      <dt>Firm</dt>
      <dd>{content.firm || 'Not named'}</dd>
      <dt>Signed by</dt>
      <dd>
        {signedBy.name || 'The firm key'} <code className="fingerprint">{signedBy.fingerprint}</code>
        {verified.endorsedBy ? (
          <>
            {' '}
            (a newer firm key, endorsed by <code className="fingerprint">{verified.endorsedBy}</code>)
          </>
        ) : null}
      </dd>
      <dt>Carries</dt>
      <dd>{packCarries(content)}</dd>
    </dl>
  );
}

/**
 * The firm's content pack (.capack): its integration profile and newer reference tables,
 * signed with the firm key. Imported offline, verified against the firm keys trusted here,
 * previewed, and applied on confirmation; removing it goes back to the built-in data.
 */
export function ContentPackSection() {
  const { db } = useSession();
  const id = useId();
  const held = useLiveQuery(() => heldPack(db), [db]);
  const [preview, setPreview] = useState<VerifiedPack>();
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string>();

  async function run(work: () => Promise<string>) {
    setError(undefined);
    setStatus('');
    try {
      setStatus(await work());
    } catch (e) {
      setPreview(undefined);
      setError(plainError(e, 'That did not work.'));
    }
  }

  const choose = () =>
    run(async () => {
      const result = await platform.openFile({
        title: 'Import a content pack',
        filters: [{ name: 'Content pack', extensions: [PACK_EXTENSION] }],
        maxBytes: MAX_PACK_FILE_BYTES,
      });
      if (!result.ok) throw new Error(result.error.message);
      if (result.value.canceled) return '';
      setPreview(await previewPack(db, fromUtf8(result.value.bytes)));
      return '';
    });

  const apply = (verified: VerifiedPack) =>
    run(async () => {
      const applied = await applyPack(db, verified.text);
      setPreview(undefined);
      const { name, version } = applied.pack.content;
      return `Applied ${name}, version ${version}: findings and reports are judged under it from now on.`;
    });

  const remove = () =>
    run(async () => {
      await removePack(db);
      return 'Removed the content pack: findings are judged under the built-in reference data again.';
    });

  const inForce = held?.state === 'valid' ? held : undefined;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Content pack</h2>
      {inForce ? (
        <>
          <p>
            In force since {inForce.appliedAt.slice(0, 10)}: <strong>{inForce.verified.pack.content.name}</strong>,
            version {inForce.verified.pack.content.version} of {inForce.verified.pack.content.issued || 'no date'}.
            Findings and reports are judged under it.
          </p>
          <PackFacts verified={inForce.verified} label="Content pack in force" />
        </>
      ) : (
        <p className="muted">
          No content pack: findings are judged under the built-in reference data. The firm sends its integration
          standard as a signed .{PACK_EXTENSION} file.
        </p>
      )}
      {held?.state === 'refused' ? <ErrorMessage message={held.message} /> : null}
      {preview ? (
        <div className="subsection" role="group" aria-label="Content pack to apply">
          <h3>Check before applying</h3>
          <PackFacts verified={preview} label="Content pack to apply" />
          {inForce ? (
            <p className="muted">
              It replaces {inForce.verified.pack.content.name}, version {inForce.verified.pack.content.version}.
            </p>
          ) : null}
          <div className="inline-form-row">
            <button type="button" className="button button-small button-primary" onClick={() => void apply(preview)}>
              Apply this pack
            </button>
            <button type="button" className="button button-small" onClick={() => setPreview(undefined)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      <div className="inline-form-row" hidden={preview !== undefined}>
        <button type="button" className="button button-small" onClick={() => void choose()}>
          Import a content pack…
        </button>
        {held && held.state !== 'none' ? (
          <button type="button" className="button button-small" onClick={() => void remove()}>
            Remove the content pack
          </button>
        ) : null}
      </div>
      <p role="status" className="status">
        {status}
      </p>
      <ErrorMessage message={error} />
    </section>
  );
}

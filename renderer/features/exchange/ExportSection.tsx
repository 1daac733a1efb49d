import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { passphraseStrength } from '../../../shared/crypto/passphraseStrength';
import { useSession } from '../../session/SessionContext';
import { PassphraseField } from '../../components/PassphraseField';
import { SaveTask, type SaveTaskState } from '../../components/SaveTask';
import { DEFAULT_SIGNER_NAME, readFirmRecipient, readSigningKey } from '../../db/signerAndFirmKeys';
import { clinicTitle, placeAndVisit } from '../../components/clinicLabels';
import { cityOf, lastVisitOf } from '../../../shared/model/clinicPlace';
import { appBundleIo } from './appBundleIo';
import { assessmentExport, exportScopeOf, type Lock } from './exportAssessmentFile';
import { FirmRecipientPicker } from './FirmRecipientPicker';

/** Writes the chosen clinics (or everything) to an encrypted, signed assessment file. */
export function ExportSection() {
  const session = useSession();
  const state0 = session.state;
  const repos = state0.status === 'unlocked' ? state0.repos : undefined;
  const id = useId();
  const clinics = useLiveQuery(
    async () =>
      repos
        ? Promise.all(
            (await repos.clinic.list()).map(async (c) => ({
              clinic: c,
              assessments: await repos.assessment.list(c.id),
            })),
          )
        : [],
    [repos],
  );
  const firm = useLiveQuery(() => readFirmRecipient(session.db), [session.db]);
  const signer = useLiveQuery(() => readSigningKey(session.db), [session.db]);
  const [scope, setScope] = useState('all');
  const [chosenLock, setLock] = useState<Lock>();
  const [sign, setSign] = useState(true);
  const [signerName, setSignerName] = useState('');
  const [redact, setRedact] = useState(false);
  const [leaveOutEvidence, setLeaveOutEvidence] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [state, setState] = useState<SaveTaskState>({ step: 'idle' });
  const vault = state0.status === 'unlocked' ? state0.vault : undefined;
  const exporter = useMemo(() => vault && assessmentExport({ vault, ...appBundleIo }, setState), [vault]);
  const lock: Lock = chosenLock ?? (firm ? 'firm' : 'passphrase');
  const strength = passphraseStrength(passphrase);
  const lockReady =
    (lock === 'passphrase' || !!firm) && (lock === 'firm' || (strength.acceptable && passphrase === confirmation));
  const ready = state0.status === 'unlocked' && lockReady && state.step !== 'working';

  function exportFile(event: FormEvent) {
    event.preventDefault();
    if (!ready || !exporter) return;
    void exporter.run({
      scope: exportScopeOf(scope),
      lock,
      passphrase,
      sign,
      signerName,
      redact,
      leaveOutEvidence: redact && leaveOutEvidence,
    });
  }

  return (
    <form className="card" onSubmit={exportFile} aria-labelledby={`${id}-title`} autoComplete="off">
      <h2 id={`${id}-title`}>Export an assessment file</h2>
      <p>
        For the parent firm, another laptop, or a backup: an encrypted file. To restore a backup on a new laptop, import
        it there.
      </p>
      <div className="field">
        <label htmlFor={`${id}-scope`}>What to export</label>
        <select id={`${id}-scope`} value={scope} onChange={(e) => setScope(e.target.value)}>
          <option value="all">
            {!redact ? 'Everything on this computer (a full backup)' : 'Everything on this computer'}
          </option>
          {clinics?.map(({ clinic, assessments }) => (
            <optgroup
              key={clinic.id}
              label={`${clinicTitle(clinic.data.name)} (${placeAndVisit(cityOf(clinic.data.address), lastVisitOf(assessments))})`}
            >
              <option value={`clinic:${clinic.id}`}>
                {clinicTitle(clinic.data.name)}: the clinic and all its assessments
              </option>
              {assessments.map((a) => (
                <option
                  key={a.id}
                  value={`assessment:${a.id}`}
                >{`${clinicTitle(clinic.data.name)}: ${a.data.title || 'Untitled assessment'}`}</option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <fieldset className="field">
        <legend>Who can open it</legend>
        <div className="choice-column">
          <label className="choice">
            <input
              type="radio"
              name={`${id}-lock`}
              checked={lock === 'passphrase'}
              onChange={() => setLock('passphrase')}
            />{' '}
            Anyone with a passphrase I choose
          </label>
          <label className="choice">
            <input type="radio" name={`${id}-lock`} checked={lock === 'firm'} onChange={() => setLock('firm')} /> Only
            the parent firm, with its key
          </label>
          <label className="choice">
            <input type="radio" name={`${id}-lock`} checked={lock === 'both'} onChange={() => setLock('both')} /> The
            parent firm with its key, and anyone with a passphrase I choose
          </label>
        </div>
      </fieldset>
      {lock !== 'passphrase' ? <FirmRecipientPicker /> : null}
      {lock !== 'firm' ? (
        <>
          <div className="form-grid">
            <PassphraseField
              label="File passphrase"
              value={passphrase}
              onChange={setPassphrase}
              autoComplete="new-password"
              describedBy={`${id}-strength`}
            />
            <PassphraseField
              label="Confirm file passphrase"
              value={confirmation}
              onChange={setConfirmation}
              autoComplete="new-password"
              invalid={!!confirmation && confirmation !== passphrase}
            />
          </div>
          <p id={`${id}-strength`} className="field-hint">
            {passphrase
              ? `Strength: ${strength.label}. ${strength.advice}`
              : 'Give the passphrase to the recipient by another channel than the file.'}
            {confirmation && confirmation !== passphrase ? ' The passphrases do not match.' : ''}
          </p>
        </>
      ) : null}
      <label className="checkbox">
        <input type="checkbox" checked={sign} onChange={(e) => setSign(e.target.checked)} />
        Sign the file as “{signer?.name ?? DEFAULT_SIGNER_NAME}” (change the name in Settings)
      </label>
      {sign && (!signer || signer.name === DEFAULT_SIGNER_NAME) ? (
        <div className="field">
          <label htmlFor={`${id}-signer`}>Your name on signed files</label>
          <input
            id={`${id}-signer`}
            value={signerName}
            maxLength={200}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setSignerName(e.target.value)}
            aria-describedby={`${id}-signer-hint`}
          />
          <p id={`${id}-signer-hint`} className="field-hint">
            Whoever imports the file sees this name beside your key&apos;s fingerprint.
          </p>
        </div>
      ) : null}
      <label className="checkbox">
        <input type="checkbox" checked={redact} onChange={(e) => setRedact(e.target.checked)} />
        Redact: leave out clinic contacts and free-text notes
      </label>
      {redact ? (
        <label className="checkbox">
          <input type="checkbox" checked={leaveOutEvidence} onChange={(e) => setLeaveOutEvidence(e.target.checked)} />
          Leave out photos and files
        </label>
      ) : null}
      {redact && leaveOutEvidence ? (
        <p className="field-hint">
          The file will carry no evidence: neither the photos and files nor the list of what was attached.
        </p>
      ) : null}
      {scope === 'all' && redact ? (
        <p className="field-hint">Not a backup: a redacted file leaves out contacts and notes.</p>
      ) : null}
      {scope === 'all' && !redact && lock === 'firm' ? (
        <p className="field-hint">
          A backup only the firm can open: to restore it, the firm imports it and sends it back. Add a passphrase to
          restore it yourself.
        </p>
      ) : null}
      <SaveTask
        state={state}
        cancelLabel="Cancel export"
        onCancel={() => exporter?.cancel()}
        start={
          <button type="submit" className="button button-primary" disabled={!ready}>
            Export…
          </button>
        }
      />
    </form>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { useSession } from '../../session/SessionContext';
import {
  AUTO_LOCK_CHOICES,
  DEFAULT_AUTO_LOCK_MINUTES,
  readAutoLockMinutes,
  writeAutoLockMinutes,
} from '../../session/autoLock';
import { ChangePassphraseForm } from './ChangePassphraseForm';

export function SecuritySection() {
  const { db, lock } = useSession();
  const id = useId();
  const minutes = useLiveQuery(() => readAutoLockMinutes(db), [db], DEFAULT_AUTO_LOCK_MINUTES);
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Lock and passphrase</h2>
      <p>
        Everything stored on this computer is encrypted. Locking forgets the key until the passphrase is entered again.
      </p>
      <div className="inline-form-row">
        <div className="field">
          <label htmlFor={`${id}-idle`}>Lock automatically after</label>
          <select
            id={`${id}-idle`}
            value={minutes}
            onChange={(e) => void writeAutoLockMinutes(db, Number(e.target.value))}
          >
            {AUTO_LOCK_CHOICES.map((m) => (
              <option key={m} value={m}>
                {m === 1 ? '1 minute' : `${m} minutes`} without activity
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button" onClick={lock}>
          Lock now
        </button>
      </div>
      <ChangePassphraseForm />
    </section>
  );
}

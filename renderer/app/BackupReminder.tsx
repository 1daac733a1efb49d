import { useLiveQuery } from 'dexie-react-hooks';
import { readFirmRecipient } from '../db/signerAndFirmKeys';
import { BACKUP_REMINDER_DAYS, daysSince, hasLocalWork, readLastBackup } from '../db/backupStatus';
import { useSession } from '../session/SessionContext';
import { routeHref } from '../routing/useHashRoute';

/** A quiet line when there is work on this computer and no backup of it from the last week. */
export function BackupReminder() {
  const { db, state } = useSession();
  const status = useLiveQuery(async () => {
    if (state.status !== 'unlocked') return undefined;
    const hasWork = await hasLocalWork(db);
    return { hasWork, days: daysSince(await readLastBackup(db)), firm: await readFirmRecipient(db) };
  }, [db, state.status]);
  if (!status?.hasWork || (status.days !== undefined && status.days < BACKUP_REMINDER_DAYS)) return null;
  return (
    <div className="backup-reminder" role="note">
      {status.days === undefined
        ? 'The work on this computer has never been backed up.'
        : `The last backup is ${status.days} days old.`}{' '}
      If this laptop is lost or the passphrase forgotten, only a backup file brings the work back.{' '}
      <a href={routeHref('exchange')}>
        {status.firm ? `Back up now, for the firm's key (${status.firm.name || 'unnamed'})` : 'Back up now'}
      </a>
    </div>
  );
}

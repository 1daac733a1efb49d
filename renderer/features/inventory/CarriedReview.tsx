import { useState } from 'react';
import { confirmationProgress, type Carried } from '../../../shared/model/carriedRecord';
import { plainError } from '../../../shared/model/plainIssues';
import { agree, figure } from '../../../shared/model/plural';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useSession } from '../../session/SessionContext';
import { confirmEverything, toConfirmIds } from './confirmCarried';
import type { InventoryType } from './inventoryTabs';

export type CarriedRecords = readonly (readonly [InventoryType, readonly { id: string; data: Carried }[]])[];

/** How much of what was carried from the last visit is still to confirm, and confirming all of it at once. */
export function CarriedReview({ records }: { records: CarriedRecords }) {
  const { state } = useSession();
  const [error, setError] = useState<string>();
  const { carried, toConfirm } = confirmationProgress(records.flatMap(([, rows]) => rows));
  if (!carried) return null;

  async function confirmAll() {
    setError(undefined);
    if (state.status !== 'unlocked') return;
    try {
      await confirmEverything(
        state.vault,
        records.map(([type, rows]) => [type, toConfirmIds(rows)] as const),
      );
    } catch (e) {
      setError(plainError(e, 'The carried records could not be confirmed.'));
    }
  }

  return (
    <section className={toConfirm ? 'card warning' : 'card'} aria-label="Carried from the last visit">
      <p role="status">
        {toConfirm
          ? `${figure(toConfirm)} of ${figure(carried)} carried records still to confirm. Confirm what is still there, edit what changed, mark gone what is not; until then a record is left out of the changes since the last visit.`
          : `All ${figure(carried)} records carried from the last visit ${agree(carried, 'is', 'are')} reviewed.`}
      </p>
      {toConfirm ? (
        <button type="button" className="button" onClick={() => void confirmAll()}>
          Confirm all {figure(toConfirm)}
        </button>
      ) : null}
      <ErrorMessage message={error} />
    </section>
  );
}

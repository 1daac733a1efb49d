import { useLiveQuery } from 'dexie-react-hooks';
import { isToConfirm } from '../../../shared/model/carriedRecord';
import { Modal } from '../../components/Modal';
import { useRepositories } from '../../session/SessionContext';
import { deletionImpact, impactSentences } from './deleteWithFlows';
import type { InventoryTab, InventoryType, Lookup } from './inventoryTab';
import type { InventoryRow } from './InventoryRows';

/** Asks before deleting a record (or marking a carried one gone), saying what goes with it. */
export function DeleteDialog<E extends InventoryType>({
  tab,
  assessmentId,
  deleting,
  lookup,
  onConfirm,
  onClose,
}: {
  tab: InventoryTab<E>;
  assessmentId: string;
  deleting: InventoryRow<E> | undefined;
  lookup: Lookup;
  onConfirm(): void;
  onClose(): void;
}) {
  const repos = useRepositories();
  const deletingId = deleting?.id;
  // What else the deletion takes with it, kept current while the confirmation is open.
  const impact = useLiveQuery(
    () => (deletingId ? deletionImpact(repos, assessmentId, tab.type, deletingId) : undefined),
    [repos, assessmentId, tab.type, deletingId],
  );
  const goneCarried = deleting ? isToConfirm(deleting.data) : false;
  return (
    <Modal
      title={goneCarried ? `Mark ${tab.singular} gone?` : `Delete ${tab.singular}?`}
      open={deleting !== undefined}
      onClose={onClose}
      footer={
        <button type="button" className="button button-danger" onClick={onConfirm}>
          {goneCarried ? 'Mark gone:' : 'Delete'} {deleting ? tab.title(deleting.data, lookup) : ''}
        </button>
      }
    >
      <p>
        {deleting ? `${tab.title(deleting.data, lookup)} will disappear from this assessment and its findings.` : ''}
        {goneCarried ? ' It was there on the last visit, so it counts as removed since then.' : ''}
      </p>
      {deleting && impact
        ? impactSentences(tab.type, impact).map((sentence) => <p key={sentence}>{sentence}</p>)
        : null}
    </Modal>
  );
}

/**
 * Confirming records carried over from the last visit: one by one, a tab's shown
 * records, or everything at once, each in one transaction. Marking one gone is
 * deleting it (deleteWithFlows.ts); editing one through its form confirms it (RecordEditor).
 */
import { isToConfirm, type Carried } from '../../../shared/model/carriedRecord';
import { patchMany } from '../../db/patchMany';
import type { Vault } from '../../db/vault';
import type { InventoryType } from './inventoryTabs';

export const confirmed: Partial<Carried> = { confirmation: 'confirmed' };

/** The ids among `records` still to confirm. */
export const toConfirmIds = (records: readonly { id: string; data: Partial<Carried> }[]) =>
  records.filter((r) => isToConfirm(r.data)).map((r) => r.id);

/** Confirms the records of one kind; returns how many changed. */
export function confirmRecords(vault: Vault, type: InventoryType, ids: readonly string[]): Promise<number> {
  return patchMany(vault, type, ids, confirmed);
}

/** Confirms every record of each kind given, kind by kind. */
export async function confirmEverything(
  vault: Vault,
  byType: readonly (readonly [InventoryType, readonly string[]])[],
): Promise<number> {
  let changed = 0;
  for (const [type, ids] of byType) changed += await confirmRecords(vault, type, ids);
  return changed;
}

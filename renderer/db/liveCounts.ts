/** How many live records of a kind an assessment holds, from the clear index alone: nothing is decrypted. */
import type { EntityType } from '../../shared/model/entities';
import type { Vault } from './vault';

export async function countLive(vault: Vault, type: EntityType, parentId: string): Promise<number> {
  return vault.use(() => vault.db.rows(type).where('[parentId+deleted]').equals([parentId, 0]).count());
}

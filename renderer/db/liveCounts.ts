/** How many live records of a kind an assessment holds, from the clear index alone: nothing is decrypted. */
import type { EntityType } from '../../shared/model/entities';
import type { AssessorDatabase } from './database';

/** Takes the database, not the vault: a live query that closed over the vault would keep it past a lock. */
export async function countLive(db: AssessorDatabase, type: EntityType, parentId: string): Promise<number> {
  return db.rows(type).where('[parentId+deleted]').equals([parentId, 0]).count();
}

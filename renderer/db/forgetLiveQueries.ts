import Dexie from 'dexie';

/**
 * Dexie keeps a finished live query for a few seconds after its last subscriber has
 * gone, with the zone it ran in and so the query function and everything it closes over
 * (repositories, record ids). After a lock there is no subscriber left in the database,
 * so its entries go now rather than later; the next live query fills them again.
 */
export function forgetLiveQueries(db: Dexie): void {
  const prefix = `idb://${db.name}/`;
  for (const key of Object.keys(Dexie.cache)) if (key.startsWith(prefix)) delete Dexie.cache[key];
}

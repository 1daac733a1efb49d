import { useLiveQuery } from 'dexie-react-hooks';
import { builtInPack, type ActivePack } from '../../shared/reference/contentPack';
import { heldPack } from '../db/contentPacks';
import { useSession } from '../session/SessionContext';

/**
 * The content pack in force on this computer: the one imported in Settings (verified
 * again as it is read), else the built-in reference data. Every view of findings judges
 * them under it. The same stored pack gives the same object (contentPacks.ts remembers
 * its verification), so findings are not judged again on every render.
 */
export function useContentPack(): ActivePack {
  const { db } = useSession();
  const held = useLiveQuery(() => heldPack(db), [db]);
  return held?.state === 'valid' ? held.verified.pack : builtInPack;
}

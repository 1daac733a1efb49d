import { builtInPack, type ActivePack } from '../../shared/reference/contentPack';

/**
 * The content pack in force on this computer: the one imported in Settings, else the
 * built-in reference data. Every view of findings judges them under it.
 */
export function useContentPack(): ActivePack {
  return builtInPack;
}

/** How a report names the content pack its findings were judged under, and the KEV catalogue it carried. */
import { packLabel, type ActivePack } from '../reference/contentPack';

export function judgedUnder(pack: ActivePack): string {
  const kev = pack.content.kev;
  if (!kev) return packLabel(pack);
  return `${packLabel(pack)}; CISA KEV catalogue version ${kev.catalogVersion}, released ${kev.dateReleased.slice(0, 10)}`;
}

import { useEffect, useState } from 'react';
import { defaultArea, findArea, type AreaId } from './areas';

function areaFromHash(hash: string): AreaId {
  const id = hash.replace(/^#\/?/, '').split('/')[0] ?? '';
  return findArea(id)?.id ?? defaultArea;
}

/** The current area, kept in the URL hash so a reload stays where the assessor was. */
export function useHashRoute(): AreaId {
  const [area, setArea] = useState<AreaId>(() => areaFromHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setArea(areaFromHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return area;
}

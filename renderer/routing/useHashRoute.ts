import { useEffect, useState } from 'react';
import { defaultArea, findArea, type AreaId } from './areas';

export interface Route {
  area: AreaId;
  /** What follows the area in `#/area/a/b`, such as a clinic id. */
  path: string[];
}

export function parseRoute(hash: string): Route {
  const [first = '', ...path] = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const area = findArea(first)?.id;
  return area ? { area, path } : { area: defaultArea, path: [] };
}

export function routeHref(area: AreaId, ...path: string[]): string {
  return `#/${[area, ...path].map(encodeURIComponent).join('/')}`;
}

/** The current route, kept in the URL hash so a reload stays where the assessor was. */
export function useHashRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/**
 * Goes to `href` once work started at `from` (the hash then) is done, unless the user has
 * gone elsewhere meanwhile: a later click wins over the end of an earlier save.
 */
export function goWhenDone(href: string, from: string): void {
  if (window.location.hash === from) window.location.hash = href;
}

import type { Protocol } from 'electron';
import { loadWebAsset } from './webAssets';

export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
/** The origin that keys the IndexedDB database: never change it, or the data seems to vanish. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Must run before the app is ready: IndexedDB needs a standard, secure scheme. */
export function registerAppSchemePrivileges(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
    },
  ]);
}

/** Serves the renderer bundle from `root` on app://bundle/, nothing from anywhere else. */
export function serveAppBundle(protocol: Protocol, root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return new Response('Not found', { status: 404 });
    }
    const file = await loadWebAsset(root, url.pathname);
    return new Response(file.body, { status: file.status, headers: file.headers });
  });
}

import type { App, Session, WebContents } from 'electron';

/** Every request to the network is cancelled: the app works offline and sends nothing out. */
export const BLOCKED_URL_PATTERNS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'];

/**
 * The one permission ever granted: the camera (video, never the microphone) for the app's
 * own page in the main window's top frame, for "Take photo". `contents` is the main window's.
 */
export interface CameraGrant {
  origin: string;
  contents: () => WebContents | undefined;
}

const fromOrigin = (url: string | undefined, origin: string) =>
  url !== undefined && (url === origin || url.startsWith(`${origin}/`));

/** The app's own page in the main window's top frame, asking for the camera (media, video only). */
function isOwnCameraAsk(
  grant: CameraGrant | undefined,
  contents: WebContents | null,
  ask: { permission: string; isMainFrame: boolean | undefined; url: string | undefined; media: readonly string[] },
): boolean {
  return (
    !!grant &&
    ask.permission === 'media' &&
    contents !== null &&
    contents === grant.contents() &&
    ask.isMainFrame === true &&
    fromOrigin(ask.url, grant.origin) &&
    ask.media.length > 0 &&
    ask.media.every((t) => t === 'video')
  );
}

/** Whether a permission request may be granted: media asked for video only, by the app's own page, in the main window's top frame. */
export function cameraRequestAllowed(
  grant: CameraGrant | undefined,
  contents: WebContents | null,
  permission: string,
  details: { requestingUrl?: string; isMainFrame?: boolean; mediaTypes?: readonly string[] },
): boolean {
  const { isMainFrame, requestingUrl: url, mediaTypes: media = [] } = details;
  return isOwnCameraAsk(grant, contents, { permission, isMainFrame, url, media });
}

/** The same answer for a permission check (asked before or without a request): video media for the app's own top frame. */
export function cameraCheckAllowed(
  grant: CameraGrant | undefined,
  contents: WebContents | null,
  permission: string,
  requestingOrigin: string,
  details: { isMainFrame?: boolean; mediaType?: string },
): boolean {
  const media = details.mediaType ? [details.mediaType] : [];
  return isOwnCameraAsk(grant, contents, {
    permission,
    isMainFrame: details.isMainFrame,
    url: requestingOrigin,
    media,
  });
}

/** Denies every permission (but the camera of `camera`, when given), every device and every network request for a session. */
export function hardenSession(session: Session, camera?: CameraGrant): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) =>
    callback(cameraRequestAllowed(camera, contents, permission, details as Parameters<typeof cameraRequestAllowed>[3])),
  );
  session.setPermissionCheckHandler((contents, permission, requestingOrigin, details) =>
    cameraCheckAllowed(camera, contents, permission, requestingOrigin, details),
  );
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback({}));
  session.webRequest.onBeforeRequest({ urls: BLOCKED_URL_PATTERNS }, (_details, callback) =>
    callback({ cancel: true }),
  );
  session.on('will-download', (event) => event.preventDefault());
}

/** No page may navigate away, open a window, redirect or attach a webview. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Applies `hardenWebContents` to every web contents the app ever creates. */
export function hardenAllWebContents(app: App): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}

import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/contentSecurityPolicy';
import { BLOCKED_URL_PATTERNS, hardenSession, hardenWebContents } from '../../../electron/security';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { createMainWindow } from '../../../electron/mainWindow';

type Listener = (...args: unknown[]) => unknown;

/**
 * Electron cannot run on this machine, so these record what our code registers on a
 * session and web contents and then call it the way Electron would.
 */
function recordingSession() {
  const registered: Record<string, Listener> = {};
  let requestFilter: { urls: string[] } | undefined;
  const session = {
    setPermissionRequestHandler: (fn: Listener) => (registered.permissionRequest = fn),
    setPermissionCheckHandler: (fn: Listener) => (registered.permissionCheck = fn),
    setDevicePermissionHandler: (fn: Listener) => (registered.devicePermission = fn),
    setDisplayMediaRequestHandler: (fn: Listener) => (registered.displayMedia = fn),
    on: (event: string, fn: Listener) => (registered[event] = fn),
    webRequest: {
      onBeforeRequest: (filter: { urls: string[] }, fn: Listener) => {
        requestFilter = filter;
        registered.beforeRequest = fn;
      },
    },
  };
  return { session, registered, filter: () => requestFilter };
}

function recordingContents() {
  const registered: Record<string, Listener> = {};
  const contents = {
    on: (event: string, fn: Listener) => (registered[event] = fn),
    setWindowOpenHandler: (fn: Listener) => (registered.windowOpen = fn),
  };
  return { contents, registered };
}

function preventable() {
  let prevented = false;
  return { event: { preventDefault: () => (prevented = true) }, prevented: () => prevented };
}

describe('hardenSession', () => {
  it('denies every permission request and check', () => {
    const { session, registered } = recordingSession();
    hardenSession(session as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      let answer: boolean | undefined;
      registered.permissionRequest?.({}, permission, (granted: boolean) => (answer = granted), {});
      expect(answer, permission).toBe(false);
      expect(registered.permissionCheck?.({}, permission, 'app://bundle', {})).toBe(false);
    }
    expect(registered.devicePermission?.({})).toBe(false);
  });

  it('grants the camera (video only) to the app page in the main window top frame, nothing else', () => {
    const { session, registered } = recordingSession();
    const main = { id: 1 };
    const other = { id: 2 };
    hardenSession(session as never, { origin: 'app://bundle', contents: () => main as never });
    const ask = (contents: object | null, permission: string, details: object) => {
      let answer: boolean | undefined;
      registered.permissionRequest?.(contents, permission, (granted: boolean) => (answer = granted), details);
      return answer;
    };
    const camera = { requestingUrl: 'app://bundle/index.html#/inventory', isMainFrame: true, mediaTypes: ['video'] };
    expect(ask(main, 'media', camera)).toBe(true);
    expect(ask(main, 'media', { ...camera, mediaTypes: ['video', 'audio'] })).toBe(false);
    expect(ask(main, 'media', { ...camera, mediaTypes: ['audio'] })).toBe(false);
    expect(ask(main, 'media', { ...camera, mediaTypes: [] })).toBe(false);
    expect(ask(main, 'media', { ...camera, isMainFrame: false })).toBe(false);
    expect(ask(main, 'media', { ...camera, requestingUrl: 'app://bundle.evil/index.html' })).toBe(false);
    expect(ask(main, 'media', { ...camera, requestingUrl: 'https://evil.example/' })).toBe(false);
    expect(ask(other, 'media', camera)).toBe(false);
    expect(ask(null, 'media', camera)).toBe(false);
    for (const permission of ['geolocation', 'notifications', 'clipboard-read', 'openExternal'])
      expect(ask(main, permission, camera), permission).toBe(false);
    const check = (contents: object | null, permission: string, origin: string, details: object) =>
      registered.permissionCheck?.(contents, permission, origin, details);
    expect(check(main, 'media', 'app://bundle', { isMainFrame: true, mediaType: 'video' })).toBe(true);
    expect(check(main, 'media', 'app://bundle', { isMainFrame: true, mediaType: 'audio' })).toBe(false);
    expect(check(main, 'media', 'app://bundle', { isMainFrame: false, mediaType: 'video' })).toBe(false);
    expect(check(main, 'media', 'https://evil.example', { isMainFrame: true, mediaType: 'video' })).toBe(false);
    expect(check(other, 'media', 'app://bundle', { isMainFrame: true, mediaType: 'video' })).toBe(false);
    expect(check(main, 'geolocation', 'app://bundle', { isMainFrame: true })).toBe(false);
  });

  it('cancels every http, https and websocket request', () => {
    const { session, registered, filter } = recordingSession();
    hardenSession(session as never);
    expect(filter()?.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']));
    let answer: unknown;
    registered.beforeRequest?.({ url: 'https://telemetry.example/' }, (response: unknown) => (answer = response));
    expect(answer).toEqual({ cancel: true });
    expect(BLOCKED_URL_PATTERNS).not.toContain('app://*/*');
  });

  it('refuses downloads', () => {
    const { session, registered } = recordingSession();
    hardenSession(session as never);
    const { event, prevented } = preventable();
    registered['will-download']?.(event);
    expect(prevented()).toBe(true);
  });
});

describe('hardenWebContents', () => {
  it('prevents navigation, redirects and webviews, and denies new windows', () => {
    const { contents, registered } = recordingContents();
    hardenWebContents(contents as never);
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const { event, prevented } = preventable();
      registered[name]?.(event, 'https://evil.example/');
      expect(prevented(), name).toBe(true);
    }
    expect(registered.windowOpen?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });
});

/** The options createMainWindow gives the window class, read through a stand-in class. */
function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  let captured: BrowserWindowConstructorOptions = {};
  class RecordingWindow {
    constructor(options: BrowserWindowConstructorOptions) {
      captured = options;
    }
  }
  createMainWindow(RecordingWindow as unknown as typeof BrowserWindow, preloadPath);
  return captured;
}

describe('main window options', () => {
  it('writes out isolation, sandbox and no Node integration', () => {
    const prefs = mainWindowOptions('/app/preload.cjs').webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('fits a 1280x800 screen', () => {
    const options = mainWindowOptions('/p');
    expect(options.minWidth).toBeLessThanOrEqual(1280);
    expect(options.minHeight).toBeLessThanOrEqual(800);
  });
});

describe('content security policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('has no unsafe-eval, no unsafe-inline and no remote origin', () => {
    for (const [name, values] of directives) {
      expect(values, name).not.toContain("'unsafe-eval'");
      expect(values, name).not.toContain("'unsafe-inline'");
      for (const value of values) expect(value, `${name} ${value}`).not.toMatch(/^(https?:|wss?:|\*)/);
    }
  });

  it('defaults to nothing and allows scripts only from the app itself', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')?.filter((v) => v !== "'wasm-unsafe-eval'")).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });
});

describe('the CSP meta element of the page', () => {
  it('is the served policy, less frame-ancestors which a meta element cannot carry', async () => {
    const { readFile } = await import('node:fs/promises');
    const html = await readFile(new URL('../../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const expected = CONTENT_SECURITY_POLICY.split('; ')
      .filter((d) => !d.startsWith('frame-ancestors'))
      .join('; ');
    expect(meta).toBe(expected);
  });
});

import type { BrowserWindow } from 'electron';

/**
 * Creates the main window with every security-relevant preference written out
 * rather than defaulted, inline where a static checker (electronegativity) sees it.
 * The class is passed in so tests can read the options without Electron.
 */
export function createMainWindow(Window: typeof BrowserWindow, preloadPath: string): BrowserWindow {
  return new Window({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 680,
    show: false,
    title: 'Clinic Assessor',
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableBlinkFeatures: '',
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    },
  });
}

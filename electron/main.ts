/** Wiring only: every decision lives in the module it names. */
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron';
import { APP_ENTRY_URL, APP_ORIGIN, registerAppSchemePrivileges, serveAppBundle } from './appProtocol';
import { electronDialogs } from './dialogs';
import { createIpcDispatch } from './ipc/dispatch';
import { FileHandleTable } from './ipc/fileHandleTable';
import { createHandlers } from './ipc/handlers';
import { registerIpc } from './ipc/register';
import { createMainWindow } from './mainWindow';
import { hardenAllWebContents, hardenSession } from './security';

const rendererRoot = path.join(__dirname, '..', 'renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');

registerAppSchemePrivileges(protocol);
app.enableSandbox();
hardenAllWebContents(app);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(() => {
    const main: { window?: BrowserWindow } = {};
    // The camera, for "Take photo" only: the app's own page in the main window's top frame.
    hardenSession(session.defaultSession, { origin: APP_ORIGIN, contents: () => main.window?.webContents });
    serveAppBundle(session.defaultSession.protocol, rendererRoot);
    const handles = new FileHandleTable();
    const dispatch = createIpcDispatch({
      trustedOrigin: APP_ORIGIN,
      handlers: createHandlers({
        dialogs: electronDialogs(dialog, () => BrowserWindow.getFocusedWindow()),
        identity: {
          name: app.getName(),
          version: app.getVersion(),
          versions: process.versions,
          platform: process.platform,
        },
        handles,
      }),
      log: (message, error) => console.error(message, error),
    });
    registerIpc(ipcMain, dispatch, (sender) => void handles.releaseSender(sender));
    const window = createMainWindow(BrowserWindow, preloadPath);
    main.window = window;
    window.once('ready-to-show', () => window.show());
    void window.loadURL(APP_ENTRY_URL);
  });
}

import type { BrowserWindow, Dialog } from 'electron';
import type { FileDialogs } from './ipc/fileHandlers';

/** The native file dialogs, attached to the focused window. */
export function electronDialogs(dialog: Dialog, focusedWindow: () => BrowserWindow | null): FileDialogs {
  return {
    async chooseFileToOpen({ title, filters }) {
      const window = focusedWindow();
      const options = { title, filters, properties: ['openFile' as const] };
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? undefined : result.filePaths[0];
    },
    async chooseFileToSave({ title, defaultName, filters }) {
      const window = focusedWindow();
      const options = {
        title,
        defaultPath: defaultName,
        filters,
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      };
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled ? undefined : result.filePath;
    },
  };
}

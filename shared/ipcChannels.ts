/** IPC channel names, kept free of dependencies so the preload script stays tiny. */
export const ipcChannels = {
  appInfo: 'app:info',
  openFile: 'file:open',
  saveFile: 'file:save',
} as const;

export type IpcMethod = keyof typeof ipcChannels;

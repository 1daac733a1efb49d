/** IPC channel names, kept free of dependencies so the preload script stays tiny. */
export const ipcChannels = {
  appInfo: 'app:info',
  openFile: 'file:open',
  saveFile: 'file:save',
  openRead: 'file:open-read',
  readChunk: 'file:read-chunk',
  closeRead: 'file:close-read',
  openWrite: 'file:open-write',
  writeChunk: 'file:write-chunk',
  commitWrite: 'file:commit-write',
  abortWrite: 'file:abort-write',
} as const;

export type IpcMethod = keyof typeof ipcChannels;

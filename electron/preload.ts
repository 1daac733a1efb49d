/**
 * The only bridge between the page and the main process: ONE frozen object of named
 * functions on `window.clinicAssessor`. No raw ipcRenderer, no Node objects cross it.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRequest, IpcResponses, IpcResult } from '../shared/ipc';
import { ipcChannels, type IpcMethod } from '../shared/ipcChannels';

function invoke<M extends IpcMethod>(method: M, request: IpcRequest<M>): Promise<IpcResult<IpcResponses[M]>> {
  return ipcRenderer.invoke(ipcChannels[method], request) as Promise<IpcResult<IpcResponses[M]>>;
}

const clinicAssessor = {
  appInfo: () => invoke('appInfo', undefined),
  openFile: (request: IpcRequest<'openFile'>) => invoke('openFile', request),
  saveFile: (request: IpcRequest<'saveFile'>) => invoke('saveFile', request),
  openRead: (request: IpcRequest<'openRead'>) => invoke('openRead', request),
  readChunk: (request: IpcRequest<'readChunk'>) => invoke('readChunk', request),
  closeRead: (request: IpcRequest<'closeRead'>) => invoke('closeRead', request),
  openWrite: (request: IpcRequest<'openWrite'>) => invoke('openWrite', request),
  writeChunk: (request: IpcRequest<'writeChunk'>) => invoke('writeChunk', request),
  commitWrite: (request: IpcRequest<'commitWrite'>) => invoke('commitWrite', request),
  abortWrite: (request: IpcRequest<'abortWrite'>) => invoke('abortWrite', request),
};

export type ClinicAssessorApi = typeof clinicAssessor;

contextBridge.exposeInMainWorld('clinicAssessor', Object.freeze(clinicAssessor));

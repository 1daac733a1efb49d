import type { IpcMain } from 'electron';
import { ipcContract, type IpcMethod } from '../../shared/ipc';
import type { IpcDispatch } from './dispatch';

/** Wires every contract channel to the dispatcher; the sender's frame URL is checked there. */
export function registerIpc(ipcMain: IpcMain, dispatch: IpcDispatch): void {
  for (const method of Object.keys(ipcContract) as IpcMethod[]) {
    ipcMain.handle(ipcContract[method].channel, (event, request: unknown) =>
      dispatch(method, event.senderFrame?.url, request),
    );
  }
}

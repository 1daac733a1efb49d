import type { IpcMain } from 'electron';
import { ipcContract, type IpcMethod } from '../../shared/ipc';
import type { IpcDispatch } from './dispatch';

/**
 * Wires every contract channel to the dispatcher; the sender's frame URL is checked
 * there. `onSenderGone` runs once when a page that called us is destroyed (to close
 * the files it left open).
 */
export function registerIpc(ipcMain: IpcMain, dispatch: IpcDispatch, onSenderGone?: (senderId: string) => void): void {
  const watched = new Set<number>();
  for (const method of Object.keys(ipcContract) as IpcMethod[]) {
    ipcMain.handle(ipcContract[method].channel, (event, request: unknown) => {
      const id = event.sender.id;
      if (onSenderGone && !watched.has(id)) {
        watched.add(id);
        event.sender.once('destroyed', () => {
          watched.delete(id);
          onSenderGone(String(id));
        });
      }
      return dispatch(method, event.senderFrame?.url, request, String(id));
    });
  }
}

import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { IpcResult } from '../../../shared/ipc/errors';
import type { SenderEvent } from '../security/trusted-senders';
import type { Dispatcher } from './dispatch';

const FORBIDDEN: IpcResult<never> = Object.freeze({
  ok: false,
  code: 'FORBIDDEN',
  message: 'This request did not come from the Habeas window and was refused.',
});

/** A frame that was disposed mid-check throws on access; that is an untrusted sender, not a crash. */
function safelyTrusted(isTrusted: (event: SenderEvent) => boolean, event: SenderEvent): boolean {
  try {
    return isTrusted(event);
  } catch {
    return false;
  }
}

/**
 * One `ipcMain.handle` per contract channel, all identical: check the sender first (our window,
 * its top frame, our origin), then let the shared dispatcher parse the input and run the handler.
 * The same dispatcher backs the Chromium e2e shim, so both transports run the same checks.
 * Returns a function that removes every handler.
 */
export function registerIpc(
  dispatcher: Dispatcher,
  isTrusted: (event: SenderEvent) => boolean,
  log: (message: string) => void = () => {},
): () => void {
  for (const channel of dispatcher.channels) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, raw: unknown): Promise<IpcResult<unknown>> => {
      if (!safelyTrusted(isTrusted, event)) {
        log(`ipc: refused ${channel} from an untrusted sender`);
        return FORBIDDEN;
      }
      return dispatcher.dispatch(channel, raw);
    });
  }
  return () => {
    for (const channel of dispatcher.channels) ipcMain.removeHandler(channel);
  };
}

import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { isAppUrl } from './app-url';

/** The parts of an IPC event the sender check reads; a structural type so tests can build one. */
export type SenderEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

export interface TrustedSenders {
  /** Call once for each window we create; the id is forgotten when the contents are destroyed. */
  trust(contents: WebContents): void;
  /** Only our own windows, only their top frame, only while that frame shows our own origin. */
  isTrusted(event: SenderEvent): boolean;
}

/**
 * Electron checklist item 17 ("validate the sender of all IPC messages"): a compromised subframe,
 * a page that navigated away, or any other webContents must not reach a vault handler.
 */
export function createTrustedSenders(): TrustedSenders {
  const trusted = new Set<number>();
  return {
    trust(contents) {
      const id = contents.id;
      trusted.add(id);
      contents.once('destroyed', () => trusted.delete(id));
    },
    isTrusted(event) {
      return isTrustedSender(event, trusted);
    },
  };
}

export function isTrustedSender(event: SenderEvent, trustedIds: ReadonlySet<number>): boolean {
  const sender = event.sender;
  // senderFrame is null when the frame has navigated or been destroyed since it sent the message.
  const frame = event.senderFrame;
  if (!sender || !frame || !trustedIds.has(sender.id)) return false;
  if (frame !== sender.mainFrame) return false;
  return isAppUrl(frame.url);
}

import type { SenderEvent } from '../../../electron/main/security/trusted-senders';
import { isTrustedSender } from '../../../electron/main/security/trusted-senders';
import { isTestAppUrl, toRealAppUrl } from './app-origin';

/**
 * The shim's sender check is the app's own `isTrustedSender` (electron/main/security/
 * trusted-senders.ts), fed with what Playwright knows about the caller instead of an
 * IpcMainInvokeEvent:
 *   event.sender        → the calling page; trusted only if it is the page the harness opened
 *                         (the app trusts its BrowserWindow's webContents id)
 *   sender.mainFrame    → page.mainFrame()
 *   event.senderFrame   → the calling frame, with its URL mapped from the test origin onto
 *                         app://habeas (any other URL, app:// itself included, is refused)
 * So sub-frames, other pages, about:blank, data: and foreign origins get FORBIDDEN before the
 * input is parsed, exactly as in the app.
 */
export interface CallerInfo<P, F> {
  page: P | null | undefined;
  frame: F | null | undefined;
  mainFrame: F | null | undefined;
  frameUrl: string;
}

const TRUSTED_ID = 1;
const UNTRUSTED_ID = 2;

export function isTrustedCaller<P, F>(caller: CallerInfo<P, F>, appPage: P | null): boolean {
  // Only the test origin stands for app://habeas here; a frame claiming app:// itself is not ours.
  if (!isTestAppUrl(caller.frameUrl)) return false;
  const isOurWindow = appPage !== null && caller.page === appPage;
  const frameOf = (frame: F | null | undefined) => (frame ? { url: toRealAppUrl(caller.frameUrl), identity: frame } : null);
  const frame = frameOf(caller.frame);
  // The app compares senderFrame with sender.mainFrame by identity; keep one object per frame.
  const mainFrame = caller.mainFrame && caller.mainFrame === caller.frame ? frame : frameOf(caller.mainFrame);
  const event = {
    sender: caller.page ? { id: isOurWindow ? TRUSTED_ID : UNTRUSTED_ID, mainFrame } : null,
    senderFrame: frame,
  } as unknown as SenderEvent; // structural stand-in for the Electron objects the check reads
  try {
    return isTrustedSender(event, new Set([TRUSTED_ID]));
  } catch {
    return false;
  }
}

/** Same envelope as electron/main/ipc/register.ts returns to an untrusted sender. */
export const FORBIDDEN_RESULT = {
  ok: false,
  code: 'FORBIDDEN',
  message: 'This request did not come from the Habeas window and was refused.',
} as const;

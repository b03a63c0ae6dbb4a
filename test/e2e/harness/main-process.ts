import { createDispatcher, type Dispatcher } from '../../../electron/main/ipc/dispatch';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { VaultSession, type LockReason } from '../../../electron/main/core/session/vault-session';
import type { Desktop, SaveDialogOptions } from '../../../electron/main/core/session/desktop';
import { sourceFontsDir } from '../../../electron/main/core/reports/pdf/fonts';
import type { ExhibitProgress } from '../../../shared/exhibits';
import type { ReportProgress } from '../../../shared/reports/requests';

/**
 * The desktop as the e2e's user answers it: the save dialog returns whatever the test put in
 * `nextSavePath` (null: cancelled), and "open with another program" only records the path.
 */
export class FakeDesktop implements Desktop {
  nextSavePath: string | null = null;
  readonly suggested: string[] = [];
  /** The options of each save dialog, in order (reports ask before replacing a file). */
  readonly dialogOptions: Array<SaveDialogOptions | undefined> = [];
  readonly opened: string[] = [];
  constructor(private readonly temp: string) {}
  async chooseSavePath(suggestedName: string, options?: SaveDialogOptions): Promise<string | null> {
    this.suggested.push(suggestedName);
    this.dialogOptions.push(options);
    return this.nextSavePath;
  }
  async openPath(path: string): Promise<string> {
    this.opened.push(path);
    return '';
  }
  tempRoot(): string {
    return this.temp;
  }
}

/**
 * The real main-process side: the same VaultSession, handler table and dispatcher the app registers
 * on ipcMain, over a real vault directory with the real (standard) KDF profile. Only the transport
 * differs (exposeBinding instead of ipcMain).
 */
export interface MainProcess {
  session: VaultSession;
  dispatcher: Dispatcher;
  /** What the dispatcher logged (unexpected errors); the e2e expects this to stay empty. */
  log: Array<{ message: string; detail: string }>;
  /** Called with the reason each time the session locks. */
  onLocked(listener: (reason: LockReason) => void): void;
  desktop: FakeDesktop;
  /** Sends main → renderer events; set by the shim once the page exists. */
  onExhibitProgress(listener: (progress: ExhibitProgress) => void): void;
  onReportProgress(listener: (progress: ReportProgress) => void): void;
}

/** `tempDir`: where private copies for other programs go (the app uses the system's temp folder). */
export function startMainProcess(vaultDir: string, tempDir: string): MainProcess {
  const desktop = new FakeDesktop(tempDir);
  const progressListeners: Array<(progress: ExhibitProgress) => void> = [];
  const reportListeners: Array<(progress: ReportProgress) => void> = [];
  const listeners: Array<(reason: LockReason) => void> = [];
  const log: MainProcess['log'] = [];
  // No kdfProfile: this is the app's path, Argon2id calibrated to ~1 s with the 128 MiB floor.
  const session = new VaultSession({
    dir: vaultDir,
    program: 'the Habeas e2e test',
    onLocked: (reason) => {
      for (const listener of listeners) listener(reason);
    },
    desktop,
    onExhibitProgress: (progress) => {
      for (const listener of progressListeners) listener(progress);
    },
    // The app passes resources/fonts (packaged) or build/fonts; here, the checkout's.
    fontsDir: sourceFontsDir(),
    onReportProgress: (progress) => {
      for (const listener of reportListeners) listener(progress);
    },
  });
  const dispatcher = createDispatcher(createHandlers(session), (message, detail) => {
    log.push({ message, detail: detail instanceof Error ? `${detail.name}: ${detail.message}` : String(detail) });
  });
  return {
    session,
    dispatcher,
    log,
    desktop,
    onLocked: (listener) => listeners.push(listener),
    onExhibitProgress: (listener) => progressListeners.push(listener),
    onReportProgress: (listener) => reportListeners.push(listener),
  };
}

/**
 * What the evidence locker needs from the desktop, injected so core stays free of Electron: main
 * implements it with `dialog` and `shell`, the Chromium e2e with a fake that answers for the user.
 */
export interface Desktop {
  /** Asks the user where to save a file, suggesting `suggestedName`; null when they cancelled. */
  chooseSavePath(suggestedName: string): Promise<string | null>;
  /** Opens the file with the system's program for its type; resolves to '' or an error message. */
  openPath(path: string): Promise<string>;
  /** Where private temporary copies for other programs are made (the system's temp folder). */
  tempRoot(): string;
}

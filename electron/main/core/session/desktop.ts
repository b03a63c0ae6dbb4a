/** How the save dialog behaves beyond the suggested name. */
export interface SaveDialogOptions {
  /**
   * The caller replaces an existing file (reports), so the dialog asks before choosing one.
   * Without it the caller refuses to overwrite (exhibit exports) and the dialog need not ask.
   */
  readonly replace?: boolean;
  /** Offer only files of this kind, e.g. { name: 'PDF', extensions: ['pdf'] }. */
  readonly filter?: { readonly name: string; readonly extensions: readonly string[] };
}

/**
 * What the evidence locker and the report desk need from the desktop, injected so core stays free
 * of Electron: main implements it with `dialog` and `shell`, the Chromium e2e with a fake that
 * answers for the user.
 */
export interface Desktop {
  /** Asks the user where to save a file, suggesting `suggestedName`; null when they cancelled. */
  chooseSavePath(suggestedName: string, options?: SaveDialogOptions): Promise<string | null>;
  /** Opens the file with the system's program for its type; resolves to '' or an error message. */
  openPath(path: string): Promise<string>;
  /** Where private temporary copies for other programs are made (the system's temp folder). */
  tempRoot(): string;
}

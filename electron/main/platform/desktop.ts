import { join } from 'node:path';
import { app, dialog, shell, type BrowserWindow } from 'electron';
import type { Desktop } from '../core/session/desktop';

/**
 * The evidence locker's desktop port with Electron's own dialogs and shell. The suggested name is
 * already reduced to a safe last segment (core/exhibits/safe-file-name.ts); the user picks the
 * folder. Overwriting is refused by the export itself, so the dialog does not ask about it.
 */
export function electronDesktop(window: () => BrowserWindow | null): Desktop {
  return {
    async chooseSavePath(suggestedName) {
      const options = { defaultPath: join(app.getPath('documents'), suggestedName), properties: ['createDirectory' as const] };
      const parent = window();
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    openPath: (path) => shell.openPath(path),
    tempRoot: () => app.getPath('temp'),
  };
}

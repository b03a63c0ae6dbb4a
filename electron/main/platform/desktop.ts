import { join } from 'node:path';
import { app, dialog, shell, type BrowserWindow } from 'electron';
import type { Desktop } from '../core/session/desktop';

/**
 * The desktop port of the evidence locker and the report desk, with Electron's own dialogs and
 * shell. The suggested name is already reduced to a safe last segment (core/exhibits/
 * safe-file-name.ts, or a report's neutral name); the user picks the folder. Exhibit exports
 * refuse to overwrite, so the dialog does not ask about it for them; reports replace the file, so
 * there (`replace`) it asks first (macOS and Windows always ask).
 */
export function electronDesktop(window: () => BrowserWindow | null): Desktop {
  return {
    async chooseSavePath(suggestedName, { replace = false, filter } = {}) {
      const options = {
        defaultPath: join(app.getPath('documents'), suggestedName),
        properties: replace ? ['createDirectory' as const, 'showOverwriteConfirmation' as const] : ['createDirectory' as const],
        ...(filter ? { filters: [{ name: filter.name, extensions: [...filter.extensions] }] } : {}),
      };
      const parent = window();
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    openPath: (path) => shell.openPath(path),
    tempRoot: () => app.getPath('temp'),
  };
}

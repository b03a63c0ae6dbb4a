/**
 * The security-relevant webPreferences every Habeas window must have, written out independently of
 * electron/main/windows/main-window.ts so a change there cannot silently change the expectation.
 * Shared by the unit test (options passed to BrowserWindow) and the real-Electron e2e (what Electron
 * reports back).
 */
export const HARDENED_WEB_PREFERENCES = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  spellcheck: false,
  navigateOnDragDrop: false,
} as const;

import { Menu, type MenuItemConstructorOptions } from 'electron';

/**
 * Replaces Electron's default menu, whose Help items open electronjs.org in the system browser.
 * macOS needs the app and Edit menus for Quit and the clipboard shortcuts; elsewhere Chromium
 * handles those keys itself, so there is no menu bar at all. Unpackaged builds add View
 * (reload, DevTools).
 */
export function applicationMenu(platform: NodeJS.Platform, devTools: boolean): Menu | null {
  const template: MenuItemConstructorOptions[] =
    platform === 'darwin' ? [{ role: 'appMenu' }, { role: 'editMenu' }, { role: 'windowMenu' }] : [];
  if (devTools) template.push({ role: 'viewMenu' });
  return template.length > 0 ? Menu.buildFromTemplate(template) : null;
}

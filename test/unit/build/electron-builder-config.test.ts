/**
 * electron-builder.yml checked against electron-builder's own schema (no packaging, no network),
 * plus the release-hardening decisions that must not drift: fuses, no update channel, the files
 * allowlist, and the resources it points at.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Configuration } from 'app-builder-lib';

const root = resolve(__dirname, '../../..');
const load = () => getConfig(root, resolve(root, 'electron-builder.yml'), null);
let config: Configuration;

beforeAll(async () => {
  config = await load();
});

describe('electron-builder.yml', () => {
  it('is valid for the installed electron-builder', { timeout: 60_000 }, async () => {
    // validateConfiguration normalises what it is given, so it gets its own copy.
    await expect(validateConfiguration(await load(), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('flips every hardening fuse', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('publishes nowhere, so no update metadata is generated', () => {
    expect(config.publish).toBeNull();
    expect(config.detectUpdateChannel).toBe(false);
    expect(config.generateUpdatesFilesForAllChannels).toBe(false);
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    const deps = { ...pkg.dependencies, ...pkg.devDependencies };
    for (const banned of ['electron-updater', 'update-electron-app', '@electron/remote', '@sentry/electron']) {
      expect(deps).not.toHaveProperty(banned);
    }
  });

  it('ships only the build output and package.json, in an asar', () => {
    // getConfig normalises the list into a single filter set.
    expect(config.files).toEqual([
      {
        filter: ['out/**/*', 'package.json', '!**/node_modules/@napi-rs/**', '!**/node_modules/pdfjs-dist/{build,web,image_decoders,types}/**', '!**/node_modules/**/*.map', '!**/node_modules/{canvg,html2canvas,dompurify,core-js,raf,performance-now,regenerator-runtime,rgbcolor,stackblur-canvas,svg-pathdata,base64-arraybuffer,css-line-break,text-segmentation,utrie,@babel/runtime,@types}/**'],
      },
    ]);
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toBeUndefined();
  });

  it('ships the PDF fonts with their licence as plain resources', () => {
    expect(config.extraResources).toEqual([{ from: 'build/fonts', to: 'fonts', filter: ['*.ttf', 'LICENSE-DejaVu.txt', 'README.md'] }]);
    for (const file of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf', 'LICENSE-DejaVu.txt']) {
      expect(existsSync(resolve(root, 'build/fonts', file)), file).toBe(true);
    }
    // TrueType files start with the sfnt version 0x00010000, and the licence is the Bitstream Vera one.
    expect(readFileSync(resolve(root, 'build/fonts/DejaVuSans.ttf')).readUInt32BE(0)).toBe(0x00010000);
    expect(readFileSync(resolve(root, 'build/fonts/LICENSE-DejaVu.txt'), 'utf8')).toContain('Bitstream');
  });

  it('names the app and its targets', () => {
    expect(config.appId).toBe('org.habeas.desktop');
    expect(config.productName).toBe('Habeas');
    expect(config.directories?.buildResources).toBe('build');
    const targets = (platform: { target?: unknown } | null | undefined) =>
      (platform?.target as Array<{ target: string }>).map((t) => t.target);
    expect(targets(config.win)).toEqual(['nsis']);
    expect(targets(config.mac)).toEqual(['dmg']);
    expect(targets(config.linux)).toEqual(['AppImage', 'deb']);
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false);
  });

  it('points at resources that exist', () => {
    for (const file of ['build/icon.png', 'build/entitlements.mac.plist']) {
      expect(existsSync(resolve(root, file)), file).toBe(true);
    }
    const png = readFileSync(resolve(root, 'build/icon.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // IHDR width and height: 512 × 512 is what electron-builder needs to derive .ico and .icns.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    const entitlements = readFileSync(resolve(root, 'build/entitlements.mac.plist'), 'utf8');
    expect(entitlements).toContain('com.apple.security.cs.allow-jit');
    expect(entitlements).not.toMatch(/network\.client|network\.server|disable-library-validation|get-task-allow/);
  });
});

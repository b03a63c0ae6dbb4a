/**
 * Packages the app with electron-builder exactly as electron-builder.yml says, offline, into a
 * temp dir, and reads back what a release would contain: the fuses flipped in the executable
 * (security.md §2.2, checklist E9) and the files inside app.asar (the allowlist: build output,
 * package.json, production dependencies — no sources, tests, maps or update metadata).
 *
 * The Electron binary cannot be downloaded here, so `electronDist` points at a stand-in that
 * carries Electron's fuse wire (sentinel + version 1 + Electron's default fuse states); the
 * fuses are flipped in it by the same @electron/fuses code that flips them in a real binary.
 * Linux `dir` target only: the installers (nsis, dmg, AppImage, deb) need downloaded toolsets.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's shipped defaults, in FuseV1Options order ('1' on, '0' off). */
const DEFAULT_WIRE = '10110001';
/** Fuse states as stored in the wire (the ASCII digits; @electron/fuses does not export its enum). */
const ON = '1'.charCodeAt(0);
const OFF = '0'.charCodeAt(0);

const canRun = process.platform === 'linux' && existsSync(join(ROOT, 'out', 'main', 'index.js'));
if (!canRun) console.log('skipped: packaging check needs Linux and `npm run build` output');

describe.skipIf(!canRun)('a release package (electron-builder --linux dir, offline)', () => {
  let base: string;
  let unpacked: string;
  let files: string[];

  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'habeas-package-'));
    const dist = join(base, 'electron-dist');
    await mkdir(dist);
    const stub = Buffer.concat([
      Buffer.from('#!/bin/sh\necho "stand-in for the Electron binary"\n#'),
      Buffer.from(SENTINEL),
      Buffer.from([1, DEFAULT_WIRE.length]),
      Buffer.from(DEFAULT_WIRE),
      Buffer.from('\n'),
    ]);
    await writeFile(join(dist, 'electron'), stub);
    chmodSync(join(dist, 'electron'), 0o755);
    await writeFile(join(dist, 'version'), 'v45.5.0');
    await writeFile(join(dist, 'LICENSE'), '');
    await writeFile(join(dist, 'chrome-sandbox'), '');
    const cli = join(dirname(require.resolve('electron-builder/package.json', { paths: [ROOT] })), 'cli.js');
    const result = spawnSync(
      process.execPath,
      [cli, '--linux', 'dir', '--publish', 'never', `-c.electronDist=${dist}`, `-c.directories.output=${join(base, 'dist')}`],
      { cwd: ROOT, encoding: 'utf8', timeout: 170_000 },
    );
    if (result.status !== 0) throw new Error(`electron-builder failed:\n${result.stdout}\n${result.stderr}`);
    unpacked = join(base, 'dist', 'linux-unpacked');
    files = listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false }).map((f) => f.replaceAll('\\', '/'));
  }, 180_000);

  afterAll(async () => {
    if (base) await rm(base, { recursive: true, force: true });
  });

  it('has every fuse in the executable set as electron-builder.yml says', async () => {
    const executable = readdirSync(unpacked).find((name) => name === 'habeas' || name === 'Habeas');
    expect(executable).toBeDefined();
    const wire = await getCurrentFuseWire(join(unpacked, executable!));
    const state = (option: FuseV1Options) => (wire as Record<number, number>)[option];
    expect({
      RunAsNode: state(FuseV1Options.RunAsNode),
      EnableCookieEncryption: state(FuseV1Options.EnableCookieEncryption),
      EnableNodeOptionsEnvironmentVariable: state(FuseV1Options.EnableNodeOptionsEnvironmentVariable),
      EnableNodeCliInspectArguments: state(FuseV1Options.EnableNodeCliInspectArguments),
      EnableEmbeddedAsarIntegrityValidation: state(FuseV1Options.EnableEmbeddedAsarIntegrityValidation),
      OnlyLoadAppFromAsar: state(FuseV1Options.OnlyLoadAppFromAsar),
      LoadBrowserProcessSpecificV8Snapshot: state(FuseV1Options.LoadBrowserProcessSpecificV8Snapshot),
      GrantFileProtocolExtraPrivileges: state(FuseV1Options.GrantFileProtocolExtraPrivileges),
    }).toEqual({
      RunAsNode: OFF,
      EnableCookieEncryption: ON,
      EnableNodeOptionsEnvironmentVariable: OFF,
      EnableNodeCliInspectArguments: OFF,
      EnableEmbeddedAsarIntegrityValidation: ON,
      OnlyLoadAppFromAsar: ON,
      LoadBrowserProcessSpecificV8Snapshot: OFF,
      GrantFileProtocolExtraPrivileges: OFF,
    });
  });

  it('packs only the build output, package.json and the production dependencies', () => {
    const top = new Set(files.map((f) => f.split('/').filter(Boolean).slice(0, 2).join('/')));
    expect([...top].sort()).toEqual(
      [
        'node_modules',
        'node_modules/exifr',
        'node_modules/hash-wasm',
        'node_modules/pdfjs-dist',
        'node_modules/zod',
        // jsPDF and what its Node build requires (PNG support); its HTML/SVG helpers are left out.
        'node_modules/jspdf',
        'node_modules/jspdf-autotable',
        'node_modules/fflate',
        'node_modules/fast-png',
        'node_modules/iobuffer',
        'node_modules/pako',
        'out',
        'out/main',
        'out/preload',
        'out/renderer',
        'package.json',
      ].sort(),
    );
    for (const needed of ['/out/main/index.js', '/out/main/report-worker.js', '/out/preload/index.js', '/out/renderer/index.html', '/package.json']) {
      expect(files).toContain(needed);
    }
    const ours = files.filter((f) => f.startsWith('/out/'));
    expect(ours.filter((f) => /\.(ts|tsx|map)$/.test(f)), 'sources or source maps in the package').toEqual([]);
    const manifest = JSON.parse(extractFile(join(unpacked, 'resources', 'app.asar'), 'package.json').toString('utf8')) as Record<string, unknown>;
    expect(manifest.main).toBe('./out/main/index.js');
    expect(Object.keys(manifest.dependencies as object).sort()).toEqual(['exifr', 'hash-wasm', 'jspdf', 'jspdf-autotable', 'pdfjs-dist', 'zod']);
    // pdf.js: only the Node build main imports (with its worker beside it), no native canvas.
    expect(files).toContain('/node_modules/pdfjs-dist/legacy/build/pdf.mjs');
    expect(files).toContain('/node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs');
    expect(files.filter((f) => f.startsWith('/node_modules/pdfjs-dist/build/') || f.endsWith('.map') || f.endsWith('.node'))).toEqual([]);
  });

  it('writes no update metadata and unpacks nothing outside the asar but the PDF fonts', () => {
    const resources = readdirSync(join(unpacked, 'resources'));
    expect(resources.sort()).toEqual(['app.asar', 'fonts']);
    expect(readdirSync(join(unpacked, 'resources', 'fonts')).sort()).toEqual(['DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf', 'DejaVuSans.ttf', 'LICENSE-DejaVu.txt', 'README.md']);
    expect(readdirSync(join(base, 'dist')).filter((f) => /latest.*\.yml|app-update\.yml/.test(f))).toEqual([]);
  });
});

#!/usr/bin/env node
// `npm start`: build with electron-vite, then run the app in Electron. Never downloads anything:
// without a provisioned Electron binary it says so and stops.
'use strict';

const { spawn, spawnSync } = require('node:child_process');
const { existsSync, readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

const { demoVaultEnv } = require('./start-demo.cjs');

const root = join(__dirname, '..', '..');

/** Where the `electron` package keeps its binary inside a dist directory, per platform. */
function executableIn(distDir) {
  const pathFile = join(dirname(require.resolve('electron/package.json', { paths: [root] })), 'path.txt');
  if (existsSync(pathFile)) return join(distDir, readFileSync(pathFile, 'utf8').trim());
  if (process.platform === 'win32') return join(distDir, 'electron.exe');
  if (process.platform === 'darwin') return join(distDir, 'Electron.app', 'Contents', 'MacOS', 'Electron');
  return join(distDir, 'electron');
}

/** The Electron executable, or null. Deliberately does not require('electron'): that downloads. */
function findElectron() {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const binary = executableIn(override);
    return existsSync(binary) ? binary : null;
  }
  const dist = join(dirname(require.resolve('electron/package.json', { paths: [root] })), 'dist');
  const binary = executableIn(dist);
  return existsSync(dist) && existsSync(binary) ? binary : null;
}

async function main() {
  const electron = findElectron();
  if (!electron) {
    console.error(
      [
        'No Electron binary: Habeas cannot start here.',
        process.env.ELECTRON_OVERRIDE_DIST_PATH
          ? `ELECTRON_OVERRIDE_DIST_PATH=${process.env.ELECTRON_OVERRIDE_DIST_PATH} does not contain an Electron executable.`
          : 'node_modules/electron/dist is missing (this machine cannot download it).',
        'Set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron 45 (the directory that holds the',
        '`electron` executable, checked against node_modules/electron/checksums.json) and run npm start again.',
        'Without one, the Chromium e2e (`npm run test:e2e`) covers the UI against the real main-process handlers.',
      ].join('\n'),
    );
    process.exit(1);
  }

  const viteBin = join(dirname(require.resolve('electron-vite/package.json', { paths: [root] })), 'bin', 'electron-vite.js');
  const build = spawnSync(process.execPath, [viteBin, 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);

  const env = { ...process.env, ...(await demoVaultEnv(root, process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout })) };
  // The app must never run as plain Node, whatever the caller's shell has set.
  delete env.ELECTRON_RUN_AS_NODE;
  const appArgs = process.argv.slice(2).filter((a) => a !== '--demo' && a !== '--no-demo');
  const child = spawn(electron, ['.', ...appArgs], { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
}

main().catch((error) => {
  console.error(error && error.message ? error.message : String(error));
  process.exit(1);
});

'use strict';
// `npm start` offers the demo vault: ~40 synthetic cases a newcomer can open without typing any
// real data. It lives in .demo-vault/ in the checkout; its passphrase is public on purpose.

const { spawnSync } = require('node:child_process');
const { existsSync, renameSync, rmSync } = require('node:fs');
const { join } = require('node:path');
const readline = require('node:readline/promises');

const DEMO_PASSPHRASE = 'habeas demo vault - synthetic cases only';

function demoDir(root) {
  return join(root, '.demo-vault');
}

/** Whether to open the demo vault: `--demo` says yes, `--no-demo` no, otherwise ask on a terminal. */
async function wantsDemo(argv, io) {
  if (argv.includes('--demo')) return true;
  if (argv.includes('--no-demo') || !io.stdin.isTTY) return false;
  const rl = readline.createInterface({ input: io.stdin, output: io.stdout });
  try {
    const answer = await rl.question('Open the demo vault of synthetic cases (no real data)? [Y/n] ');
    return !/^\s*n/i.test(answer);
  } finally {
    rl.close();
  }
}

/**
 * Environment additions for the app: HABEAS_VAULT_DIR pointing at the demo vault (created on first
 * use with `habeas demo`), or nothing when the user keeps their own vault. An explicit
 * HABEAS_VAULT_DIR always wins.
 */
async function demoVaultEnv(root, argv, io, env = process.env, dir = demoDir(root)) {
  if (env.HABEAS_VAULT_DIR || !(await wantsDemo(argv, io))) return {};
  if (!existsSync(join(dir, 'header.json'))) {
    io.stdout.write('Creating the demo vault (this takes a few seconds)…\n');
    // Built beside its final place and renamed in one step, so an interrupted creation never
    // leaves a half-filled demo vault that would be opened next time.
    const building = `${dir}.building`;
    rmSync(building, { recursive: true, force: true });
    const created = spawnSync(process.execPath, [join(root, 'electron', 'cli', 'bin.cjs'), 'demo', building], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...env, HABEAS_PASSPHRASE: DEMO_PASSPHRASE },
    });
    if (created.status !== 0) throw new Error('Could not create the demo vault; see the message above.');
    rmSync(dir, { recursive: true, force: true });
    renameSync(building, dir);
  }
  io.stdout.write(`Demo vault: ${dir}\nPassphrase: ${DEMO_PASSPHRASE}\n`);
  return { HABEAS_VAULT_DIR: dir };
}

module.exports = { DEMO_PASSPHRASE, demoDir, demoVaultEnv, wantsDemo };

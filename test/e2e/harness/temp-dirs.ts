import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * Every directory one e2e run may write to, under a single fresh root so the canary scan can cover
 * all of them and cleanup is one `rm -r`:
 *   vault/    the vault the main-process handlers write
 *   profile/  Chromium's user-data-dir (kept after the browser closes, so it can be scanned)
 *   home/     $HOME and XDG dirs of the browser process (~/.pki, ~/.config/chromium/Crash Reports, dconf)
 *   tmp/      $TMPDIR of the browser process
 *   node-tmp/ $TMPDIR of the test process while the run lasts (Playwright's artifacts dir lands here)
 */
export interface RunDirs {
  root: string;
  vault: string;
  profile: string;
  home: string;
  browserTmp: string;
  nodeTmp: string;
}

export async function createRunDirs(prefix = 'habeas-e2e-'): Promise<RunDirs> {
  const root = await mkdtemp(path.join(os.tmpdir(), prefix));
  const dirs: RunDirs = {
    root,
    vault: path.join(root, 'vault'),
    profile: path.join(root, 'profile'),
    home: path.join(root, 'home'),
    browserTmp: path.join(root, 'tmp'),
    nodeTmp: path.join(root, 'node-tmp'),
  };
  // The vault dir is left for the vault to create (it must not exist before `vault.create`).
  for (const dir of [dirs.profile, dirs.home, dirs.browserTmp, dirs.nodeTmp]) await mkdir(dir, { recursive: true, mode: 0o700 });
  return dirs;
}

/** Points os.tmpdir() of this process at `dir` until the returned function is called. */
export function redirectProcessTmpdir(dir: string): () => void {
  const saved = { TMPDIR: process.env.TMPDIR, TMP: process.env.TMP, TEMP: process.env.TEMP };
  process.env.TMPDIR = process.env.TMP = process.env.TEMP = dir;
  return () => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
}

export async function removeRunDirs(dirs: RunDirs): Promise<void> {
  await rm(dirs.root, { recursive: true, force: true, maxRetries: 3 });
}

import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface PathInputs {
  isPackaged: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

/**
 * Test and development overrides. A packaged build ignores them, so nobody can point an installed
 * Habeas at another vault or profile through the environment.
 */
function override(name: 'HABEAS_VAULT_DIR' | 'HABEAS_USER_DATA_DIR', { isPackaged, env }: PathInputs): string | null {
  const value = env[name];
  return !isPackaged && value ? resolve(value) : null;
}

/** The Chromium profile directory, if overridden (the e2e gives each run its own). */
export function userDataOverride(inputs: PathInputs): string | null {
  return override('HABEAS_USER_DATA_DIR', inputs);
}

/** `<userData>/vault` unless HABEAS_VAULT_DIR is set in an unpackaged build. */
export function vaultDirFor(userData: string, inputs: PathInputs): string {
  return override('HABEAS_VAULT_DIR', inputs) ?? join(userData, 'vault');
}

/**
 * Where Chromium would put crash dumps. Habeas never starts the crash reporter, so nothing should
 * ever be written here; the directory is pinned inside the profile (covered by the canary scan)
 * and deleted at start and at quit in case a native crash leaves a minidump with renderer memory.
 */
export function crashDumpsDir(userData: string): string {
  return join(userData, 'crash-dumps');
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true, maxRetries: 2 });
}

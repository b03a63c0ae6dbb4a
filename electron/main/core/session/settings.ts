import type { Vault } from '../vault/vault';

/** Per-vault settings, kept as one record inside the vault (so they are encrypted like the rest). */
export const SETTINGS_TYPE = 'settings';
export const SETTINGS_ID = '00000000-0000-4000-8000-000000000001';
export const DEFAULT_AUTO_LOCK_MINUTES = 5;

export interface Settings {
  autoLockMinutes: number;
  /** Recorded as "saved by" on each revision; null until the user names their profile. */
  profileName: string | null;
}

/** The stored settings, with defaults for anything missing or malformed. */
export function readSettings(vault: Vault): Settings {
  const data = vault.get(SETTINGS_ID)?.data as { autoLockMinutes?: unknown; profileName?: unknown } | undefined;
  const minutes = data?.autoLockMinutes;
  const name = data?.profileName;
  return {
    autoLockMinutes: typeof minutes === 'number' && Number.isInteger(minutes) && minutes >= 0 ? minutes : DEFAULT_AUTO_LOCK_MINUTES,
    profileName: typeof name === 'string' && name.length > 0 ? name : null,
  };
}

export async function writeSettings(vault: Vault, settings: Settings): Promise<void> {
  await vault.put(SETTINGS_TYPE, SETTINGS_ID, 1, settings, vault.currentRevision(SETTINGS_ID));
}

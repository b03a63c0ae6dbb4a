import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LockReason } from '../../../electron/main/core/session/vault-session';
import { IDLE_POLL_MS, isIdleLockDue, startAutoLock, SYSTEM_LOCK_EVENTS } from '../../../electron/main/platform/auto-lock';
import { crashDumpsDir, userDataOverride, vaultDirFor } from '../../../electron/main/platform/paths';
import { sendEvent } from '../../../electron/main/ipc/events';

describe('isIdleLockDue', () => {
  it.each([
    [0, 5, false],
    [299, 5, false],
    [300, 5, true],
    [10_000, 5, true],
    [10_000, 0, false], // 0 = never
    [59, 1, false],
    [60, 1, true],
    [Number.NaN, 5, false],
    [Number.POSITIVE_INFINITY, 5, false],
    [300, -1, false],
  ])('idle %s s with a %s-minute setting → %s', (idle, minutes, due) => {
    expect(isIdleLockDue(idle, minutes)).toBe(due);
  });
});

describe('startAutoLock', () => {
  function setup(minutes = 5) {
    const listeners = new Map<string, () => void>();
    let idle = 0;
    const locks: LockReason[] = [];
    const session = {
      isUnlocked: true,
      autoLockAfterMinutes: minutes,
      lock: vi.fn(async (reason: LockReason) => {
        locks.push(reason);
        session.isUnlocked = false;
      }),
    };
    const powerMonitor = {
      on: vi.fn((event: string, listener: () => void) => listeners.set(event, listener)),
      removeListener: vi.fn((event: string) => listeners.delete(event)),
      getSystemIdleTime: () => idle,
    };
    const stop = startAutoLock({ powerMonitor, session, log: () => {} });
    return { listeners, session, locks, stop, setIdle: (s: number) => (idle = s) };
  }

  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each(SYSTEM_LOCK_EVENTS)('locks with reason "system" on %s', async (event) => {
    const { listeners, locks, stop } = setup();
    listeners.get(event)?.();
    await vi.runOnlyPendingTimersAsync();
    expect(locks).toEqual(['system']);
    stop();
  });

  it('locks with reason "idle" once the OS idle time reaches the setting', async () => {
    const { locks, setIdle, stop } = setup(5);
    setIdle(4 * 60);
    await vi.advanceTimersByTimeAsync(IDLE_POLL_MS);
    expect(locks).toEqual([]);
    setIdle(5 * 60);
    await vi.advanceTimersByTimeAsync(IDLE_POLL_MS);
    expect(locks).toEqual(['idle']);
    // Already locked: no second lock.
    await vi.advanceTimersByTimeAsync(IDLE_POLL_MS * 4);
    expect(locks).toEqual(['idle']);
    stop();
  });

  it('never locks on idle when the setting is 0', async () => {
    const { locks, setIdle, stop } = setup(0);
    setIdle(24 * 3600);
    await vi.advanceTimersByTimeAsync(IDLE_POLL_MS * 10);
    expect(locks).toEqual([]);
    stop();
  });

  it('does nothing while the vault is locked, and stops cleanly', async () => {
    const { listeners, session, locks, setIdle, stop } = setup(1);
    session.isUnlocked = false;
    setIdle(3600);
    listeners.get('suspend')?.();
    await vi.advanceTimersByTimeAsync(IDLE_POLL_MS * 2);
    expect(locks).toEqual([]);
    stop();
    expect(listeners.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('paths', () => {
  const env = { HABEAS_VAULT_DIR: '/tmp/habeas-test-vault', HABEAS_USER_DATA_DIR: '/tmp/habeas-test-profile' };

  it('honours the overrides only in unpackaged builds', () => {
    const profile = join('home', 'u', '.config', 'Habeas');
    expect(vaultDirFor(profile, { isPackaged: false, env })).toBe(resolve('/tmp/habeas-test-vault'));
    expect(vaultDirFor(profile, { isPackaged: true, env })).toBe(join(profile, 'vault'));
    expect(vaultDirFor(profile, { isPackaged: false, env: {} })).toBe(join(profile, 'vault'));
    expect(userDataOverride({ isPackaged: false, env })).toBe(resolve('/tmp/habeas-test-profile'));
    expect(userDataOverride({ isPackaged: true, env })).toBeNull();
  });

  it('keeps crash dumps inside the profile', () => {
    const profile = join('home', 'u', '.config', 'Habeas');
    expect(crashDumpsDir(profile)).toBe(join(profile, 'crash-dumps'));
  });
});

describe('sendEvent', () => {
  it('sends a payload that matches the contract', () => {
    const target = { isDestroyed: () => false, send: vi.fn() };
    expect(sendEvent(target, 'vault:locked', { reason: 'idle' })).toBe(true);
    expect(target.send).toHaveBeenCalledWith('vault:locked', { reason: 'idle' });
  });

  it('refuses a payload that does not', () => {
    const target = { isDestroyed: () => false, send: vi.fn() };
    expect(() => sendEvent(target, 'vault:locked', { reason: 'because' } as never)).toThrow();
    expect(target.send).not.toHaveBeenCalled();
  });

  it('does nothing without a live window', () => {
    const target = { isDestroyed: () => true, send: vi.fn() };
    expect(sendEvent(target, 'vault:locked', { reason: 'user' })).toBe(false);
    expect(sendEvent(null, 'vault:locked', { reason: 'user' })).toBe(false);
    expect(target.send).not.toHaveBeenCalled();
  });
});

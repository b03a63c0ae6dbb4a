import type { LockReason } from '../core/session/vault-session';

/** How often the system idle time is read. Locking up to 15 s late is fine; polling is cheap. */
export const IDLE_POLL_MS = 15_000;

/**
 * powerMonitor events after which case data must not stay readable: the screen locked, the
 * machine is going to sleep (a seized laptop is often a sleeping one), the user switched away
 * (macOS fast user switching), or the OS is shutting down.
 */
export const SYSTEM_LOCK_EVENTS = ['lock-screen', 'suspend', 'user-did-resign-active', 'shutdown'] as const;

/** `autoLockMinutes` 0 means "never"; otherwise lock once the OS reports that much idle time. */
export function isIdleLockDue(idleSeconds: number, autoLockMinutes: number): boolean {
  if (!Number.isFinite(idleSeconds) || !Number.isFinite(autoLockMinutes) || autoLockMinutes <= 0) return false;
  return idleSeconds >= autoLockMinutes * 60;
}

/** The slice of Electron's powerMonitor this module uses, so tests can pass a fake. */
export interface PowerMonitorLike {
  on(event: string, listener: () => void): unknown;
  removeListener(event: string, listener: () => void): unknown;
  getSystemIdleTime(): number;
}

export interface LockableSession {
  readonly isUnlocked: boolean;
  readonly autoLockAfterMinutes: number;
  lock(reason: LockReason): Promise<void>;
}

export interface AutoLockOptions {
  powerMonitor: PowerMonitorLike;
  session: LockableSession;
  log: (message: string) => void;
  pollMs?: number;
}

/** Starts both triggers; returns a function that stops them (used on quit and in tests). */
export function startAutoLock({ powerMonitor, session, log, pollMs = IDLE_POLL_MS }: AutoLockOptions): () => void {
  const lock = (reason: LockReason) => {
    if (!session.isUnlocked) return;
    log(`auto-lock: locking (${reason})`);
    session.lock(reason).catch((error: unknown) => log(`auto-lock: lock failed: ${error instanceof Error ? error.name : 'unknown'}`));
  };
  const onSystemEvent = () => lock('system');
  for (const event of SYSTEM_LOCK_EVENTS) powerMonitor.on(event, onSystemEvent);
  const timer = setInterval(() => {
    if (session.isUnlocked && isIdleLockDue(powerMonitor.getSystemIdleTime(), session.autoLockAfterMinutes)) lock('idle');
  }, pollMs);
  timer.unref?.();
  return () => {
    clearInterval(timer);
    for (const event of SYSTEM_LOCK_EVENTS) powerMonitor.removeListener(event, onSystemEvent);
  };
}

import { useCallback, useEffect, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { eventContract } from '../../../shared/ipc/contract';
import { Alert } from '../components/Alert';
import { Button } from '../components/Button';
import { clearWorkingSet } from '../db/working-set';
import { CreateVaultScreen } from '../features/vault/CreateVaultScreen';
import { RecoveryKeyScreen } from '../features/vault/RecoveryKeyScreen';
import { UnlockScreen, type LockReason } from '../features/vault/UnlockScreen';
import { i18n } from '../i18n';
import { errorMessage } from '../i18n/errors';
import { api, call, hasBridge } from '../lib/api';
import { ErrorBoundary } from './ErrorBoundary';
import { Shell } from './Shell';
import { Workspace } from './Workspace';

/** Where the app is, driven by vault.status and the user's steps through the vault screens. */
type Phase =
  | { kind: 'starting' }
  | { kind: 'unavailable'; error: unknown }
  | { kind: 'create' }
  | { kind: 'recovery-key'; recoveryKey: string }
  | { kind: 'locked'; reason: LockReason | null }
  | { kind: 'unlocked' };

const DEFAULT_AUTO_LOCK_MINUTES = 5;
const lockedEvent = eventContract['vault:locked'];

/**
 * Main replaces the window when it locks (so no case data survives in the old renderer) and tells
 * the fresh window why with `?locked=<reason>`: the unlock screen can then say "locked after
 * inactivity" instead of appearing out of nowhere.
 */
function lockReasonFromUrl(): LockReason | null {
  const parsed = lockedEvent.shape.reason.safeParse(new URLSearchParams(window.location.search).get('locked'));
  return parsed.success ? parsed.data : null;
}

interface VaultReading {
  phase: Phase;
  autoLockMinutes: number | null;
  expectedUnlockMs: number | null;
  profileName: string | null;
}

/** vault.status → the screen to show. Clears the working set unless the vault is unlocked. */
async function readVaultState(reason: LockReason | null): Promise<VaultReading> {
  try {
    const status = await call(() => api.vault.status());
    const reading = { autoLockMinutes: status.autoLockMinutes, expectedUnlockMs: status.expectedUnlockMs, profileName: status.profileName };
    if (status.state === 'unlocked') return { ...reading, phase: { kind: 'unlocked' } };
    // Nothing decrypted may outlive an unlocked session, whatever left it behind.
    await clearWorkingSet();
    return { ...reading, phase: status.state === 'missing' ? { kind: 'create' } : { kind: 'locked', reason } };
  } catch (error) {
    return { phase: { kind: 'unavailable', error }, autoLockMinutes: null, expectedUnlockMs: null, profileName: null };
  }
}

export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <ErrorBoundary>
        <AppRoot />
      </ErrorBoundary>
    </I18nextProvider>
  );
}

function AppRoot() {
  const { t } = useTranslation();
  const [phase, setPhase] = useState<Phase>({ kind: 'starting' });
  const [autoLockMinutes, setAutoLockMinutes] = useState(DEFAULT_AUTO_LOCK_MINUTES);
  const [expectedUnlockMs, setExpectedUnlockMs] = useState<number | null>(null);
  const [profileName, setProfileName] = useState<string | null>(null);

  /** Asks main where the vault stands and shows the matching screen. */
  const refresh = useCallback(
    (reason: LockReason | null = null) =>
      readVaultState(reason).then(({ phase: next, autoLockMinutes: minutes, expectedUnlockMs: expected, profileName: name }) => {
        if (minutes !== null) setAutoLockMinutes(minutes);
        if (expected) setExpectedUnlockMs(expected);
        setProfileName(name);
        setPhase(next);
      }),
    [],
  );

  useEffect(() => {
    void refresh(lockReasonFromUrl());
  }, [refresh]);

  // Main locked the vault (user, idle timer, OS lock or suspend): drop the data and show the unlock
  // screen at once. In the app main also reloads the window, which clears memory entirely.
  useEffect(() => {
    if (!hasBridge()) return;
    return api.on('vault:locked', (payload) => {
      const parsed = lockedEvent.safeParse(payload);
      const reason = parsed.success ? parsed.data.reason : null;
      setPhase({ kind: 'locked', reason });
      void clearWorkingSet().then(() => refresh(reason));
    });
  }, [refresh]);

  const lock = useCallback(async () => {
    try {
      await call(() => api.vault.lock());
    } catch {
      // Whatever happened, the status call below shows the truth.
    }
    await clearWorkingSet();
    await refresh('user');
  }, [refresh]);

  switch (phase.kind) {
    case 'starting':
      return (
        <Shell>
          <p className="splash" role="status">
            <span className="spinner spinner--inline" aria-hidden="true" />
            {t('app.starting')}
          </p>
        </Shell>
      );
    case 'unavailable':
      return (
        <Shell>
          <div className="auth">
            <section className="card" aria-labelledby="unavailable-title">
              <h1 id="unavailable-title" className="card__title">
                {t('app.unavailableTitle')}
              </h1>
              <Alert tone="error" testId="unavailable-error">
                {errorMessage(t, phase.error)}
              </Alert>
              <div className="form__actions">
                <Button
                  variant="primary"
                  autoFocus
                  onClick={() => {
                    setPhase({ kind: 'starting' });
                    void refresh();
                  }}
                >
                  {t('app.retry')}
                </Button>
              </div>
            </section>
          </div>
        </Shell>
      );
    case 'create':
      return (
        <Shell>
          <CreateVaultScreen onCreated={(recoveryKey) => setPhase({ kind: 'recovery-key', recoveryKey })} />
        </Shell>
      );
    case 'recovery-key':
      return (
        <Shell>
          <RecoveryKeyScreen recoveryKey={phase.recoveryKey} onConfirmed={() => setPhase({ kind: 'unlocked' })} />
        </Shell>
      );
    case 'locked':
      return (
        <Shell>
          <UnlockScreen expectedUnlockMs={expectedUnlockMs} lockReason={phase.reason} onUnlocked={() => void refresh()} />
        </Shell>
      );
    case 'unlocked':
      return (
        <Workspace
          onLock={lock}
          autoLockMinutes={autoLockMinutes}
          expectedUnlockMs={expectedUnlockMs}
          onAutoLockSaved={setAutoLockMinutes}
          profileName={profileName}
          onProfileNameSaved={setProfileName}
        />
      );
  }
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../components/Alert';
import { Button } from '../components/Button';
import { loadWorkingSet } from '../db/working-set';
import { CasesView } from '../features/cases/CasesView';
import { SettingsView } from '../features/settings/SettingsView';
import { DamageNotice } from '../features/vault/DamageNotice';
import { errorMessage } from '../i18n/errors';
import { shortcutLabel, useShortcut } from '../lib/shortcuts';
import { Shell } from './Shell';

export interface WorkspaceProps {
  onLock: () => Promise<void>;
  autoLockMinutes: number;
  expectedUnlockMs: number | null;
  onAutoLockSaved: (minutes: number) => void;
}

type Load = { state: 'loading' } | { state: 'ready' } | { state: 'failed'; error: unknown };

/** The unlocked app: fills the working set from the vault, then shows cases or settings. */
export function Workspace({ onLock, autoLockMinutes, expectedUnlockMs, onAutoLockSaved }: WorkspaceProps) {
  const { t } = useTranslation();
  const [view, setView] = useState<'cases' | 'settings'>('cases');
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [locking, setLocking] = useState(false);

  useEffect(() => {
    let current = true;
    loadWorkingSet().then(
      () => current && setLoad({ state: 'ready' }),
      (error: unknown) => current && setLoad({ state: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [attempt]);

  const lock = () => {
    if (locking) return;
    setLocking(true);
    void onLock().finally(() => setLocking(false));
  };
  useShortcut('l', lock);

  const lockShortcut = shortcutLabel('L');
  const actions = (
    <>
      <nav className="nav" aria-label={t('header.mainNav')}>
        <button
          type="button"
          className={view === 'cases' ? 'nav__item nav__item--active' : 'nav__item'}
          aria-current={view === 'cases' ? 'page' : undefined}
          onClick={() => setView('cases')}
          data-testid="nav-cases"
        >
          {t('header.cases')}
        </button>
        <button
          type="button"
          className={view === 'settings' ? 'nav__item nav__item--active' : 'nav__item'}
          aria-current={view === 'settings' ? 'page' : undefined}
          onClick={() => setView('settings')}
          data-testid="nav-settings"
        >
          {t('header.settings')}
        </button>
      </nav>
      <Button variant="lock" onClick={lock} busy={locking} title={t('header.lockTitle', { shortcut: lockShortcut })} data-testid="lock-button">
        <svg className="btn__svg" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
          <path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2h.5A1.5 1.5 0 0 1 13.5 8.5v5A1.5 1.5 0 0 1 12 15H4a1.5 1.5 0 0 1-1.5-1.5v-5A1.5 1.5 0 0 1 4 7h.5Zm1.5 0h4V5a2 2 0 0 0-4 0v2Z" />
        </svg>
        {t('header.lock')}
        <kbd className="btn__kbd" aria-hidden="true">
          {lockShortcut}
        </kbd>
      </Button>
    </>
  );

  let content;
  if (load.state === 'loading') {
    content = (
      <p className="splash" role="status">
        <span className="spinner spinner--inline" aria-hidden="true" />
        {t('cases.loading')}
      </p>
    );
  } else if (load.state === 'failed') {
    content = (
      <div className="narrow">
        <Alert tone="error" title={t('cases.loadFailed')} testId="load-error">
          <p>{errorMessage(t, load.error)}</p>
        </Alert>
        <div className="form__actions">
          <Button
            variant="primary"
            onClick={() => {
              setLoad({ state: 'loading' });
              setAttempt((n) => n + 1);
            }}
          >
            {t('app.retry')}
          </Button>
        </div>
      </div>
    );
  } else if (view === 'settings') {
    content = (
      <SettingsView
        autoLockMinutes={autoLockMinutes}
        expectedUnlockMs={expectedUnlockMs}
        onAutoLockSaved={onAutoLockSaved}
        onClose={() => setView('cases')}
      />
    );
  } else {
    content = (
      <>
        <DamageNotice />
        <CasesView />
      </>
    );
  }

  return (
    <Shell actions={actions} wide>
      {content}
    </Shell>
  );
}

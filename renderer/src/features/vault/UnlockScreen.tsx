import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventPayload } from '../../../../shared/ipc/contract';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Checkbox } from '../../components/Checkbox';
import { TextField } from '../../components/TextField';
import { errorMessage } from '../../i18n/errors';
import { ApiError, api, call } from '../../lib/api';
import { KdfProgress } from './KdfProgress';
import { RecoveryUnlockForm } from './RecoveryUnlockForm';

export type LockReason = EventPayload<'vault:locked'>['reason'];

export interface UnlockScreenProps {
  /** From vault.status, to animate honest progress. */
  expectedUnlockMs: number | null;
  /** Why the vault was locked, when this window saw it happen. */
  lockReason?: LockReason | null;
  onUnlocked: () => void;
}

const REASON_KEYS = { user: 'unlock.lockedUser', idle: 'unlock.lockedIdle', system: 'unlock.lockedSystem' } as const;

export function UnlockScreen({ expectedUnlockMs, lockReason, onUnlocked }: UnlockScreenProps) {
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase');
  return mode === 'passphrase' ? (
    <PassphraseUnlock
      expectedUnlockMs={expectedUnlockMs}
      lockReason={lockReason ?? null}
      onUnlocked={onUnlocked}
      onUseRecoveryKey={() => setMode('recovery')}
    />
  ) : (
    <RecoveryUnlockForm expectedUnlockMs={expectedUnlockMs} onUnlocked={onUnlocked} onBack={() => setMode('passphrase')} />
  );
}

interface PassphraseUnlockProps {
  expectedUnlockMs: number | null;
  lockReason: LockReason | null;
  onUnlocked: () => void;
  onUseRecoveryKey: () => void;
}

function PassphraseUnlock({ expectedUnlockMs, lockReason, onUnlocked, onUseRecoveryKey }: PassphraseUnlockProps) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [reveal, setReveal] = useState(false);
  const [busy, setBusy] = useState(false);
  const [required, setRequired] = useState(false);
  const [failure, setFailure] = useState<{ text: string; wrongPassphrase: boolean } | null>(null);
  const field = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!passphrase) {
      setRequired(true);
      field.current?.focus();
      return;
    }
    setRequired(false);
    setFailure(null);
    setBusy(true);
    try {
      await call(() => api.vault.unlock({ passphrase }));
      onUnlocked();
    } catch (error) {
      setFailure({ text: errorMessage(t, error), wrongPassphrase: error instanceof ApiError && error.code === 'WRONG_PASSPHRASE' });
      setBusy(false);
    }
  };

  // After a refusal, back to the field (enabled again by then) with the text selected, so
  // retyping replaces it.
  useEffect(() => {
    if (!failure) return;
    field.current?.focus();
    field.current?.select();
  }, [failure]);

  const seconds = expectedUnlockMs ? Math.max(1, Math.ceil(expectedUnlockMs / 1000)) : null;

  return (
    <div className="auth">
      <section className="card" aria-labelledby="unlock-title" data-testid="unlock-screen">
        <h1 id="unlock-title" className="card__title">
          {t('unlock.title')}
        </h1>
        <p className="card__intro">{t('unlock.intro')}</p>
        {lockReason && lockReason !== 'user' && !failure && !busy && <Alert tone="info">{t(REASON_KEYS[lockReason])}</Alert>}
        <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-busy={busy || undefined} data-testid="unlock-form">
          {failure && (
            <Alert tone="error" testId="unlock-error">
              {failure.text}
            </Alert>
          )}
          <TextField
            label={t('passphrase.label')}
            type={reveal ? 'text' : 'password'}
            autoComplete="current-password"
            value={passphrase}
            onChange={(e) => {
              setPassphrase(e.target.value);
              if (e.target.value) setRequired(false);
            }}
            error={required ? t('passphrase.required') : null}
            invalid={failure?.wrongPassphrase}
            disabled={busy}
            inputRef={field}
            autoFocus
            maxLength={1024}
            data-testid="unlock-passphrase"
          />
          <Checkbox label={t('common.showPassphrase')} checked={reveal} onChange={(e) => setReveal(e.target.checked)} disabled={busy} />
          {busy && (
            <KdfProgress
              label={t('unlock.progressLabel')}
              status={t('unlock.progress')}
              expectedMs={expectedUnlockMs}
              detail={seconds ? t('unlock.progressDetail', { seconds }) : t('unlock.progressDetailUnknown')}
            />
          )}
          <div className="form__actions">
            <Button type="submit" variant="primary" busy={busy}>
              {t('unlock.submit')}
            </Button>
          </div>
        </form>
        <div className="card__footer">
          <span>{t('unlock.forgot')}</span>
          <Button variant="link" onClick={onUseRecoveryKey} disabled={busy}>
            {t('unlock.useRecoveryKey')}
          </Button>
        </div>
      </section>
    </div>
  );
}

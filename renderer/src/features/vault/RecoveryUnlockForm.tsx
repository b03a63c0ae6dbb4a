import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Checkbox } from '../../components/Checkbox';
import { TextField } from '../../components/TextField';
import { errorMessage } from '../../i18n/errors';
import { ApiError, api, call } from '../../lib/api';
import { KdfProgress } from './KdfProgress';
import { NewPassphraseFields, focusFirstProblem, hasErrors, validateNewPassphrase, type NewPassphraseErrors, type NewPassphraseValues } from './NewPassphraseFields';
import { ensureEstimator } from './strength';
import { looksLikeRecoveryKey } from './recovery-key';

export interface RecoveryUnlockFormProps {
  expectedUnlockMs: number | null;
  onUnlocked: () => void;
  onBack: () => void;
}

type KeyProblem = 'keyRequired' | 'keyFormat' | null;

function keyProblem(key: string): KeyProblem {
  if (!key.trim()) return 'keyRequired';
  return looksLikeRecoveryKey(key) ? null : 'keyFormat';
}

/** Recovery key + a new passphrase (twice) → vault.unlockWithRecoveryKey. Escape goes back. */
export function RecoveryUnlockForm({ expectedUnlockMs, onUnlocked, onBack }: RecoveryUnlockFormProps) {
  const { t } = useTranslation();
  const [recoveryKey, setRecoveryKey] = useState('');
  const [values, setValues] = useState<NewPassphraseValues>({ passphrase: '', repeat: '' });
  const [keyError, setKeyError] = useState<KeyProblem>(null);
  const [errors, setErrors] = useState<NewPassphraseErrors>({});
  const [attempted, setAttempted] = useState(false);
  const [reveal, setReveal] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ text: string; wrongKey: boolean } | null>(null);
  const keyField = useRef<HTMLInputElement>(null);
  const passField = useRef<HTMLInputElement>(null);
  const repeatField = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setAttempted(true);
    const kp = keyProblem(recoveryKey);
    const found = validateNewPassphrase(values, await ensureEstimator());
    setKeyError(kp);
    setErrors(found);
    setFailure(null);
    if (kp) {
      keyField.current?.focus();
      return;
    }
    if (hasErrors(found)) {
      focusFirstProblem(found, passField, repeatField);
      return;
    }
    setBusy(true);
    try {
      await call(() => api.vault.unlockWithRecoveryKey({ recoveryKey: recoveryKey.trim(), newPassphrase: values.passphrase }));
      onUnlocked();
    } catch (error) {
      const wrongKey = error instanceof ApiError && error.code === 'WRONG_RECOVERY_KEY';
      setFailure({ text: errorMessage(t, error), wrongKey });
      setBusy(false);
    }
  };

  // After a refusal, focus the field to fix (enabled again by then).
  useEffect(() => {
    if (failure) (failure.wrongKey ? keyField : passField).current?.focus();
  }, [failure]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !busy) {
      event.preventDefault();
      onBack();
    }
  };

  return (
    <div className="auth">
      <section className="card card--wide" aria-labelledby="recovery-unlock-title" data-testid="recovery-unlock-screen">
        <h1 id="recovery-unlock-title" className="card__title">
          {t('recoveryUnlock.title')}
        </h1>
        <p className="card__intro">{t('recoveryUnlock.intro')}</p>
        <form className="form" noValidate onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown} aria-busy={busy || undefined}>
          {failure && (
            <Alert tone="error" testId="recovery-unlock-error">
              {failure.text}
            </Alert>
          )}
          <TextField
            label={t('recoveryUnlock.keyLabel')}
            hint={t('recoveryUnlock.keyHint')}
            inputClassName="input--mono"
            value={recoveryKey}
            onChange={(e) => {
              setRecoveryKey(e.target.value);
              if (attempted) setKeyError(keyProblem(e.target.value));
            }}
            error={keyError ? t(`recoveryUnlock.${keyError}`) : null}
            invalid={failure?.wrongKey}
            disabled={busy}
            autoComplete="off"
            autoCapitalize="characters"
            maxLength={200}
            inputRef={keyField}
            autoFocus
            data-testid="recovery-key-input"
          />
          <NewPassphraseFields
            values={values}
            onChange={(next) => {
              setValues(next);
              if (attempted) setErrors(validateNewPassphrase(next));
            }}
            errors={errors}
            reveal={reveal}
            disabled={busy}
            labels="new"
            firstFieldRef={passField}
            repeatFieldRef={repeatField}
          />
          <Checkbox label={t('common.showPassphrases')} checked={reveal} onChange={(e) => setReveal(e.target.checked)} disabled={busy} />
          {busy && (
            <KdfProgress
              label={t('recoveryUnlock.progressLabel')}
              status={t('recoveryUnlock.progress')}
              expectedMs={expectedUnlockMs}
            />
          )}
          <div className="form__actions">
            <Button type="submit" variant="primary" busy={busy}>
              {t('recoveryUnlock.submit')}
            </Button>
            <Button variant="quiet" onClick={onBack} disabled={busy}>
              {t('recoveryUnlock.back')}
            </Button>
          </div>
        </form>
      </section>
    </div>
  );
}

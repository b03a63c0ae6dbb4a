import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Checkbox } from '../../components/Checkbox';
import { TextField } from '../../components/TextField';
import { errorMessage } from '../../i18n/errors';
import { ApiError, api, call } from '../../lib/api';
import { KdfProgress } from '../vault/KdfProgress';
import { NewPassphraseFields, focusFirstProblem, hasErrors, validateNewPassphrase, type NewPassphraseErrors, type NewPassphraseValues } from '../vault/NewPassphraseFields';
import { ensureEstimator } from '../vault/strength';

export interface ChangePassphraseFormProps {
  /** Last known key-derivation time; a change derives twice (check the current, wrap with the new). */
  expectedUnlockMs: number | null;
  autoFocus?: boolean;
}

const EMPTY: NewPassphraseValues = { passphrase: '', repeat: '' };

export function ChangePassphraseForm({ expectedUnlockMs, autoFocus }: ChangePassphraseFormProps) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [values, setValues] = useState<NewPassphraseValues>(EMPTY);
  const [currentError, setCurrentError] = useState<'required' | null>(null);
  const [errors, setErrors] = useState<NewPassphraseErrors>({});
  const [sameAsCurrent, setSameAsCurrent] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const [reveal, setReveal] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ tone: 'error' | 'success'; text: string; wrongCurrent?: boolean } | null>(null);
  const currentField = useRef<HTMLInputElement>(null);
  const newField = useRef<HTMLInputElement>(null);
  const repeatField = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setAttempted(true);
    setResult(null);
    const curErr = current ? null : 'required';
    const found = validateNewPassphrase(values, await ensureEstimator());
    const same = !found.passphrase && current !== '' && values.passphrase === current;
    setCurrentError(curErr);
    setErrors(found);
    setSameAsCurrent(same);
    if (curErr) {
      currentField.current?.focus();
      return;
    }
    if (hasErrors(found) || same) {
      if (same) newField.current?.focus();
      else focusFirstProblem(found, newField, repeatField);
      return;
    }
    setBusy(true);
    try {
      await call(() => api.vault.changePassphrase({ current, next: values.passphrase }));
      setCurrent('');
      setValues(EMPTY);
      setAttempted(false);
      setErrors({});
      setResult({ tone: 'success', text: t('settings.passphraseChanged') });
    } catch (error) {
      const wrongCurrent = error instanceof ApiError && error.code === 'WRONG_PASSPHRASE';
      setResult({ tone: 'error', text: errorMessage(t, error), wrongCurrent });
    } finally {
      setBusy(false);
    }
  };

  // After a refusal, back to the current passphrase (enabled again by then), text selected.
  useEffect(() => {
    if (result?.tone !== 'error') return;
    currentField.current?.focus();
    currentField.current?.select();
  }, [result]);

  return (
    <section className="panel" aria-labelledby="passphrase-title" data-testid="change-passphrase">
      <h2 id="passphrase-title" className="panel__title">
        {t('settings.passphraseTitle')}
      </h2>
      <p className="panel__intro">{t('settings.passphraseIntro')}</p>
      <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-busy={busy || undefined}>
        {result && (
          <Alert tone={result.tone} testId={result.tone === 'error' ? 'change-passphrase-error' : 'change-passphrase-success'}>
            {result.text}
          </Alert>
        )}
        <TextField
          label={t('passphrase.currentLabel')}
          type={reveal ? 'text' : 'password'}
          autoComplete="current-password"
          value={current}
          onChange={(e) => {
            setCurrent(e.target.value);
            if (attempted) setCurrentError(e.target.value ? null : 'required');
          }}
          error={currentError ? t('passphrase.required') : null}
          invalid={result?.wrongCurrent}
          disabled={busy}
          maxLength={1024}
          inputRef={currentField}
          autoFocus={autoFocus}
        />
        <NewPassphraseFields
          values={values}
          onChange={(next) => {
            setValues(next);
            if (attempted) {
              setErrors(validateNewPassphrase(next));
              setSameAsCurrent(false);
            }
          }}
          errors={errors}
          reveal={reveal}
          disabled={busy}
          labels="new"
          firstFieldRef={newField}
          repeatFieldRef={repeatField}
        />
        {sameAsCurrent && (
          <Alert tone="error" testId="same-passphrase-error">
            {t('settings.sameAsCurrent')}
          </Alert>
        )}
        <Checkbox label={t('common.showPassphrases')} checked={reveal} onChange={(e) => setReveal(e.target.checked)} disabled={busy} />
        {busy && (
          <KdfProgress
            label={t('settings.passphraseProgressLabel')}
            status={t('settings.passphraseProgress')}
            expectedMs={expectedUnlockMs === null ? null : expectedUnlockMs * 2}
          />
        )}
        <div className="form__actions">
          <Button type="submit" variant="primary" busy={busy}>
            {t('settings.passphraseSubmit')}
          </Button>
        </div>
      </form>
    </section>
  );
}

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Checkbox } from '../../components/Checkbox';
import { errorMessage } from '../../i18n/errors';
import { api, call } from '../../lib/api';
import { KdfProgress } from './KdfProgress';
import { NewPassphraseFields, focusFirstProblem, hasErrors, validateNewPassphrase, type NewPassphraseErrors, type NewPassphraseValues } from './NewPassphraseFields';
import { ensureEstimator } from './strength';

export interface CreateVaultScreenProps {
  /** Called with the recovery key main generated; the vault is created and unlocked by then. */
  onCreated: (recoveryKey: string) => void;
}

export function CreateVaultScreen({ onCreated }: CreateVaultScreenProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<NewPassphraseValues>({ passphrase: '', repeat: '' });
  const [errors, setErrors] = useState<NewPassphraseErrors>({});
  const [attempted, setAttempted] = useState(false);
  const [reveal, setReveal] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const firstField = useRef<HTMLInputElement>(null);
  const repeatField = useRef<HTMLInputElement>(null);

  const change = (next: NewPassphraseValues) => {
    setValues(next);
    if (attempted) setErrors(validateNewPassphrase(next));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setAttempted(true);
    const found = validateNewPassphrase(values, await ensureEstimator());
    setErrors(found);
    setFailure(null);
    if (hasErrors(found)) {
      focusFirstProblem(found, firstField, repeatField);
      return;
    }
    setBusy(true);
    try {
      const { recoveryKey } = await call(() => api.vault.create({ passphrase: values.passphrase }));
      onCreated(recoveryKey);
    } catch (error) {
      setFailure(errorMessage(t, error));
      setBusy(false);
    }
  };

  // After a refusal from main, back to the first field (enabled again by then).
  useEffect(() => {
    if (failure) firstField.current?.focus();
  }, [failure]);

  return (
    <div className="auth">
      <section className="card card--wide" aria-labelledby="create-title">
        <h1 id="create-title" className="card__title">
          {t('create.title')}
        </h1>
        <p className="card__intro">{t('create.intro')}</p>
        <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-busy={busy || undefined} data-testid="create-vault-form">
          {failure && (
            <Alert tone="error" testId="create-error">
              {failure}
            </Alert>
          )}
          <NewPassphraseFields
            values={values}
            onChange={change}
            errors={errors}
            reveal={reveal}
            disabled={busy}
            labels="create"
            firstFieldRef={firstField}
            repeatFieldRef={repeatField}
            autoFocus
          />
          <Checkbox label={t('common.showPassphrases')} checked={reveal} onChange={(e) => setReveal(e.target.checked)} disabled={busy} />
          {busy && <KdfProgress label={t('create.progressLabel')} status={t('create.progress')} expectedMs={null} />}
          <div className="form__actions">
            <Button type="submit" variant="primary" busy={busy}>
              {t('create.submit')}
            </Button>
          </div>
        </form>
      </section>
    </div>
  );
}

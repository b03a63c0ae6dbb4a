import { useTranslation } from 'react-i18next';
import { ProfileName } from '../../../../shared/ipc/contract';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { TextField } from '../../components/TextField';
import { api, call } from '../../lib/api';
import { useSettingForm } from './use-setting-form';

export interface ProfileNameFormProps {
  name: string | null;
  onSaved: (name: string) => void;
}

/**
 * The name recorded as "saved by" on every change (history, audit). Stored inside the vault, so
 * it is as protected as the cases; it never leaves the laptop unless a dossier says so.
 */
export function ProfileNameForm({ name, onSaved }: ProfileNameFormProps) {
  const { t } = useTranslation();
  const { text, change, invalid, busy, result, submit } = useSettingForm(
    name ?? '',
    (typed) => {
      const parsed = ProfileName.safeParse(typed);
      return parsed.success ? parsed.data : null;
    },
    async (value) => {
      await call(() => api.settings.setProfileName({ name: value }));
      onSaved(value);
      return { text: value, message: t('settings.profileSaved', { name: value }) };
    },
  );

  return (
    <section className="panel" aria-labelledby="profile-title" data-testid="profile-name">
      <h2 id="profile-title" className="panel__title">
        {t('settings.profileTitle')}
      </h2>
      <p className="panel__intro">{name === null ? t('settings.profileUnset') : t('settings.profileCurrent', { name })}</p>
      <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-busy={busy || undefined}>
        {result && (
          <Alert tone={result.tone} testId={result.tone === 'error' ? 'profile-name-error' : 'profile-name-success'}>
            {result.text}
          </Alert>
        )}
        <TextField
          label={t('settings.profileLabel')}
          hint={t('settings.profileHint')}
          value={text}
          maxLength={100}
          onChange={(e) => change(e.target.value)}
          error={invalid ? t('settings.profileInvalid') : null}
          disabled={busy}
          data-testid="profile-name-input"
        />
        <div className="form__actions">
          <Button type="submit" variant="primary" busy={busy}>
            {t('settings.profileSubmit')}
          </Button>
        </div>
      </form>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { TextField } from '../../components/TextField';
import { api, call } from '../../lib/api';
import { shortcutLabel } from '../../lib/shortcuts';
import { useSettingForm } from './use-setting-form';

export const MAX_AUTO_LOCK_MINUTES = 24 * 60;

export interface AutoLockFormProps {
  minutes: number;
  onSaved: (minutes: number) => void;
}

/** Parses the field: a whole number of minutes from 0 (never) to 1440, or null. */
export function parseMinutes(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,4}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value <= MAX_AUTO_LOCK_MINUTES ? value : null;
}

export function AutoLockForm({ minutes, onSaved }: AutoLockFormProps) {
  const { t } = useTranslation();
  const { text, change, invalid, busy, result, submit } = useSettingForm(String(minutes), parseMinutes, async (value) => {
    await call(() => api.settings.setAutoLockMinutes({ minutes: value }));
    onSaved(value);
    return {
      text: String(value),
      message: value === 0 ? t('settings.autoLockSavedNever', { shortcut: shortcutLabel('L') }) : t('settings.autoLockSaved', { minutes: value }),
    };
  });

  return (
    <section className="panel" aria-labelledby="autolock-title" data-testid="auto-lock">
      <h2 id="autolock-title" className="panel__title">
        {t('settings.autoLockTitle')}
      </h2>
      <p className="panel__intro">{minutes === 0 ? t('settings.autoLockCurrentNever') : t('settings.autoLockCurrent', { minutes })}</p>
      <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-busy={busy || undefined}>
        {result && (
          <Alert tone={result.tone} testId={result.tone === 'error' ? 'auto-lock-error' : 'auto-lock-success'}>
            {result.text}
          </Alert>
        )}
        <TextField
          label={t('settings.autoLockLabel')}
          hint={t('settings.autoLockHint')}
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_AUTO_LOCK_MINUTES}
          step={1}
          className="field--narrow"
          value={text}
          onChange={(e) => change(e.target.value)}
          error={invalid ? t('settings.autoLockInvalid') : null}
          disabled={busy}
          data-testid="auto-lock-minutes"
        />
        <div className="form__actions">
          <Button type="submit" variant="primary" busy={busy}>
            {t('settings.autoLockSubmit')}
          </Button>
        </div>
      </form>
    </section>
  );
}

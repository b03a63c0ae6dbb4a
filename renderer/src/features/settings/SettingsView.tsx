import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { useEscape } from '../../lib/use-escape';
import { AutoLockForm } from './AutoLockForm';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { ProfileNameForm } from './ProfileNameForm';

export interface SettingsViewProps {
  autoLockMinutes: number;
  expectedUnlockMs: number | null;
  onAutoLockSaved: (minutes: number) => void;
  profileName: string | null;
  onProfileNameSaved: (name: string) => void;
  onClose: () => void;
}

/** Change passphrase, automatic lock and the name recorded in the history. Escape goes back to the cases. */
export function SettingsView({ autoLockMinutes, expectedUnlockMs, onAutoLockSaved, profileName, onProfileNameSaved, onClose }: SettingsViewProps) {
  const { t } = useTranslation();
  useEscape(onClose);
  return (
    <div className="settings" data-testid="settings-view">
      <div className="toolbar">
        <div className="toolbar__title">
          <h1 className="page-title">{t('settings.title')}</h1>
        </div>
        <div className="toolbar__actions">
          <Button variant="quiet" onClick={onClose}>
            <span className="btn__icon" aria-hidden="true">
              ←
            </span>
            {t('settings.backToCases')}
          </Button>
        </div>
      </div>
      <div className="settings__grid">
        <ChangePassphraseForm expectedUnlockMs={expectedUnlockMs} autoFocus />
        <AutoLockForm minutes={autoLockMinutes} onSaved={onAutoLockSaved} />
        <ProfileNameForm name={profileName} onSaved={onProfileNameSaved} />
      </div>
    </div>
  );
}

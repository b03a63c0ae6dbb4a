import { useTranslation } from 'react-i18next';
import { LANGUAGES, currentLanguage } from '../../i18n';

/** EN / AZ / RU as a group of toggle buttons; the choice lives in memory only. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const active = currentLanguage();
  return (
    <div className="lang-switch" role="group" aria-label={t('header.language')}>
      {LANGUAGES.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          className={lng === active ? 'lang-switch__btn lang-switch__btn--active' : 'lang-switch__btn'}
          aria-pressed={lng === active}
          title={t(`languages.${lng}`)}
          data-testid={`language-${lng}`}
          onClick={() => void i18n.changeLanguage(lng)}
        >
          {lng.toUpperCase()}
        </button>
      ))}
    </div>
  );
}

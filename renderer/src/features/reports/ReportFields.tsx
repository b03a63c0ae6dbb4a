import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIENCE_PROFILES } from '../../../../shared/reports/audience';
import { LANGS } from '../../../../shared/vocabularies/types';
import { Alert } from '../../components/Alert';
import { currentLanguage } from '../../i18n';
import { AUDIENCES, audienceNotice, type Audience, type ReportLang } from './report-options';

/**
 * Who the PDF is for, as radio buttons with what each audience gets. The internal working file
 * carries a warning that cannot be missed: it is the one audience that sees confidential fields.
 */
export function AudienceField({ value, onChange }: { value: Audience; onChange: (audience: Audience) => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const name = useId();
  const notice = audienceNotice(value);
  return (
    <fieldset className="report-fieldset" data-testid="report-audience">
      <legend className="report-fieldset__legend">{t('reports.audience')}</legend>
      <div className="report-audience">
        {AUDIENCES.map((audience) => {
          const profile = AUDIENCE_PROFILES[audience];
          const descriptionId = `${name}-${audience}-description`;
          return (
            <label key={audience} className={['report-audience__option', audience === value ? 'report-audience__option--chosen' : ''].filter(Boolean).join(' ')}>
              <input type="radio" name={name} value={audience} checked={audience === value} onChange={() => onChange(audience)} aria-describedby={descriptionId} data-audience={audience} />
              <span className="report-audience__text">
                <span className="report-audience__label">{profile.label[lang]}</span>
                <span className="report-audience__description" id={descriptionId}>
                  {profile.description[lang]}
                </span>
              </span>
            </label>
          );
        })}
      </div>
      {notice === 'confidential' && (
        <Alert tone="warning" testId="internal-warning" className="report-audience__warning">
          <p>{t('reports.internalWarning')}</p>
        </Alert>
      )}
      {notice === 'restricted' && <p className="field__hint">{t('reports.restrictedNote')}</p>}
    </fieldset>
  );
}

/** The language of the PDF's own labels; names and texts in the case stay as written. */
export function LabelLanguageField({ value, onChange }: { value: ReportLang; onChange: (lang: ReportLang) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field report-language">
      <label className="field__label" htmlFor={id}>
        {t('reports.language')}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {t('reports.languageHint')}
      </p>
      <select id={id} className="input select" value={value} onChange={(e) => onChange(e.target.value as ReportLang)} aria-describedby={`${id}-hint`} data-testid="report-language">
        {LANGS.map((lang) => (
          <option key={lang} value={lang}>
            {t(`languages.${lang}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

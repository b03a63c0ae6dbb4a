import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIENCE_PROFILES } from '../../../../shared/reports/audience';
import { Checkbox } from '../../components/Checkbox';
import { currentLanguage } from '../../i18n';
import { api } from '../../lib/api';
import { AudienceField, LabelLanguageField } from './ReportFields';
import { ReportDialog } from './ReportDialog';
import { DOSSIER_SECTIONS, defaultDossierChoices, dossierOptions, dossierProblem, toggleSection, type DossierChoices } from './report-options';

export interface DossierDialogProps {
  caseId: string;
  /** The person's name as the editor shows it (for the title; the PDF decides what it prints). */
  name: string;
  onClose: () => void;
}

/**
 * "Dossier…" on a case: audience, sections (all by default), language of the labels; then the
 * PDF main made, to check and save. Main reads the case's last saved revision, so the editor
 * saves what is typed before this opens.
 */
export function DossierDialog({ caseId, name, onClose }: DossierDialogProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [choices, setChoices] = useState<DossierChoices>(() => defaultDossierChoices(lang));
  const problem = dossierProblem(choices);
  const all = choices.sections.size === DOSSIER_SECTIONS.length;

  return (
    <ReportDialog
      title={t('reports.dossierTitle', { name })}
      intro={t('reports.dossierIntro')}
      testId="dossier-dialog"
      problem={problem ? t(`reports.${problem}`) : null}
      request={() => api.reports.dossier({ caseId, options: dossierOptions(choices) })}
      readyText={(report) => t('reports.ready', { pages: report.pages, audience: AUDIENCE_PROFILES[choices.audience].label[lang] })}
      onClose={onClose}
    >
      <AudienceField value={choices.audience} onChange={(audience) => setChoices((c) => ({ ...c, audience }))} />
      <fieldset className="report-fieldset" data-testid="report-sections">
        <legend className="report-fieldset__legend">{t('reports.sections')}</legend>
        <p className="field__hint">{t('reports.sectionsHint')}</p>
        <Checkbox
          label={t('reports.allSections')}
          checked={all}
          onChange={(e) => setChoices((c) => ({ ...c, sections: e.target.checked ? new Set(DOSSIER_SECTIONS) : new Set() }))}
          className="report-sections__all"
        />
        <div className="report-sections">
          {DOSSIER_SECTIONS.map((section) => (
            <Checkbox
              key={section}
              label={t(`reports.sectionNames.${section}`)}
              checked={choices.sections.has(section)}
              onChange={(e) => setChoices((c) => ({ ...c, sections: toggleSection(c.sections, section, e.target.checked) }))}
              data-section={section}
            />
          ))}
        </div>
      </fieldset>
      <LabelLanguageField value={choices.lang} onChange={(next) => setChoices((c) => ({ ...c, lang: next }))} />
    </ReportDialog>
  );
}

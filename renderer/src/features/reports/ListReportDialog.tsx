import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIENCE_PROFILES } from '../../../../shared/reports/audience';
import { Alert } from '../../components/Alert';
import { Checkbox } from '../../components/Checkbox';
import { TextField } from '../../components/TextField';
import { currentLanguage } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { api } from '../../lib/api';
import { AudienceField, LabelLanguageField } from './ReportFields';
import { ReportDialog } from './ReportDialog';
import {
  MAX_REPORT_CASES,
  MAX_TITLE_CHARS,
  defaultListChoices,
  listOptions,
  listProblem,
  selectionMayReveal,
  withAudience,
  type ListChoices,
  type ListNarrowing,
} from './report-options';

export interface ListReportDialogProps {
  /** The cases of the list as it is on screen (search and filters applied), in its order. */
  caseIds: readonly string[];
  /**
   * Whether a free-text search and whether any filter narrow the list: the dialog says which cases
   * these are, and warns that the choice itself may reveal what a non-internal audience may not see.
   */
  narrowedBy: ListNarrowing;
  onClose: () => void;
}

/**
 * "List report…" on the case list: exactly the cases the list shows now, by id, with audience,
 * language of the labels and an optional title; then the PDF main made, to check and save.
 */
export function ListReportDialog({ caseIds, narrowedBy, onClose }: ListReportDialogProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const selectionWarningId = useId();
  const [choices, setChoices] = useState<ListChoices>(() => defaultListChoices(lang));
  // The list on screen when the dialog opened: the report is of what the user saw.
  const [ids] = useState(() => [...caseIds]);
  const [narrowing] = useState<ListNarrowing>(() => ({ ...narrowedBy }));
  const filtered = narrowing.search || narrowing.filters;
  const mayReveal = selectionMayReveal(choices.audience, narrowing);
  const problem = listProblem(choices, ids.length, narrowing);
  const count = formatNumber(ids.length, lang);
  // An empty or too long list is said as the problem instead.
  const countText = problem === 'countEmpty' || problem === 'countTooMany' ? null : t(filtered ? 'reports.countFiltered' : 'reports.countAll', { count });

  return (
    <ReportDialog
      title={t('reports.listTitle')}
      intro={t('reports.listIntro')}
      testId="list-report-dialog"
      problem={problem === null ? null : problem === 'countTooMany' ? t('reports.countTooMany', { count, max: formatNumber(MAX_REPORT_CASES, lang) }) : t(`reports.${problem}`)}
      request={() => api.reports.listReport({ options: listOptions(choices, ids) })}
      readyText={(report) => t('reports.readyList', { pages: report.pages, cases: formatNumber(report.cases, lang), audience: AUDIENCE_PROFILES[choices.audience].label[lang] })}
      onClose={onClose}
    >
      {countText && (
        <p className="report-dialog__count" data-testid="report-case-count">
          {countText}
        </p>
      )}
      <AudienceField value={choices.audience} onChange={(audience) => setChoices((c) => withAudience(c, audience))} />
      {mayReveal && (
        <Alert tone="warning" title={t('reports.selectionWarningTitle')} testId="selection-warning" className="report-selection-warning">
          <p id={selectionWarningId}>{t('reports.selectionWarning')}</p>
          <Checkbox
            label={t('reports.selectionChecked')}
            checked={choices.selectionChecked}
            onChange={(e) => {
              const checked = e.target.checked;
              setChoices((c) => ({ ...c, selectionChecked: checked }));
            }}
            aria-describedby={selectionWarningId}
            className="report-selection-warning__check"
            data-testid="selection-checked"
          />
        </Alert>
      )}
      <LabelLanguageField value={choices.lang} onChange={(next) => setChoices((c) => ({ ...c, lang: next }))} />
      <TextField
        label={t('reports.reportTitle')}
        hint={t('reports.reportTitleHint')}
        value={choices.title}
        maxLength={MAX_TITLE_CHARS + 50}
        onChange={(e) => setChoices((c) => ({ ...c, title: e.target.value }))}
        spellCheck={false}
        autoComplete="off"
        dir="auto"
        data-testid="report-title"
      />
    </ReportDialog>
  );
}

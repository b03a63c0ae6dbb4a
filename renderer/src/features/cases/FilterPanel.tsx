import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { bundledCatalogue, findArticle, articleLabel } from '../../../../shared/catalogue';
import { articleOfKey } from '../../../../shared/case-model/summary';
import { CASE_STATUSES } from '../../../../shared/domain/case';
import { VOCABULARIES, type Localised } from '../../../../shared/vocabularies';
import { Button } from '../../components/Button';
import { currentLanguage } from '../../i18n';
import { parseArticleKey, parseDateFilter, type DateFilterText, type Facets, type ListFilters } from './list-model';

export interface FilterPanelProps {
  id: string;
  filters: ListFilters;
  facets: Facets;
  onChange: (filters: ListFilters) => void;
  onClear: () => void;
}

function ChoiceFilter({ label, value, onChange, options, testId }: { label: string; value: string; onChange: (value: string) => void; options: ReadonlyArray<readonly [value: string, label: string]>; testId: string }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="filter">
      <label className="filter__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="input select filter__input" value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        <option value="">{t('list.filters.any')}</option>
        {options.map(([code, text]) => (
          <option key={code} value={code}>
            {text}
          </option>
        ))}
        {/* A value from a saved filter that is no longer in the data stays selectable and visible. */}
        {value !== '' && !options.some(([code]) => code === value) && <option value={value}>{value}</option>}
      </select>
    </div>
  );
}

function DateRangeFilter({ label, value, onChange, testId }: { label: string; value: DateFilterText; onChange: (value: DateFilterText) => void; testId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const parsed = parseDateFilter(value);
  const field = (side: 'from' | 'to') => {
    const error = side === 'from' ? parsed.fromError : parsed.toError;
    const inputId = `${id}-${side}`;
    return (
      <div className="filter__date">
        <label className="filter__sublabel" htmlFor={inputId}>
          {t(`list.filters.${side}`)}
        </label>
        <input
          id={inputId}
          className="input filter__input"
          value={value[side]}
          onChange={(e) => onChange({ ...value, [side]: e.target.value })}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${inputId}-error` : `${id}-hint`}
          data-testid={`${testId}-${side}`}
        />
        {error && (
          <p className="field__error filter__error" id={`${inputId}-error`}>
            <span className="field__error-icon" aria-hidden="true" />
            {t('list.filters.badDate')}
          </p>
        )}
      </div>
    );
  };
  return (
    <fieldset className="filter filter--dates">
      <legend className="filter__label">{label}</legend>
      <div className="filter__dates">
        {field('from')}
        {field('to')}
      </div>
      <p className="filter__hint" id={`${id}-hint`}>
        {t('list.filters.dateHint')}
      </p>
      <label className="filter__mode">
        <span className="filter__sublabel">{t('list.filters.mode')}</span>
        <select className="input select filter__input" value={value.mode} onChange={(e) => onChange({ ...value, mode: e.target.value === 'within' ? 'within' : 'overlaps' })} data-testid={`${testId}-mode`}>
          <option value="overlaps">{t('list.filters.overlaps')}</option>
          <option value="within">{t('list.filters.within')}</option>
        </select>
      </label>
    </fieldset>
  );
}

function vocabularyOptions(vocabulary: { readonly terms: ReadonlyArray<{ readonly code: string; readonly labels: Localised; readonly deprecated?: boolean }> }, lang: keyof Localised): Array<[string, string]> {
  return vocabulary.terms.filter((term) => !term.deprecated).map((term) => [term.code, term.labels[lang]]);
}

/**
 * Every filter of the list. Vocabulary filters offer every term; article, facility and court offer
 * what is in the working set. Article titles come from the bundled catalogue (Azerbaijani titles
 * are official, English and Russian ones unofficial translations, as the panel says).
 */
export function FilterPanel({ id, filters, facets, onChange, onClear }: FilterPanelProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const set = <K extends keyof ListFilters>(key: K) => (value: ListFilters[K]) => onChange({ ...filters, [key]: value });

  const articleOptions = useMemo(() => {
    const catalogue = bundledCatalogue();
    return facets.articles.map((key): [string, string] => {
      const parts = parseArticleKey(key);
      if (!parts) return [key, key];
      const found = findArticle(catalogue, parts, parts.article);
      const text = found?.match === 'exact' ? articleLabel(found.article, lang).text : articleOfKey(key);
      return [key, `${parts.jurisdiction} ${parts.version} · ${text}`];
    });
  }, [facets.articles, lang]);

  return (
    <section className="filters" id={id} aria-label={t('list.filters.title')} data-testid="filter-panel">
      <div className="filters__grid">
        <ChoiceFilter
          label={t('list.filters.status')}
          value={filters.status}
          onChange={(value) => onChange({ ...filters, status: (CASE_STATUSES as readonly string[]).includes(value) ? (value as ListFilters['status']) : '' })}
          options={CASE_STATUSES.map((s) => [s, VOCABULARIES.case_status.terms.find((term) => term.code === s)?.labels[lang] ?? s] as const)}
          testId="filter-status"
        />
        <ChoiceFilter label={t('list.filters.category')} value={filters.category} onChange={set('category')} options={vocabularyOptions(VOCABULARIES.profile_category, lang)} testId="filter-category" />
        <ChoiceFilter label={t('list.filters.article')} value={filters.article} onChange={set('article')} options={articleOptions} testId="filter-article" />
        <ChoiceFilter label={t('list.filters.facility')} value={filters.facility} onChange={set('facility')} options={facets.facilities.map((f) => [f, f] as const)} testId="filter-facility" />
        <ChoiceFilter label={t('list.filters.court')} value={filters.court} onChange={set('court')} options={facets.courts.map((c) => [c, c] as const)} testId="filter-court" />
        <ChoiceFilter label={t('list.filters.conclusion')} value={filters.conclusion} onChange={set('conclusion')} options={vocabularyOptions(VOCABULARIES.assessment_conclusion, lang)} testId="filter-conclusion" />
        <ChoiceFilter label={t('list.filters.recognisedBy')} value={filters.recognisedBy} onChange={set('recognisedBy')} options={vocabularyOptions(VOCABULARIES.recognising_body, lang)} testId="filter-recognised-by" />
        <DateRangeFilter label={t('list.filters.arrested')} value={filters.arrested} onChange={set('arrested')} testId="filter-arrested" />
        <DateRangeFilter label={t('list.filters.released')} value={filters.released} onChange={set('released')} testId="filter-released" />
      </div>
      <div className="filters__foot">
        <p className="filters__note">{t('list.filters.unofficialTitles')}</p>
        <Button variant="quiet" onClick={onClear} data-testid="filters-clear">
          {t('list.filters.clear')}
        </Button>
      </div>
    </section>
  );
}

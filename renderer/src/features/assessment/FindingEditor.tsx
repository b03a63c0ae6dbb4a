import { useTranslation } from 'react-i18next';
import { criterionFindingSpec, type CriterionFinding, type Source, type WgadFinding } from '../../../../shared/case-model';
import { VOCABULARIES, type Lang, type Localised, type Term, type TranslationStatuses } from '../../../../shared/vocabularies';
import { Checkbox } from '../../components/Checkbox';
import type { FindingCode } from './assessment-edit';
import { DraftText } from './DraftText';

/**
 * The wording of a legal provision in the UI language, word for word from the vocabulary, marked
 * as an unofficial translation where it is one, with the English reference text at hand.
 */
export function LegalText({ text, status, lang, testId }: { text: Localised | undefined; status: TranslationStatuses | undefined; lang: Lang; testId?: string }) {
  const { t } = useTranslation();
  if (!text) return null;
  const unofficial = lang !== 'en' && status?.[lang] === 'unofficial';
  return (
    <div className="legal-text">
      <blockquote className="legal-text__quote" lang={lang} data-testid={testId}>
        {text[lang]}
      </blockquote>
      {unofficial && <p className="legal-text__note">{t('assessment.unofficial')}</p>}
      {lang !== 'en' && (
        <details className="legal-text__original">
          <summary>{t('assessment.englishOriginal')}</summary>
          <blockquote className="legal-text__quote" lang="en">
            {text.en}
          </blockquote>
        </details>
      )}
    </div>
  );
}

export interface FindingEditorProps {
  /** Makes the radio group's name unique on the page. */
  name: string;
  term: Term;
  finding: CriterionFinding | WgadFinding | undefined;
  sources: readonly Source[];
  lang: Lang;
  readOnly: boolean;
  onFinding: (finding: FindingCode | undefined) => void;
  onReasoning: (reasoning: string | undefined) => string | null;
  onSources: (sourceIds: string[]) => void;
}

const CHOICES: ReadonlyArray<FindingCode | undefined> = [undefined, ...VOCABULARIES.assessment_finding.activeCodes];

/** One PACE criterion, the §4 exclusion or one WGAD category: its text, the finding, reasoning and links. */
export function FindingEditor({ name, term, finding, sources, lang, readOnly, onFinding, onReasoning, onSources }: FindingEditorProps) {
  const { t } = useTranslation();
  const fields = criterionFindingSpec.fields;
  const linked = new Set(finding?.sourceIds ?? []);
  const locked = readOnly || finding === undefined;
  return (
    <fieldset className="finding" data-testid={`finding-${term.code}`}>
      <legend className="finding__legend">{term.labels[lang]}</legend>
      <LegalText text={term.text} status={term.translationStatus} lang={lang} testId={`text-${term.code}`} />
      <fieldset className="finding__choices">
        <legend className="field__label">{fields.finding.label[lang]}</legend>
        {CHOICES.map((code) => (
          <label key={code ?? 'none'} className="finding__choice">
            <input
              type="radio"
              name={name}
              value={code ?? ''}
              checked={(finding?.finding ?? undefined) === code}
              disabled={readOnly}
              onChange={() => onFinding(code)}
            />
            <span>{code === undefined ? t('assessment.notAssessed') : VOCABULARIES.assessment_finding.terms.find((x) => x.code === code)?.labels[lang]}</span>
          </label>
        ))}
      </fieldset>
      <DraftText
        multiline
        label={fields.reasoning.label[lang]}
        value={finding?.reasoning}
        disabled={finding === undefined}
        readOnly={readOnly}
        hint={finding === undefined && !readOnly ? t('assessment.chooseFindingFirst') : undefined}
        onCommit={onReasoning}
      />
      <fieldset className="finding__links">
        <legend className="field__label">{fields.sourceIds.label[lang]}</legend>
        {sources.length === 0 ? (
          <p className="muted">{t('assessment.noSources')}</p>
        ) : (
          sources.map((source) => (
            <Checkbox
              key={source.id}
              label={source.name}
              checked={linked.has(source.id)}
              disabled={locked}
              onChange={(e) => onSources(e.target.checked ? [...(finding?.sourceIds ?? []), source.id] : (finding?.sourceIds ?? []).filter((id) => id !== source.id))}
            />
          ))
        )}
      </fieldset>
      <fieldset className="finding__links">
        <legend className="field__label">{fields.exhibitIds.label[lang]}</legend>
        <p className="muted">{t('assessment.noExhibits')}</p>
        {finding !== undefined && finding.exhibitIds.length > 0 && <p>{t('assessment.linkedExhibits', { count: finding.exhibitIds.length })}</p>}
      </fieldset>
    </fieldset>
  );
}

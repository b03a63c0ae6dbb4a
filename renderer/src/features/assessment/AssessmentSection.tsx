import { useEffect, useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { assessmentSpec, derivedConclusion, latestAssessment, type Assessment, type Source } from '../../../../shared/case-model';
import { parseHumanDate, type FuzzyDate } from '../../../../shared/domain/dates';
import { echrArticle, PACE_1900_CHAPEAU, PACE_1900_CHAPEAU_TRANSLATION, VOCABULARIES, type Lang, type VocabularyId } from '../../../../shared/vocabularies';
import { Button } from '../../components/Button';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { api, call } from '../../lib/api';
import type { SectionProps } from '../case-editor/section-props';
import { formatDate, toLang, vocabLabel } from '../timeline/format';
import {
  addAssessment,
  cleanText,
  findingOf,
  newVersion,
  problemAt,
  replaceAssessment,
  setFinding,
  today,
  updateFinding,
  versionsNewestFirst,
  withField,
  type FindingCode,
  type PaceCode,
  type WgadCode,
} from './assessment-edit';
import { DraftText } from './DraftText';
import { FindingEditor, LegalText } from './FindingEditor';
import { useCommitter } from './use-committer';
import './assessment.css';

const PACE_CRITERIA: readonly PaceCode[] = ['criterion_a', 'criterion_b', 'criterion_c', 'criterion_d', 'criterion_e'];
const WGAD_CATEGORIES: readonly WgadCode[] = ['category_i', 'category_ii', 'category_iii', 'category_iv', 'category_v'];
const ASSESSOR_MAX = 200;

/**
 * The assessment editor: versions newest first, and for the chosen one every PACE criterion with
 * its full text, the §4 exclusion, the WGAD categories and Article 18, each with a finding,
 * reasoning and links, under the conclusion derived from them (which the assessor may override,
 * with a reason). Every choice is committed at once, typing after a pause or on leaving the field.
 */
export function AssessmentSection({ file, commit, readOnly = false }: SectionProps) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  const headingId = useId();
  const [view, edit] = useCommitter(file, commit);
  const versions = versionsNewestFirst(view.assessments);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = versions.find((a) => a.id === selectedId) ?? versions[0];
  const [creating, setCreating] = useState(false);
  const editorHeading = useRef<HTMLHeadingElement>(null);
  /** After "Create", focus moves to the new version's editor. */
  const focusEditor = useRef(false);
  const selectedKey = selected?.id;
  useEffect(() => {
    if (focusEditor.current && editorHeading.current) {
      editorHeading.current.focus();
      focusEditor.current = false;
    }
  }, [selectedKey]);

  const create = (init: { assessedOn: FuzzyDate; assessor: string }) => {
    const next = newVersion(latestAssessment(view.assessments), init);
    edit((current) => addAssessment(current, next));
    setSelectedId(next.id);
    setCreating(false);
    focusEditor.current = true;
  };

  return (
    <section className="assessment" aria-labelledby={headingId} data-testid="assessment-section">
      <h2 id={headingId} className="assessment__title">
        {t('assessment.title')}
      </h2>
      <p className="assessment__intro muted">{t('assessment.intro')}</p>

      <div className="assessment__versions">
        {versions.length > 0 && (
          <nav aria-label={t('assessment.versions')}>
            <ul className="assessment__version-list">
              {versions.map((a, index) => (
                <li key={a.id}>
                  <button
                    type="button"
                    className="assessment__version version-choice"
                    aria-current={a.id === selected?.id ? 'true' : undefined}
                    data-testid="assessment-version"
                    onClick={() => setSelectedId(a.id)}
                  >
                    <span className="assessment__version-date">{formatDate(a.assessedOn, lang)}</span>
                    <span className="assessment__version-assessor">{a.assessor}</span>
                    <span className="assessment__version-conclusion">{vocabLabel('assessment_conclusion', a.conclusionOverride ?? derivedConclusion(a), lang)}</span>
                    {index === 0 && <span className="assessment__latest">{t('assessment.latest')}</span>}
                  </button>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {!readOnly && !creating && (
          <Button variant={versions.length === 0 ? 'primary' : 'secondary'} onClick={() => setCreating(true)}>
            {t('assessment.newAssessment')}
          </Button>
        )}
        {creating && <NewAssessmentForm latest={latestAssessment(view.assessments)} lang={lang} onCreate={create} onCancel={() => setCreating(false)} />}
      </div>

      {selected ? (
        <AssessmentEditor
          key={selected.id}
          assessment={selected}
          sources={view.sources}
          lang={lang}
          readOnly={readOnly}
          headingRef={editorHeading}
          change={(fn) => edit((current) => {
            const a = current.assessments.find((x) => x.id === selected.id);
            if (!a) return current;
            const next = fn(a);
            return next === a ? current : replaceAssessment(current, next);
          })}
        />
      ) : (
        !creating && (
          <div className="empty" role="status">
            <p className="empty__title">{t('assessment.emptyTitle')}</p>
            <p>{t('assessment.emptyBody')}</p>
          </div>
        )
      )}
    </section>
  );
}

function NewAssessmentForm({ latest, lang, onCreate, onCancel }: { latest: Assessment | undefined; lang: Lang; onCreate: (init: { assessedOn: FuzzyDate; assessor: string }) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [assessor, setAssessor] = useState('');
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const date = today();

  useEffect(() => {
    input.current?.focus();
    let live = true;
    // The profile name is the default assessor; the user may change it.
    call(() => api.vault.status())
      .then((status) => {
        if (live && status.profileName) setAssessor((typed) => (typed === '' ? status.profileName ?? '' : typed));
      })
      .catch(() => undefined); // no name: the user types one
    return () => {
      live = false;
    };
  }, []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const name = assessor.trim();
    if (name === '') {
      setError(t('assessment.assessorRequired'));
      input.current?.focus();
      return;
    }
    if (name.length > ASSESSOR_MAX) {
      setError(`At most ${ASSESSOR_MAX} characters`);
      input.current?.focus();
      return;
    }
    onCreate({ assessedOn: date, assessor: name });
  };

  return (
    <form className="assessment__new" onSubmit={submit} noValidate aria-label={t('assessment.newTitle')}>
      <p className="assessment__new-intro">{latest ? t('assessment.newIntroCopy', { date: formatDate(latest.assessedOn, lang) }) : t('assessment.newIntroEmpty')}</p>
      <p className="muted">{t('assessment.newDated', { date: formatDate(date, lang) })}</p>
      <TextField
        label={assessmentSpec.fields.assessor.label[lang]}
        value={assessor}
        inputRef={input}
        error={touched || error ? error : null}
        maxLength={ASSESSOR_MAX + 50}
        onChange={(e) => {
          setAssessor(e.target.value);
          setTouched(true);
          if (error) setError(null);
        }}
        spellCheck={false}
      />
      <div className="form__actions">
        <Button type="submit" variant="primary">
          {t('assessment.create')}
        </Button>
        <Button onClick={onCancel}>{t('assessment.cancel')}</Button>
      </div>
    </form>
  );
}

interface EditorProps {
  assessment: Assessment;
  sources: readonly Source[];
  lang: Lang;
  readOnly: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
  change: (fn: (a: Assessment) => Assessment) => void;
}

function AssessmentEditor({ assessment: a, sources, lang, readOnly, headingRef, change }: EditorProps) {
  const { t } = useTranslation();
  const fields = assessmentSpec.fields;
  const label = (key: keyof typeof fields) => fields[key].label[lang];
  const [pendingOverride, setPendingOverride] = useState<string | null>(null);
  const [reasonMissing, setReasonMissing] = useState(false);

  /** Commits a change if the schema accepts it; otherwise returns the message for `path`. */
  const commitChecked = (fn: (x: Assessment) => Assessment, path: string): string | null => {
    const message = problemAt(fn(a), path);
    if (message) return message;
    change(fn);
    return null;
  };

  const derived = derivedConclusion(a);
  const overrideShown = pendingOverride ?? a.conclusionOverride ?? '';

  const chooseOverride = (code: string) => {
    if (code === '') {
      setPendingOverride(null);
      setReasonMissing(false);
      change((x) => withField(withField(x, 'conclusionOverride', undefined), 'overrideReason', undefined));
      return;
    }
    if (a.overrideReason === undefined) {
      // Not valid without a reason: wait for it, and say so.
      setPendingOverride(code);
      setReasonMissing(true);
      return;
    }
    setPendingOverride(null);
    setReasonMissing(false);
    change((x) => withField(x, 'conclusionOverride', code as Assessment['conclusionOverride']));
  };

  const commitReason = (value: string | undefined): string | null => {
    const override = pendingOverride ?? a.conclusionOverride;
    if (value === undefined && override !== undefined) {
      setReasonMissing(true);
      return t('assessment.overrideReasonRequired');
    }
    const message = commitChecked((x) => {
      const withReason = withField(x, 'overrideReason', value);
      return override === undefined ? withReason : withField(withReason, 'conclusionOverride', override as Assessment['conclusionOverride']);
    }, 'overrideReason');
    if (message === null) {
      setPendingOverride(null);
      setReasonMissing(false);
    }
    return message;
  };

  const commitDate = (value: string | undefined): string | null => {
    if (value === undefined) return t('assessment.dateRequired');
    const parsed = parseHumanDate(value);
    if (!parsed.ok) return t('assessment.invalidDate', { detail: parsed.message });
    if (parsed.edtf === a.assessedOn) return null;
    return commitChecked((x) => withField(x, 'assessedOn', parsed.edtf as FuzzyDate), 'assessedOn');
  };

  const findingProps = (group: 'pace' | 'wgad', code: PaceCode | WgadCode) => {
    const finding = group === 'pace' ? findingOf(a, 'pace', code as PaceCode) : findingOf(a, 'wgad', code as WgadCode);
    const index = group === 'pace' ? a.paceCriteria.findIndex((f) => f.criterion === code) : a.wgadCategories.findIndex((f) => f.category === code);
    const list = group === 'pace' ? 'paceCriteria' : 'wgadCategories';
    return {
      name: `${a.id}-${code}`,
      finding,
      sources,
      lang,
      readOnly,
      onFinding: (value: FindingCode | undefined) => change((x) => setFinding(x, group, code, value)),
      onReasoning: (value: string | undefined) => commitChecked((x) => updateFinding(x, group, code, { reasoning: value }), `${list}.${index}.reasoning`),
      onSources: (ids: string[]) => change((x) => updateFinding(x, group, code, { sourceIds: ids })),
    };
  };

  const termOf = <Id extends VocabularyId>(id: Id, code: string) => VOCABULARIES[id].terms.find((x) => x.code === code)!;
  const article18Text = echrArticle.terms.find((x) => x.code === 'art_18');

  return (
    <article className="assessment__editor" aria-labelledby={`${a.id}-heading`} data-testid="assessment-editor">
      <h3 id={`${a.id}-heading`} ref={headingRef} tabIndex={-1} className="assessment__editor-title">
        {t('assessment.editing', { date: formatDate(a.assessedOn, lang) })}
      </h3>

      <div className="assessment__meta">
        <DraftText label={label('assessedOn')} value={formatDate(a.assessedOn, lang)} readOnly={readOnly} onCommit={commitDate} testId="assessed-on" />
        <DraftText
          label={label('assessor')}
          value={a.assessor}
          readOnly={readOnly}
          onCommit={(value) => (value === undefined ? t('assessment.assessorRequired') : commitChecked((x) => withField(x, 'assessor', value.trim()), 'assessor'))}
          testId="assessor"
        />
      </div>

      <section className="assessment__conclusion" aria-labelledby={`${a.id}-conclusion`} data-testid="assessment-conclusion">
        <h4 id={`${a.id}-conclusion`} className="assessment__group-title">
          {t('assessment.conclusionTitle')}
        </h4>
        <p className="assessment__derived" aria-live="polite">
          <span className="assessment__derived-label">{t('assessment.derived')}:</span>{' '}
          <strong className={`assessment__derived-value assessment__derived-value--${derived}`} data-testid="derived-conclusion">
            {vocabLabel('assessment_conclusion', derived, lang)}
          </strong>
        </p>
        <p className="assessment__rule">{t('assessment.derivedRule')}</p>
        {a.conclusionOverride !== undefined && (
          <p className="assessment__overridden" data-testid="override-in-force">
            {t('assessment.overridden', { conclusion: vocabLabel('assessment_conclusion', a.conclusionOverride, lang) })}
          </p>
        )}
        <SelectField label={label('conclusionOverride')} value={overrideShown} disabled={readOnly} onChange={(e) => chooseOverride(e.target.value)}>
          <option value="">{t('assessment.noOverride')}</option>
          {VOCABULARIES.assessment_conclusion.activeCodes.map((code) => (
            <option key={code} value={code}>
              {vocabLabel('assessment_conclusion', code, lang)}
            </option>
          ))}
        </SelectField>
        <DraftText
          multiline
          rows={3}
          label={label('overrideReason')}
          value={a.overrideReason}
          readOnly={readOnly}
          error={reasonMissing ? t('assessment.overrideReasonRequired') : null}
          hint={pendingOverride !== null ? t('assessment.pendingOverride') : undefined}
          onCommit={commitReason}
          testId="override-reason"
        />
      </section>

      <fieldset className="assessment__group">
        <legend className="assessment__group-title">{t('assessment.paceTitle')}</legend>
        <LegalText text={PACE_1900_CHAPEAU} status={PACE_1900_CHAPEAU_TRANSLATION} lang={lang} testId="pace-chapeau" />
        {PACE_CRITERIA.map((code) => (
          <FindingEditor key={code} term={termOf('pace_1900_criterion', code)} {...findingProps('pace', code)} />
        ))}
      </fieldset>

      <fieldset className="assessment__group">
        <legend className="assessment__group-title">{t('assessment.exclusionTitle')}</legend>
        <FindingEditor term={termOf('pace_1900_criterion', 'exclusion_terrorism')} {...findingProps('pace', 'exclusion_terrorism')} />
      </fieldset>

      <fieldset className="assessment__group">
        <legend className="assessment__group-title">{t('assessment.wgadTitle')}</legend>
        {WGAD_CATEGORIES.map((code) => (
          <FindingEditor key={code} term={termOf('wgad_category', code)} {...findingProps('wgad', code)} />
        ))}
        <div className="assessment__row">
          <VocabSelect vocabulary="wgad_opinion_outcome" label={label('wgadOpinion')} value={a.wgadOpinion} lang={lang} readOnly={readOnly} onChange={(code) => change((x) => withField(x, 'wgadOpinion', code as Assessment['wgadOpinion']))} />
          <DraftText label={label('wgadOpinionReference')} value={a.wgadOpinionReference} readOnly={readOnly} onCommit={(value) => commitChecked((x) => withField(x, 'wgadOpinionReference', value?.trim()), 'wgadOpinionReference')} />
        </div>
      </fieldset>

      <fieldset className="assessment__group">
        <legend className="assessment__group-title">{t('assessment.article18Title')}</legend>
        <LegalText text={article18Text?.text} status={article18Text?.translationStatus} lang={lang} testId="article-18-text" />
        <div className="assessment__row">
          <VocabSelect vocabulary="article_18_finding" label={label('article18')} value={a.article18} lang={lang} readOnly={readOnly} onChange={(code) => change((x) => withField(x, 'article18', code as Assessment['article18']))} />
          <DraftText label={label('article18Reference')} value={a.article18Reference} readOnly={readOnly} onCommit={(value) => commitChecked((x) => withField(x, 'article18Reference', value?.trim()), 'article18Reference')} />
        </div>
        <DraftText multiline label={label('article18Reasoning')} value={a.article18Reasoning} readOnly={readOnly} onCommit={(value) => commitChecked((x) => withField(x, 'article18Reasoning', value), 'article18Reasoning')} />
      </fieldset>

      <fieldset className="assessment__group">
        <legend className="assessment__group-title">{t('assessment.reviewTitle')}</legend>
        <DraftText label={label('reviewedBy')} value={a.reviewedBy} readOnly={readOnly} onCommit={(value) => commitChecked((x) => withField(x, 'reviewedBy', value?.trim()), 'reviewedBy')} />
        <DraftText multiline label={label('notes')} value={a.notes} readOnly={readOnly} onCommit={(value) => commitChecked((x) => withField(x, 'notes', value === undefined ? undefined : cleanText(value)), 'notes')} />
      </fieldset>
    </article>
  );
}

function VocabSelect({ vocabulary, label, value, lang, readOnly, onChange }: { vocabulary: VocabularyId; label: string; value: string | undefined; lang: Lang; readOnly: boolean; onChange: (code: string | undefined) => void }) {
  const { t } = useTranslation();
  const codes = VOCABULARIES[vocabulary].activeCodes as readonly string[];
  return (
    <SelectField label={label} value={value ?? ''} disabled={readOnly} onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}>
      <option value="">{t('assessment.notRecorded')}</option>
      {value !== undefined && !codes.includes(value) && <option value={value}>{vocabLabel(vocabulary, value, lang)}</option>}
      {codes.map((code) => (
        <option key={code} value={code}>
          {vocabLabel(vocabulary, code, lang)}
        </option>
      ))}
    </SelectField>
  );
}

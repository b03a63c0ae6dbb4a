import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  articleLabel,
  bundledCatalogue,
  chargeArticleRef,
  codeVersionId,
  findArticle,
  resolveArticleRef,
  searchArticles,
  type Catalogue,
  type ChargeArticleRef,
  type CodeVersion,
  type CodeVersionKey,
  type LawArticle,
} from '../../../../../../shared/catalogue';
import type { Lang } from '../../../../../../shared/vocabularies';
import { useEditor } from '../context';
import type { FieldHandle } from '../types';
import { inputAttrs } from './attrs';

type Choice =
  | { readonly kind: 'catalogued'; readonly article: LawArticle; readonly readAs?: string }
  | { readonly kind: 'uncatalogued'; readonly ref: string; readonly nearest?: LawArticle };

const MAX_CHOICES = 12;

function keyOf(version: CodeVersion): CodeVersionKey {
  return { jurisdiction: version.jurisdiction, code: version.code, version: version.version };
}

/** Catalogue matches for what was typed, with the typed number offered as uncatalogued when it is not in the catalogue. */
export function articleChoices(catalogue: Catalogue, key: CodeVersionKey, query: string, lang: Lang): Choice[] {
  const q = query.trim();
  if (q === '') return [];
  const choices: Choice[] = [];
  const seen = new Set<string>();
  const push = (article: LawArticle, readAs?: string) => {
    if (seen.has(article.ref)) return;
    seen.add(article.ref);
    choices.push(readAs ? { kind: 'catalogued', article, readAs } : { kind: 'catalogued', article });
  };
  const resolved = resolveArticleRef(catalogue, key, q);
  if (resolved.ok && resolved.status === 'uncatalogued') {
    choices.push(resolved.nearest ? { kind: 'uncatalogued', ref: resolved.ref, nearest: resolved.nearest } : { kind: 'uncatalogued', ref: resolved.ref });
  }
  if (resolved.ok && resolved.status === 'catalogued') push(resolved.article, resolved.reinterpretedFrom ? resolved.ref : undefined);
  if (resolved.ok && resolved.status === 'ambiguous') resolved.candidates.forEach((a) => push(a));
  for (const hit of searchArticles(catalogue, q, lang, { version: key, limit: MAX_CHOICES })) push(hit.article);
  return choices.slice(0, MAX_CHOICES + 1);
}

function versionTitle(version: CodeVersion, lang: Lang): string {
  return `${version.title[lang] ?? version.title.en} (${version.version})`;
}

function TranslationTag({ unofficial }: { unofficial: boolean }) {
  const { t } = useTranslation();
  return unofficial ? <span className="tag tag--unofficial">{t('caseEditor.article.unofficial')}</span> : null;
}

/** What the charge points at: the catalogue title (and whether it is official), or "not in catalogue". */
function ChosenArticle({ value, lang }: { value: ChargeArticleRef; lang: Lang }) {
  const { t } = useTranslation();
  const catalogue = bundledCatalogue();
  const found = findArticle(catalogue, value, value.article);
  const version = catalogue.versions.find((v) => codeVersionId(v.codeVersion) === codeVersionId(value))?.codeVersion;
  const label = found ? articleLabel(found.article, lang) : undefined;
  return (
    <div className="article-chosen" data-testid="article-chosen">
      <p className="article-chosen__main">
        {found?.match === 'exact' && label ? (
          <>
            <span className="article-chosen__text">{label.text}</span> <TranslationTag unofficial={label.unofficialTranslation} />
          </>
        ) : (
          <>
            <span className="article-chosen__text">{value.article}</span> <span className="tag tag--warning">{t('caseEditor.article.notCatalogued')}</span>
          </>
        )}
      </p>
      {found?.match === 'exact' && label?.partDescription && (
        <p className="article-chosen__part">
          {label.partDescription.text} <TranslationTag unofficial={label.partDescription.unofficialTranslation} />
        </p>
      )}
      {found?.match === 'parent' && label && (
        <p className="article-chosen__part">
          {t('caseEditor.article.nearest', { label: label.text })} <TranslationTag unofficial={label.unofficialTranslation} />
        </p>
      )}
      <p className="article-chosen__meta">
        {version ? versionTitle(version, lang) : `${value.jurisdiction} ${value.code} ${value.version}`}
        {value.asEntered && value.asEntered !== value.article ? ` · ${t('caseEditor.article.asEntered', { text: value.asEntered })}` : ''}
      </p>
    </div>
  );
}

/**
 * Chooses a law article from the catalogue of a code version: by number ("234.4.3", "ст. 234 ч. 4
 * п. 3") or by words of its title in any of the three languages. A number that is not catalogued can
 * still be entered and is marked so. Titles other than the official Azerbaijani text are marked as
 * unofficial translations.
 */
export function ArticlePicker({ field }: { field: FieldHandle }) {
  const { t } = useTranslation();
  const { lang } = useEditor();
  const catalogue = bundledCatalogue();
  const value = field.value as ChargeArticleRef | undefined;
  const versions = catalogue.versions.map((v) => v.codeVersion);
  const [chosenVersion, setChosenVersion] = useState<string | null>(null);
  const versionId = chosenVersion ?? (value ? codeVersionId(value) : versions[0] ? codeVersionId(versions[0]) : '');
  const version = versions.find((v) => codeVersionId(v) === versionId) ?? versions[0];
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const codeId = useId();

  if (!version) return null;
  const key = keyOf(version);
  const choices = open ? articleChoices(catalogue, key, query, lang) : [];
  const expanded = open && query.trim() !== '';
  const listed = expanded && choices.length > 0;
  const optionId = (i: number) => `${listId}-opt-${i}`;

  const choose = (choice: Choice) => {
    const ok = field.commit(choice.kind === 'catalogued' ? chargeArticleRef(key, choice.article.ref) : chargeArticleRef(key, choice.ref, query));
    if (ok) {
      setQuery('');
      setOpen(false);
    }
  };

  const changeVersion = (id: string) => {
    setChosenVersion(id);
    const next = versions.find((v) => codeVersionId(v) === id);
    if (value && next) field.commit({ ...value, ...keyOf(next) });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, Math.max(0, choices.length - 1)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (event.key === 'Enter') {
      const choice = choices[active];
      if (expanded && choice) {
        event.preventDefault();
        choose(choice);
      }
    } else if (event.key === 'Escape' && expanded) {
      // Closes the list only; the editor (and the window) must not see this Escape.
      event.preventDefault();
      event.stopPropagation();
      event.nativeEvent.stopImmediatePropagation();
      setOpen(false);
    }
  };

  return (
    <div className="article-picker">
      {value ? <ChosenArticle value={value} lang={lang} /> : <p className="field__hint">{t('caseEditor.article.none')}</p>}
      <div className="article-picker__row">
        <div className="article-picker__code">
          <label className="field__sublabel" htmlFor={codeId}>
            {t('caseEditor.article.code')}
          </label>
          <select id={codeId} className="input select" value={versionId} onChange={(e) => changeVersion(e.target.value)} disabled={field.readOnly}>
            {versions.map((v) => (
              <option key={codeVersionId(v)} value={codeVersionId(v)}>
                {versionTitle(v, lang)}
              </option>
            ))}
          </select>
        </div>
        <div className="article-picker__search">
          <input
            {...inputAttrs(field)}
            type="text"
            role="combobox"
            className="input"
            aria-autocomplete="list"
            aria-expanded={listed}
            aria-controls={listed ? listId : undefined}
            aria-activedescendant={listed && choices[active] !== undefined ? optionId(active) : undefined}
            placeholder={t('caseEditor.article.searchPlaceholder')}
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setOpen(true);
              setActive(0);
            }}
            onFocus={() => setOpen(true)}
            onBlur={() => setOpen(false)}
            onKeyDown={onKeyDown}
            readOnly={field.readOnly}
            autoComplete="off"
            spellCheck={false}
          />
          {expanded && choices.length > 0 && (
            <ul id={listId} role="listbox" aria-label={t('caseEditor.article.results')} className="article-list">
              {choices.map((choice, i) => (
                <li
                  key={choice.kind === 'catalogued' ? choice.article.ref : `new-${choice.ref}`}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === active}
                  className={i === active ? 'article-list__option article-list__option--active' : 'article-list__option'}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => choose(choice)}
                >
                  <ChoiceText choice={choice} lang={lang} />
                </li>
              ))}
            </ul>
          )}
          {expanded && choices.length === 0 && (
            <p className="article-list article-list__empty" role="status">
              {t('caseEditor.article.noResults')}
            </p>
          )}
        </div>
      </div>
    </div>
  );
}

function ChoiceText({ choice, lang }: { choice: Choice; lang: Lang }) {
  const { t } = useTranslation();
  if (choice.kind === 'uncatalogued') {
    return (
      <>
        <span className="article-list__title">{t('caseEditor.article.useUncatalogued', { ref: choice.ref })}</span>
        {choice.nearest && <span className="article-list__note">{t('caseEditor.article.nearest', { label: articleLabel(choice.nearest, lang).text })}</span>}
      </>
    );
  }
  const label = articleLabel(choice.article, lang);
  return (
    <>
      <span className="article-list__title">{label.text}</span>
      {label.partDescription && <span className="article-list__note">{label.partDescription.text}</span>}
      {choice.readAs && <span className="article-list__note">{t('caseEditor.article.readAs', { ref: choice.readAs })}</span>}
      <TranslationTag unofficial={label.unofficialTranslation} />
    </>
  );
}

/**
 * Values as a dossier prints them: stored dates, terms, articles, vocabulary codes, sizes and
 * times. Everything is spelt out here instead of asking Intl or Date for it, so the output does not
 * depend on the machine's locale, ICU data or time zone (the same data must give the same bytes).
 */
import { articleLabel, bundledCatalogue, findArticle, type ChargeArticleRef } from '../../../../../shared/catalogue';
import { describeTimelineLabel, explainExpectedRelease, RELEASE_STEP_WORDS, TIMELINE_FLAG_WORDS, TIMELINE_ROLE_WORDS, type ExpectedRelease, type Term, type TimelineLabel, type TimelineWording } from '../../../../../shared/case-model';
import { formatFuzzyDate } from '../../../../../shared/domain/dates';
import type { ReportLang } from '../../../../../shared/reports';
import { vocabularyLabel, type VocabularyId } from '../../../../../shared/vocabularies';
import { DOSSIER_LABELS, fill } from './dossier-labels';

/** A stored (EDTF) date in `lang`; the stored text itself if it is not a valid date. */
export function formatDate(edtf: string, lang: ReportLang): string {
  try {
    return formatFuzzyDate(edtf, lang);
  } catch {
    return edtf;
  }
}

/** "31 January 2026, 12:00 UTC" from an ISO date-time, read in UTC whatever the machine's zone. */
export function formatGeneratedAt(iso: string, lang: ReportLang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const utc = d.toISOString(); // always UTC, always this shape
  return `${formatDate(utc.slice(0, 10), lang)}, ${utc.slice(11, 16)} UTC`;
}

/** The UTC calendar day of an ISO date-time, as a date in `lang` (custody events, receipts). */
export function formatDayOf(iso: string, lang: ReportLang): string {
  return /^\d{4}-\d{2}-\d{2}/.test(iso) ? formatDate(iso.slice(0, 10), lang) : iso;
}

export function vocab(vocabulary: VocabularyId, code: string, lang: ReportLang): string {
  return vocabularyLabel(vocabulary, code, lang);
}

type PluralForm = 'one' | 'few' | 'many';

/** Russian plural form of `n` (the CLDR rule for integers, written out so no ICU data is needed). */
function russianForm(n: number): PluralForm {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return 'one';
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return 'few';
  return 'many';
}

const UNIT_WORDS = {
  en: { year: ['year', 'years'], month: ['month', 'months'], day: ['day', 'days'] },
  // Azerbaijani nouns do not change after a number.
  az: { year: ['il'], month: ['ay'], day: ['gün'] },
  ru: { year: ['год', 'года', 'лет'], month: ['месяц', 'месяца', 'месяцев'], day: ['день', 'дня', 'дней'] },
} as const satisfies Record<ReportLang, Record<'year' | 'month' | 'day', readonly string[]>>;

function unitWord(lang: ReportLang, unit: 'year' | 'month' | 'day', n: number): string {
  const forms: readonly string[] = UNIT_WORDS[lang][unit];
  if (lang === 'en') return (n === 1 ? forms[0] : forms[1]) ?? '';
  if (lang === 'ru') return forms[['one', 'few', 'many'].indexOf(russianForm(n))] ?? '';
  return forms[0] ?? '';
}

/** "7 years 6 months", "7 il 6 ay", "7 лет 6 месяцев"; "0 days" for an empty term. */
export function formatTerm(term: Term, lang: ReportLang): string {
  const parts: string[] = [];
  for (const unit of ['year', 'month', 'day'] as const) {
    const n = term[`${unit}s`];
    if (n === undefined || n === 0) continue;
    parts.push(`${n} ${unitWord(lang, unit, n)}`);
  }
  return parts.length > 0 ? parts.join(' ') : `0 ${unitWord(lang, 'day', 0)}`;
}

export interface ArticleText {
  /** "234.4.3" as charged (what the user entered when it differs). */
  readonly ref: string;
  /** The catalogue title in `lang` (or the nearest language), with a note when only a parent is catalogued. */
  readonly title?: string;
  /** The title shown is a translation, not the official (Azerbaijani) wording. */
  readonly unofficial: boolean;
}

/**
 * An article as charged with its title from the bundled catalogue. A reference the catalogue does
 * not hold keeps the text as entered and, when an enclosing provision is catalogued, names it (a
 * charge under an uncatalogued part is still recognisably "theft" to the reader).
 */
export function formatArticle(ref: ChargeArticleRef, lang: ReportLang): ArticleText {
  const shown = ref.asEntered !== undefined && ref.asEntered !== ref.article ? `${ref.article} (${ref.asEntered})` : ref.article;
  let found: ReturnType<typeof findArticle>;
  try {
    found = findArticle(bundledCatalogue(), ref, ref.article);
  } catch {
    found = undefined;
  }
  if (!found) return { ref: shown, unofficial: false };
  const label = articleLabel(found.article, lang);
  const title = label.titleLang === undefined ? undefined : label.text.slice(found.article.ref.length + ' — '.length);
  if (found.match === 'parent') {
    const within = fill(DOSSIER_LABELS.withinArticle[lang], { article: found.article.ref });
    return { ref: shown, title: title === undefined ? within : `${within}: ${title}`, unofficial: label.unofficialTranslation };
  }
  return { ref: shown, ...(title !== undefined ? { title } : {}), unofficial: label.unofficialTranslation };
}

/** "234.4.3 — <title>" on one line, for the timeline and cross-references. */
export function articleLine(ref: ChargeArticleRef, lang: ReportLang): string {
  const a = formatArticle(ref, lang);
  return a.title === undefined ? a.ref : `${a.ref} — ${a.title}`;
}

/** "May 2013 – June 2014", "May 2013 –", "– June 2014" from two printed dates (either may be empty). */
export function span(from: string, to: string): string {
  if (from && to) return `${from} – ${to}`;
  if (from) return `${from} –`;
  return to ? `– ${to}` : '';
}

/** "12.3 KB": sizes with explicit rounding (toFixed is locale-free). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Whole numbers with thin grouping ("1 250 000"), so amounts read the same in every language. */
export function formatAmount(n: number): string {
  const digits = String(Math.trunc(Math.abs(n)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return n < 0 ? `-${grouped}` : grouped;
}

/**
 * Text as it may be printed: exhibit names can hold control characters and any length (see
 * shared/exhibits/exhibit.ts); tabs would print as nothing. Line breaks are kept for prose.
 */
export function printable(text: string, max = 2000): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const cleaned = text.replace(/\t/g, ' ').replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g, '');
  return cleaned.length > max ? `${cleaned.slice(0, max - 1)}…` : cleaned;
}

/** How the dossier words a timeline: its own locale-free formats, the shared timeline words. */
function timelineWording(lang: ReportLang): TimelineWording {
  return {
    vocab: (vocabulary, code) => vocab(vocabulary, code, lang),
    article: (ref) => ({ text: articleLine(ref, lang) }),
    term: (term) => formatTerm(term, lang),
    date: (edtf) => formatDate(edtf, lang),
    role: (role, value) => fill(TIMELINE_ROLE_WORDS[role][lang], { value }),
    flag: (flag) => TIMELINE_FLAG_WORDS[flag][lang],
    releaseStep: (step, values = {}) => fill(RELEASE_STEP_WORDS[step][lang], values),
  };
}

/** One label of a timeline event in `lang`. */
export function describeLabel(label: TimelineLabel, lang: ReportLang): string {
  // A charge kept without its (withheld) article still gives a timeline event.
  if (label.kind === 'article' && label.article === undefined) return '';
  return describeTimelineLabel(label, timelineWording(lang)).text;
}

/** The computation of an expected release date, one sentence per step (as the timeline explains it). */
export function explainRelease(release: ExpectedRelease, lang: ReportLang): string[] {
  return explainExpectedRelease(release, timelineWording(lang));
}

/**
 * Display helpers shared by the timeline, history and assessment views: vocabulary labels, terms,
 * articles and stored dates in the UI language. Pure functions, so they are tested directly.
 */
import { articleLabel, bundledCatalogue, findArticle, type ChargeArticleRef } from '../../../../shared/catalogue';
import type { Term } from '../../../../shared/case-model/sentence';
import { formatFuzzyDate, tryParseEdtf } from '../../../../shared/domain/dates';
import { vocabularyLabel, type Lang, type VocabularyId } from '../../../../shared/vocabularies';

/** The UI language as a vocabulary language (English for anything else). */
export function toLang(language: string | undefined): Lang {
  return language === 'az' || language === 'ru' ? language : 'en';
}

export function vocabLabel(vocabulary: VocabularyId, code: string, lang: Lang): string {
  return vocabularyLabel(vocabulary, code, lang);
}

/** A stored date in the UI language; the stored text itself if it is not a valid date. */
export function formatDate(edtf: string, lang: Lang): string {
  try {
    return formatFuzzyDate(edtf, lang);
  } catch {
    return edtf;
  }
}

/** Whether a stored date is approximate (~) or uncertain (?), for the markers beside it. */
export function dateQualifiers(edtf: string): { approximate: boolean; uncertain: boolean } {
  const r = tryParseEdtf(edtf);
  return r.ok ? { approximate: r.value.approximate, uncertain: r.value.uncertain } : { approximate: false, uncertain: false };
}

type Unit = 'year' | 'month' | 'day';
type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
const UNIT_WORDS: Record<Lang, Record<Unit, Forms>> = {
  en: { year: { one: 'year', other: 'years' }, month: { one: 'month', other: 'months' }, day: { one: 'day', other: 'days' } },
  // Azerbaijani nouns do not change after a number.
  az: { year: { other: 'il' }, month: { other: 'ay' }, day: { other: 'gün' } },
  ru: {
    year: { one: 'год', few: 'года', many: 'лет', other: 'года' },
    month: { one: 'месяц', few: 'месяца', many: 'месяцев', other: 'месяца' },
    day: { one: 'день', few: 'дня', many: 'дней', other: 'дня' },
  },
};
const pluralRules = new Map<Lang, Intl.PluralRules>();
function plural(lang: Lang, n: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules.select(n);
}

/** "7 years 6 months", "7 il 6 ay", "7 лет 6 месяцев"; "0 days" for an empty term. */
export function formatTerm(term: Term, lang: Lang): string {
  const parts: string[] = [];
  for (const unit of ['year', 'month', 'day'] as const) {
    const n = term[`${unit}s`];
    if (n === undefined || n === 0) continue;
    const forms = UNIT_WORDS[lang][unit];
    parts.push(`${n} ${forms[plural(lang, n)] ?? forms.other}`);
  }
  if (parts.length === 0) return `0 ${UNIT_WORDS[lang].day[plural(lang, 0)] ?? UNIT_WORDS[lang].day.other}`;
  return parts.join(' ');
}

const ARTICLE_PREFIX: Record<Lang, string> = { en: 'Art.', az: 'Maddə', ru: 'ст.' };

export interface FormattedArticle {
  readonly text: string;
  /** The title shown is not the official wording (the UI must say so). */
  readonly unofficialTranslation: boolean;
}

/** "Art. 234.1 — <title>" from the bundled catalogue; the reference as entered when not catalogued. */
export function formatArticle(ref: ChargeArticleRef, lang: Lang): FormattedArticle {
  let found: ReturnType<typeof findArticle>;
  try {
    found = findArticle(bundledCatalogue(), ref, ref.article);
  } catch {
    found = undefined;
  }
  if (found?.match === 'exact') {
    const label = articleLabel(found.article, lang);
    return { text: `${ARTICLE_PREFIX[lang]} ${label.text}`, unofficialTranslation: label.unofficialTranslation };
  }
  return { text: `${ARTICLE_PREFIX[lang]} ${ref.article}${ref.asEntered !== undefined && ref.asEntered !== ref.article ? ` (${ref.asEntered})` : ''}`, unofficialTranslation: false };
}

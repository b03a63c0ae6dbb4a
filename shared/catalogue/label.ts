import type { Lang, LawArticle, LocalisedText } from './schemas';

export interface ArticleLabel {
  /** "234.4.3 — <title>", or just the reference when no title is known. */
  text: string;
  /** Language of the title shown (may differ from the one asked for when that one is missing). */
  titleLang?: Lang;
  /** True when the title shown is not the official wording: the UI must say so. */
  unofficialTranslation: boolean;
  /** What the part adds to the article's title, when known (English only in the bundled data). */
  partDescription?: { lang: Lang; text: string; unofficialTranslation: boolean };
  catalogued: boolean;
}

/** Fallback when the requested language is missing: the official language first, then English, then Russian. */
const FALLBACK: readonly Lang[] = ['az', 'en', 'ru'];

function pick(texts: Partial<Record<Lang, LocalisedText>> | undefined, lang: Lang): { lang: Lang; t: LocalisedText } | undefined {
  if (!texts) return undefined;
  for (const l of [lang, ...FALLBACK.filter((x) => x !== lang)]) {
    const t = texts[l];
    if (t) return { lang: l, t };
  }
  return undefined;
}

export function articleLabel(article: LawArticle, lang: Lang): ArticleLabel {
  const title = pick(article.titles, lang);
  const part = pick(article.partDescription, lang);
  return {
    text: title ? `${article.ref} — ${title.t.text}` : article.ref,
    ...(title ? { titleLang: title.lang } : {}),
    unofficialTranslation: title ? !title.t.official : false,
    ...(part ? { partDescription: { lang: part.lang, text: part.t.text, unofficialTranslation: !part.t.official } } : {}),
    catalogued: article.catalogued,
  };
}

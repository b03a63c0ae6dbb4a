import { foldText, foldedWords } from './fold';
import { normaliseArticleRef } from './normalise';
import { compareArticleRefs } from './refs';
import { codeVersionId, type Catalogue, type CodeVersionKey, type Lang, type LawArticle } from './schemas';

export interface SearchHit {
  version: CodeVersionKey;
  article: LawArticle;
  /** 'number' when the query was a reference (exact or prefix), 'text' when it matched words of a title. */
  matchedBy: 'number' | 'text';
  score: number;
}

export interface SearchOptions {
  /** Only this code version (usually the one the charge is in). */
  version?: CodeVersionKey;
  limit?: number;
}

function haystack(a: LawArticle): { inLang: Record<Lang, string[]>; all: string[] } {
  const inLang = { az: [] as string[], en: [] as string[], ru: [] as string[] };
  for (const l of ['az', 'en', 'ru'] as const) {
    inLang[l] = [...foldedWords(a.titles[l]?.text ?? ''), ...foldedWords(a.partDescription?.[l]?.text ?? '')];
  }
  return { inLang, all: [...inLang.az, ...inLang.en, ...inLang.ru] };
}

const everyPrefix = (query: string[], words: string[]) => query.every((q) => words.some((w) => w.startsWith(q)));

/**
 * Finds articles by number prefix ("221" → 221, 221.2.1, …) and by words in any of the three languages
 * (case- and diacritic-insensitive; each query word must start a word of the title or part description).
 * The exact number ranks first, then number prefixes in numeric order, then text matches, preferring
 * matches in `lang`, whole articles before parts, then numeric order.
 */
export function searchArticles(catalogue: Catalogue, query: string, lang: Lang, options: SearchOptions = {}): SearchHit[] {
  const q = query.trim();
  if (q === '') return [];
  const limit = options.limit ?? 50;
  const versions = options.version
    ? catalogue.versions.filter((v) => codeVersionId(v.codeVersion) === codeVersionId(options.version as CodeVersionKey))
    : catalogue.versions;

  const n = normaliseArticleRef(q);
  const numeric = n.ok ? n.ref : /^\d[\d.\- ]*$/.test(q) ? q.replace(/\s+/g, '') : undefined;
  const words = numeric === undefined ? foldedWords(q) : [];
  const folded = foldText(q);

  const hits: SearchHit[] = [];
  for (const v of versions) {
    const key = { jurisdiction: v.codeVersion.jurisdiction, code: v.codeVersion.code, version: v.codeVersion.version };
    for (const a of v.articles) {
      if (numeric !== undefined) {
        if (a.ref === numeric || (n.ok && n.alternatives.includes(a.ref))) {
          hits.push({ version: key, article: a, matchedBy: 'number', score: a.ref === numeric ? 1000 : 900 });
        } else if (a.ref.startsWith(numeric)) {
          hits.push({ version: key, article: a, matchedBy: 'number', score: 500 });
        }
        continue;
      }
      if (words.length === 0) continue;
      const h = haystack(a);
      if (!everyPrefix(words, h.all)) continue;
      let score = 100;
      if (everyPrefix(words, h.inLang[lang])) score += 20;
      const title = foldText(a.titles[lang]?.text ?? '');
      if (title === folded) score += 30;
      else if (title.startsWith(folded)) score += 10;
      if (a.parent === null) score += 5;
      hits.push({ version: key, article: a, matchedBy: 'text', score });
    }
  }
  return hits.sort((x, y) => y.score - x.score || compareArticleRefs(x.article.ref, y.article.ref)).slice(0, limit);
}

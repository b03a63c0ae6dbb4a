import { wordForms } from './fold';
import { hasPrefix, hasWord } from './sorted';
import { tokenize, wordsOf } from './tokens';

/**
 * One word of a query. A document matches it exactly when one of its words equals one of `exact`,
 * and as a prefix when one of its words starts with one of `prefixes` (search as you type;
 * `prefixes` includes `exact`, and is empty for whole-word matching).
 */
export interface QueryTerm {
  readonly exact: readonly string[];
  readonly prefixes: readonly string[];
}

export interface MatchOptions {
  /** Match whole words only (no prefixes); for callers that search for complete names. */
  readonly wholeWords?: boolean;
}

/**
 * Letters that the next keystroke may turn into a different letter, and the letters that would do
 * it: "Mus" may be the start of "Mush(fiq)" = Muşfiq, "D" of "Dzh(afarov)" = Cəfərov. Without this,
 * a match would vanish for a keystroke and come back.
 */
const PENDING: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({ s: ['h'], c: ['h'], z: ['h'], k: ['h'], t: ['ch'], d: ['j'], д: ['ж'], т: ['ч'] }),
);

/** Folded prefixes for one query word, including the ones its next keystroke could lead to. */
function prefixesOf(word: string, exact: readonly string[]): string[] {
  const out = new Set(exact);
  const last = word.at(-1)?.toLowerCase() ?? '';
  for (const more of PENDING.get(last) ?? []) for (const form of wordForms(word + more)) out.add(form);
  // A glide after a vowel or at the start of a word is dropped once the next vowel arrives: "Musay"
  // on the way to Musayev (musav) also looks for "musa", and a lone "Y" on the way to Yusifov
  // (usifov) or Yelena (alana) also looks for words starting with a vowel.
  for (const form of [...out]) {
    if (/[aou]i$/.test(form)) out.add(form.slice(0, -1));
    if (form === 'i') for (const vowel of ['a', 'o', 'u']) out.add(vowel);
  }
  return [...out];
}

/** The query's words, folded, without repeats. A query with no letters or digits has no terms. */
export function parseQuery(query: string, options: MatchOptions = {}): QueryTerm[] {
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  for (const token of tokenize(query)) {
    const exact = wordForms(token.text);
    if (exact.length === 0) continue;
    const key = exact.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    terms.push({ exact, prefixes: options.wholeWords ? [] : prefixesOf(token.text, exact) });
  }
  return terms;
}

/**
 * Folded forms of the words of short texts, by text. Most of what a case holds is shared with
 * thousands of other cases (vocabulary labels in three languages, article titles, prison and court
 * names), so splitting and folding each of those once makes indexing 10,000 cases several times
 * faster. Long prose is rarely shared and is not kept.
 */
const textForms = new Map<string, readonly string[]>();
const TEXT_FORMS_LIMIT = 20_000;
const SHARED_TEXT_MAX = 300;

function formsOfText(text: string): readonly string[] {
  let forms = text.length <= SHARED_TEXT_MAX ? textForms.get(text) : undefined;
  if (forms === undefined) {
    const out = new Set<string>();
    for (const word of wordsOf(text)) for (const form of wordForms(word)) out.add(form);
    forms = [...out];
    if (text.length <= SHARED_TEXT_MAX) {
      if (textForms.size >= TEXT_FORMS_LIMIT) textForms.clear();
      textForms.set(text, forms);
    }
  }
  return forms;
}

/** Every folded form of every word of a document's texts, sorted, for termMatch. */
export function documentWords(texts: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const text of texts) for (const form of formsOfText(text)) forms.add(form);
  return [...forms].sort();
}

/** How a term meets a document's sorted words: 2 exactly, 1 as a prefix, 0 not at all. */
export function termMatch(term: QueryTerm, words: readonly string[]): 0 | 1 | 2 {
  for (const form of term.exact) if (hasWord(words, form)) return 2;
  for (const prefix of term.prefixes) if (hasPrefix(words, prefix)) return 1;
  return 0;
}

/**
 * Whether a single document (its texts) matches a query: every query word must start (or, with
 * wholeWords, be) a word of the document. An empty query matches everything, as search() returns
 * every id for it.
 */
export function matchesQuery(query: string, texts: readonly string[], options: MatchOptions = {}): boolean {
  const terms = parseQuery(query, options);
  if (terms.length === 0) return true;
  const words = documentWords(texts);
  return terms.every((term) => termMatch(term, words) !== 0);
}

import { skeletonOf } from './skeleton';
import { wordsOf } from './tokens';

/**
 * The search fold: a canonical key under which "intigam aliyev", "İntiqam Əliyev" and "Интигам
 * Алиев" are the same. Three stages, per word:
 *   1. skeleton.ts: any script → Azerbaijani Latin letters, digraphs collapsed (sh → ş, дж → dj).
 *   2. letter classes (CLASS below): letters that transliterations swap for each other become one.
 *   3. positional rules (finish below): doubled letters and y-glides that one spelling writes and
 *      another leaves out.
 * The output alphabet (a b c ç d f g i k l m n o p r s ş t u v x z, digits, letters of other
 * scripts) maps to itself at every stage, so folding twice changes nothing.
 *
 * A few letters are genuinely ambiguous (skeleton.ts lists them). foldWord takes the most common
 * reading; wordForms gives every reading, and matching succeeds when any form of a query word meets
 * any form of a document word, so "Jusifov" still finds "Yusifov" and "Рафик" finds "Rafiq".
 */

/** Stage 2. Every rule is a pair of spellings of one name that must meet. */
const CLASS: Readonly<Record<string, string>> = {
  ə: 'a', // Əliyev = Aliyev = Алиев: English writes ə as a, Russian as а or е (Məmməd = Мамед)
  e: 'a', // ... and so e has to join a and ə too: Məmmədov = Mamedov = Mammadov
  ı: 'i', // Azerbaijani ı is Russian ы, written i or y in English: Muxtarlı = Мухтарлы = Mukhtarli
  y: 'i', // y is the glide of й/ј/я/ю: Hüseynov = Гусейнов = Huseinov, Nikolay = Nikolai
  ö: 'o', // ö = ө, written o in Russian and English
  ü: 'u', // ü = ү, written у/ю in Russian and u in English
  q: 'g', // Azerbaijani q = Russian г = English g: İntiqam = Интигам = Intigam
  ğ: 'g', // ğ = ғ = gh, written г in Russian: Bağırov = Багиров = Bagirov
  h: 'g', // Russian writes Azerbaijani h as г: Hüseynov = Гусейнов, Həsən = Гасан (х is wordForms' other reading)
  j: 'c', // ʒ (ж, zh) and dʒ (c, ҹ, дж, English j) are merged: English writes Cəfərov as Jafarov
  w: 'v', // no w in Azerbaijani or Russian; English and German spellings use v and w for it
};

/** Placeholders from skeleton.ts: [placeholder, most common reading, other reading]. */
const READINGS: readonly (readonly [string, string, string])[] = [
  ['J', 'j', 'y'],
  ['H', 'h', 'x'],
  ['X', 'x', 'h'],
  ['Y', '', 'y'],
  ['O', 'e', 'o'],
  ['K', 'k', 'g'],
];

/** Runs of one letter become one: Məmmədov = Мамедов, and "iy" folds to one i below. Digits stay (2011 ≠ 201). */
const collapseRuns = (s: string): string => s.replace(/(\p{L})\1+/gu, '$1');

/** Stages 2 and 3 for one reading of a skeleton. */
function finish(reading: string): string {
  let s = '';
  for (const ch of reading) s += CLASS[ch] ?? ch;
  // A d before dʒ/ʒ is the d of Russian дж and English dzh/dj, which stand for one letter c/ҹ:
  // Cəfərov = Джафаров = Dzhafarov = Djafarov. Likewise French-style tch is ч: Tchaikovsky.
  s = s.replace(/d+c/g, 'c').replace(/t+ç/g, 'ç');
  s = collapseRuns(s);
  // The y-glide is written by some and left out by others at the start of a word and between
  // vowels (Yusifov = Юсифов, Yusubov = Усубов, Yelena = Елена = Elena, Musayev = Мусаев = Musaev);
  // after i it has already merged with the i (Aliyev = Aliev). A glide after a consonant stays
  // (Ilyas = Ильяс). Since y and i are one class here, a true i between vowels goes too (Kaio =
  // Kao), which Azerbaijani and Russian names hardly ever have.
  s = s.replace(/(^|[aou])i+(?=[aou])/g, '$1');
  return collapseRuns(s); // dropping a glide can bring two equal vowels together: Musa(y)ev
}

/** Every reading of a skeleton, the most common first. */
function readingsOf(skeleton: string): string[] {
  let out = [skeleton];
  for (const [placeholder, common, other] of READINGS) {
    if (skeleton.includes(placeholder)) {
      out = out.flatMap((s) => [s.replaceAll(placeholder, common), s.replaceAll(placeholder, other)]);
    }
  }
  return out;
}

const formsCache = new Map<string, readonly string[]>();
const FORMS_CACHE_LIMIT = 50_000;

/**
 * All folded forms of one word (as cut by tokens.ts), the canonical one first; empty for a word
 * with no letters or digits left (a lone soft sign). Cached: names repeat across thousands of cases.
 */
export function wordForms(word: string): readonly string[] {
  let forms = formsCache.get(word);
  if (forms === undefined) {
    forms = [...new Set(readingsOf(skeletonOf(word)).map(finish))].filter((f) => f !== '');
    if (formsCache.size >= FORMS_CACHE_LIMIT) formsCache.clear();
    formsCache.set(word, forms);
  }
  return forms;
}

/** The canonical fold of one word. */
export function foldWord(word: string): string {
  return wordForms(word)[0] ?? '';
}

/** Folded words of a text, in order. */
export function searchWords(text: string): string[] {
  const out: string[] = [];
  for (const word of wordsOf(text)) {
    const folded = foldWord(word);
    if (folded !== '') out.push(folded);
  }
  return out;
}

/** The canonical search key of a text: its folded words, space-separated. */
export function foldForSearch(text: string): string {
  return searchWords(text).join(' ');
}

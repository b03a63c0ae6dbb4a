/**
 * Stage 1 of the search fold (fold.ts has stages 2 and 3): one word, in whatever script it was
 * typed, becomes a lower-case Latin skeleton spelled in the Azerbaijani Latin alphabet. That
 * alphabet is the pivot because it already has one letter for each sound that Russian and English
 * spell with a digraph or a letter of their own: ş = ш = sh, ç = ч = ch, x = х = kh, c = ҹ = (d)j,
 * ğ = ғ = gh, ə = ә, ı = ы, ö = ө, ü = ү. Collapsing digraphs here, before any merging of letters,
 * means "sh" can never be read as s + h later.
 *
 * Where the reading of a letter depends on who wrote it, the skeleton holds an upper-case
 * placeholder and fold.ts expands it into every reading (input is lower-cased first, so upper case
 * is free for this):
 *   J  Latin j: ʒ/dʒ ("jurnalist" = журналист, English "Jafarov" = Cəfərov) or y ("Jusifov" = Yusifov)
 *   H  Latin h, Cyrillic һ/ҳ: Russian writes Azerbaijani h as г (Гусейнов) or as х (Мехман)
 *   X  Cyrillic х: Azerbaijani x (Хадиджа = Xədicə) or h (Мехман = Mehman, Хусейнов = Гусейнов)
 *   Y  the glide of я/ю/ё/є after a consonant: mere softening (Гюляр = Gülər) or a real y (Людмила = Lyudmila)
 *   O  the vowel of ё: everyday Russian prints ё as е (Пётр = Петр), but Гёкча = Gökçə has o
 *   K  word-final k: Russian and English write a final Azerbaijani q as k (Rafiq = Рафик = Rafik)
 */

/** Latin letters that take a following "h" to spell one sound: sh, ch, zh, kh, gh. */
const BEFORE_H: ReadonlyMap<string, string> = new Map(Object.entries({ s: 'ş', c: 'ç', z: 'j', k: 'x', g: 'ğ' }));

/**
 * Single letters. Latin letters not listed are kept as they are (after losing any diacritic);
 * Cyrillic is listed in full because it has to change script.
 */
const LETTERS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    // Latin letters with two readings, see the placeholders above.
    j: 'J',
    h: 'H',
    // Latin letters whose diacritic makes a different sound, so it must not be stripped (s ≠ ş).
    ş: 'ş',
    ç: 'ç',
    ș: 'ş', // Romanian comma-below, often typed for ş
    š: 'ş', // Czech/Croatian-style transliterations of Russian (Šuvalov)
    č: 'ç',
    ć: 'ç',
    ž: 'j',
    ǝ: 'ə', // turned e, typed for schwa when ə is missing
    ß: 'ss',
    æ: 'ae',
    œ: 'oe',
    ø: 'o',
    đ: 'd',
    ł: 'l',
    // Russian alphabet. е, ё, ю, я are in IOTATED; ъ and ь are signs.
    а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ж: 'j', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
    н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'X', ц: 'ts', ч: 'ç', ш: 'ş',
    щ: 'şç', ы: 'ı', э: 'e',
    // Azerbaijani Cyrillic (1958–1991), letter for letter with today's Latin alphabet.
    ә: 'ə', ғ: 'ğ', ҝ: 'g', һ: 'H', ј: 'y', ө: 'ö', ү: 'ü', ҹ: 'c',
    // Neighbouring Cyrillic alphabets a case file may quote (Ukrainian, Kazakh, Tajik, Uzbek).
    і: 'i', ї: 'yi', ґ: 'g', ў: 'u', қ: 'q', ң: 'n', ұ: 'u', ҳ: 'H', ҷ: 'c', ӣ: 'i', ӯ: 'u',
  }),
);

/** Cyrillic vowels that carry a y-glide: the vowel, and whether the glide is optional after a consonant. */
const IOTATED: ReadonlyMap<string, { vowel: string; softening: boolean }> = new Map([
  ['я', { vowel: 'a', softening: true }],
  ['ю', { vowel: 'u', softening: true }],
  ['ё', { vowel: 'O', softening: true }],
  ['є', { vowel: 'e', softening: true }],
  // After a consonant е is plain e (Мамедов = Mamedov, never "Myamedov"); elsewhere it is "ye".
  ['е', { vowel: 'e', softening: false }],
]);

/**
 * Hard and soft signs, and the apostrophes English uses for them (Il'yas): silent, but a glide after
 * them is a real y (Ильяс = Ilyas, Соловьев = Solovyev).
 */
const SIGNS = new Set(['ъ', 'ь', "'", '’', 'ʼ', 'ʻ', '`', '´']);

const VOWELS = new Set(['a', 'e', 'ə', 'i', 'ı', 'o', 'u', 'y', 'O']);

type Previous = 'start' | 'vowel' | 'consonant' | 'sign';

const plainCache = new Map<string, string>();

/**
 * A character outside the tables: its letters and digits without diacritics (é → e, ö → o, the dot
 * that lower-casing İ leaves behind); anything else dropped. Letters whose diacritic matters are in
 * the tables and never come here.
 */
function plain(ch: string): string {
  if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) return ch;
  let out = plainCache.get(ch);
  if (out === undefined) {
    out = ch.normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '');
    if (plainCache.size < 4096) plainCache.set(ch, out);
  }
  return out;
}

function iotated(vowel: string, softening: boolean, previous: Previous): string {
  if (previous !== 'consonant') return `y${vowel}`;
  return softening ? `Y${vowel}` : vowel;
}

/** Characters of the word, lower case, with diacritics that do not change the sound removed. */
function baseChars(word: string): string[] {
  const out: string[] = [];
  // ASCII is its own NFKC form, so English and transliterated words can skip normalize().
  const lower = (/[^\p{ASCII}]/u.test(word) ? word.normalize('NFKC') : word).toLowerCase();
  for (const ch of lower) {
    if (LETTERS.has(ch) || IOTATED.has(ch) || SIGNS.has(ch)) out.push(ch);
    else for (const base of plain(ch)) out.push(base); // ѐ → е, ӓ → а: then mapped like the plain letter
  }
  return out;
}

/** The Latin skeleton of one word (letters and digits only; other characters are dropped). */
export function skeletonOf(word: string): string {
  const chars = baseChars(word);
  let out = '';
  let previous: Previous = 'start';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (SIGNS.has(ch)) {
      previous = 'sign';
      continue;
    }
    let piece: string;
    const digraph = chars[i + 1] === 'h' ? BEFORE_H.get(ch) : undefined;
    const glide = IOTATED.get(ch);
    if (digraph !== undefined) {
      piece = digraph;
      i++;
    } else if (glide !== undefined) {
      piece = iotated(glide.vowel, glide.softening, previous);
    } else {
      piece = LETTERS.get(ch) ?? ch;
    }
    out += piece;
    previous = VOWELS.has(piece.at(-1)!) ? 'vowel' : 'consonant';
  }
  return out.endsWith('k') ? `${out.slice(0, -1)}K` : out;
}

/**
 * An independent, deliberately naive model of how one Azerbaijani name gets written elsewhere, for
 * the fold's property tests. It shares no tables with shared/search: it spells names forwards
 * (Azerbaijani Latin → other scripts), the way clerks, journalists and Russian-language courts do,
 * while the fold works backwards from any spelling.
 */
import fc from 'fast-check';

export const AZ_LETTERS = [...'abcçdeəfgğhxıijkqlmnoöprsştuüvyz'];
const AZ_VOWELS = new Set([...'aeəıioöuü']);

/**
 * A name-like word: 2–10 Azerbaijani Latin letters. "s, z, c, k, g + h" are left out on purpose:
 * written in Latin letters they are indistinguishable from the digraphs sh, zh, ch, kh, gh
 * (İshaq reads as "İşaq"), so no fold can both keep them apart and collapse the digraphs; q + h
 * too, because English writes q as g.
 */
export const azWord: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...AZ_LETTERS), { minLength: 2, maxLength: 10 })
  .map((letters) => letters.join(''))
  .filter((w) => !/[szckgq]h/.test(w));

/** Azerbaijani capitalisation: i → İ and ı → I, unlike English. */
export function capitalise(word: string): string {
  const [first = '', ...rest] = [...word];
  const upper = first === 'i' ? 'İ' : first === 'ı' ? 'I' : first.toUpperCase();
  return upper + rest.join('');
}

/** Azerbaijani Cyrillic (1958–1991): one letter for one letter. */
const AZ_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а', b: 'б', c: 'ҹ', ç: 'ч', d: 'д', e: 'е', ə: 'ә', f: 'ф', g: 'ҝ', ğ: 'ғ', h: 'һ', x: 'х', ı: 'ы',
  i: 'и', j: 'ж', k: 'к', q: 'г', l: 'л', m: 'м', n: 'н', o: 'о', ö: 'ө', p: 'п', r: 'р', s: 'с',
  ş: 'ш', t: 'т', u: 'у', ü: 'ү', v: 'в', y: 'ј', z: 'з',
};

export function toAzCyrillic(word: string): string {
  return [...word].map((ch) => AZ_CYRILLIC[ch] ?? ch).join('');
}

const RU_CONSONANTS: Readonly<Record<string, string>> = {
  b: 'б', c: 'дж', ç: 'ч', d: 'д', f: 'ф', g: 'г', ğ: 'г', h: 'г', x: 'х', j: 'ж', k: 'к', q: 'г',
  l: 'л', m: 'м', n: 'н', p: 'п', r: 'р', s: 'с', ş: 'ш', t: 'т', v: 'в', z: 'з',
};
/** y + vowel in Russian: the iotated letter (ё is left to the looser "variant" spelling). */
const RU_IOTATED: Readonly<Record<string, string>> = { a: 'я', ə: 'я', u: 'ю', ü: 'ю', e: 'е', o: 'йо', ö: 'йо', i: 'и', ı: 'и' };

/**
 * Choices a writer makes: where the Russian spelling has a choice, `pick` decides (a random stream
 * in the tests). `variant` also allows spellings that only match through the fold's second readings:
 * х for h (Мехман), ё for ö after a consonant (Гёкча), к for a final q (Рафик).
 */
export interface Writer {
  readonly pick: () => boolean;
  readonly variant?: boolean;
}

/** Russian-style spelling of an Azerbaijani word, as in Russian-language court papers. */
export function toRussian(word: string, { pick, variant = false }: Writer): string {
  const letters = [...word];
  // Variant choices hold for the whole word: the fold reads each ambiguous letter one way per word
  // (so х is not used for h in a word that also has an x, which is х too).
  const hAsKh = variant && !word.includes('x') && pick();
  const oAsYo = variant && pick();
  let out = '';
  for (let i = 0; i < letters.length; i++) {
    const ch = letters[i]!;
    const prev = letters[i - 1];
    const next = letters[i + 1];
    const afterConsonant = prev !== undefined && prev !== 'y' && !AZ_VOWELS.has(prev);
    if (ch === 'y') {
      if (next !== undefined && AZ_VOWELS.has(next)) {
        // Il-ya-s: a written y after a consonant needs the soft sign in Russian (Ильяс).
        out += (afterConsonant ? 'ь' : '') + RU_IOTATED[next]!;
        i++;
      } else out += 'й';
    } else if (ch === 'h' && hAsKh) out += 'х';
    else if (ch === 'q' && next === undefined && variant && pick()) out += 'к';
    else if (ch in RU_CONSONANTS) out += RU_CONSONANTS[ch];
    else if (ch === 'a') out += 'а';
    else if (ch === 'ə') out += afterConsonant ? (pick() ? 'я' : pick() ? 'а' : 'е') : 'а';
    else if (ch === 'e') out += prev === undefined ? (pick() ? 'э' : 'е') : 'е';
    else if (ch === 'ı') out += pick() ? 'ы' : 'и';
    else if (ch === 'i') out += 'и';
    else if (ch === 'o') out += 'о';
    else if (ch === 'ö') out += afterConsonant && oAsYo ? 'ё' : 'о';
    else if (ch === 'u') out += 'у';
    else if (ch === 'ü') out += afterConsonant && pick() ? 'ю' : 'у';
    else out += ch;
  }
  return out;
}

const EN: Readonly<Record<string, string>> = { c: 'j', ç: 'ch', ğ: 'gh', x: 'kh', j: 'zh', q: 'g', ş: 'sh', ı: 'i', ö: 'o', ü: 'u' };

/**
 * English spelling as in human-rights reports (Khadija Ismayilova, Intigam Aliyev). `variant` adds
 * German/Slavic-style j for y (Jusifov; not in words with a c, whose English j would then need the
 * other reading in the same word), h for x (Hadija) and k for a final q (Rafik).
 */
export function toEnglish(word: string, { pick, variant = false }: Writer): string {
  const yAsJ = variant && !word.includes('c') && pick();
  // h for x only where it cannot join the letter before into a digraph (s+x would read "sh"), and
  // not in a word with an h of its own: the fold reads every h of a word the same way.
  const xAsH = variant && !/[szkgq]x/.test(word) && !word.includes('h') && pick();
  const letters = [...word];
  return letters
    .map((ch, i) => {
      if (ch === 'ə') return pick() ? 'a' : 'e';
      if (ch === 'y' && yAsJ) return 'j';
      if (ch === 'x' && xAsH) return 'h';
      if (ch === 'q' && i === letters.length - 1 && variant && pick()) return 'k';
      return EN[ch] ?? ch;
    })
    .join('');
}

/** A stream of choices for a Writer, from a fast-check seed. */
export function chooser(seed: number): () => boolean {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state & 1) === 1;
  };
}

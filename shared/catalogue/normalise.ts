import { foldText } from './fold';
import { MAX_REF_LEVELS, isArticleRef } from './refs';

export type NormaliseErrorCode = 'empty' | 'too-long' | 'no-number' | 'list' | 'order' | 'unrecognised' | 'invalid';
export type NormaliseResult =
  | {
      ok: true;
      /** Canonical reference, hyphens kept as typed (they mark inserted provisions). */
      ref: string;
      /**
       * Other readings of the same digits with '-' and '.' swapped, fewest changes first. People type
       * "234-4.3" for 234.4.3 and "167.2" for the inserted article 167-2; only a catalogue can tell which
       * was meant, so resolveArticleRef() picks among these and says when it did.
       */
      alternatives: string[];
    }
  | { ok: false; code: NormaliseErrorCode; message: string };

const MAX_INPUT = 200;

/** Words that only say "article" or name the code; dropped. (Folded: ə→e, ı→i, й→и, diacritics removed.) */
const IGNORED = new Set([
  // article
  'article', 'articles', 'art', 'arts', 'st', 'ст', 'стат', 'статья', 'статьи', 'статье', 'статьеи', 'статью',
  'madde', 'maddesi', 'maddenin', 'maddeye', 'm', 'мадде',
  // the code
  'ук', 'уголовного', 'уголовныи', 'кодекса', 'кодекс', 'ар', 'азр', 'азербаиджанскои', 'республики',
  'uk', 'cc', 'cm', 'ccra', 'ar', 'azr', 'criminal', 'code', 'of', 'the', 'azerbaijan', 'republic',
  'cinayet', 'mecellesi', 'mecellenin', 'azerbaycan', 'respublikasinin',
]);
/** Words that introduce the next level: part, item, paragraph… */
const LEVEL = new Set([
  'part', 'parts', 'paragraph', 'para', 'item', 'point', 'clause', 'subparagraph', 'sub', 'pt',
  'ч', 'часть', 'части', 'п', 'пункт', 'пункта', 'пп', 'подпункт',
  'hisse', 'hissesi', 'hissesinin', 'bend', 'bendi', 'bendinin', 'h', 'b',
]);
/** "and" between two references means a list. */
const CONJUNCTION = new Set(['and', 've', 'и']);
/** Azerbaijani ordinal suffixes written after a number: 315.2-ci, 234.4.3-cü, 28-inci. */
const ORDINAL = /(\d)\s*-\s*(?:[iu]?nc[iu]|c[iu])(?![\p{L}])/gu;

const err = (code: NormaliseErrorCode, message: string): NormaliseResult => ({ ok: false, code, message });

/**
 * Turns what people type into a canonical reference: "234.4.3", "st. 234.4.3", "ст. 234.4.3 УК",
 * "Maddə 234.4.3", "Art. 234(4)(3)", "234 part 4 item 3", "315.2-ci maddə" → "234.4.3" / "315.2".
 */
export function normaliseArticleRef(input: string): NormaliseResult {
  if (input.length > MAX_INPUT) return err('too-long', `An article reference is at most ${MAX_INPUT} characters`);
  const s = foldText(input)
    .replace(/[\u2010-\u2015\u2212\ufe63\uff0d]/g, '-')
    .replace(ORDINAL, '$1')
    .trim();
  if (s === '') return err('empty', 'Enter an article number, e.g. 234.4.3');

  const tokens = s.match(/\d+|[\p{L}]+|\s+|./gu) ?? [];
  let out = '';
  let last: 'none' | 'number' | 'word' | 'sep' = 'none';
  let pending: '.' | '-' | null = null;
  let sawNumberAfterComma = false;
  let commaAfterNumber = false;

  for (const t of tokens) {
    if (/^\s+$/.test(t)) continue;
    if (/^\d+$/.test(t)) {
      if (commaAfterNumber) sawNumberAfterComma = true;
      if (sawNumberAfterComma) break;
      if (out !== '' && pending === null) {
        return err('invalid', `"${input.trim()}": separate the levels with dots, e.g. 234.4.3`);
      }
      const n = t.replace(/^0+/, '');
      if (n === '') return err('invalid', 'Article, part and item numbers start at 1');
      if (n.length > 5) return err('invalid', `${t} is not an article number`);
      out += (out === '' ? '' : pending) + n;
      pending = null;
      last = 'number';
      continue;
    }
    if (/^[\p{L}]+$/u.test(t)) {
      if (CONJUNCTION.has(t)) {
        if (out !== '') commaAfterNumber = true;
      } else if (LEVEL.has(t)) {
        if (out === '') return err('order', 'Write the article number first, e.g. 234 part 4 item 3, or 234.4.3');
        // "234 part 4, item 3": a comma before a level word continues the same reference.
        commaAfterNumber = false;
        pending = '.';
      } else if (!IGNORED.has(t)) {
        return err('unrecognised', `"${t}" is not part of an article reference; type e.g. 234.4.3`);
      }
      last = 'word';
      continue;
    }
    switch (t) {
      case '.':
        // A dot after a word is an abbreviation ("st.", "ч."); after a number it separates levels.
        if (last === 'number') pending = pending ?? '.';
        break;
      case '-':
        if (last !== 'number' || pending !== null) return err('invalid', `"${input.trim()}": a hyphen must sit between two numbers, e.g. 167-2`);
        pending = '-';
        break;
      case '(':
        if (last === 'number') pending = '.';
        break;
      case ')':
        if (last !== 'number') return err('invalid', `"${input.trim()}": unexpected ")"`);
        break;
      case ',':
      case ';':
      case '/':
      case '&':
      case '+':
        if (out !== '') commaAfterNumber = true;
        break;
      case '§':
        break;
      default:
        return err('unrecognised', `"${t}" is not part of an article reference; type e.g. 234.4.3`);
    }
    if (t !== ')' && t !== '§') last = 'sep';
  }

  if (sawNumberAfterComma) return err('list', 'Enter one article at a time');
  if (out === '') return err('no-number', 'No article number found; type e.g. 234.4.3');
  if (pending === '-') return err('invalid', `"${input.trim()}": a hyphen must sit between two numbers, e.g. 167-2`);
  if (out.split(/[.-]/).length > MAX_REF_LEVELS * 2) return err('invalid', 'Too many levels for an article reference');

  const readings = readingsOf(out);
  const ref = isArticleRef(out) ? out : out.replace(/-/g, '.');
  if (!isArticleRef(ref)) return err('invalid', `"${input.trim()}" has too many levels for an article reference`);
  return { ok: true, ref, alternatives: readings.filter((r) => r !== ref) };
}

/** Every valid reading of the digits with each separator as '.' or '-', fewest changes from the typed form first. */
function readingsOf(typed: string): string[] {
  const parts = typed.split(/([.-])/);
  const seps: number[] = [];
  parts.forEach((p, i) => {
    if (p === '.' || p === '-') seps.push(i);
  });
  if (seps.length > 8) return [];
  const found: Array<{ ref: string; changes: number }> = [];
  for (let mask = 0; mask < 1 << seps.length; mask++) {
    const copy = [...parts];
    let changes = 0;
    seps.forEach((idx, bit) => {
      if (mask & (1 << bit)) {
        copy[idx] = copy[idx] === '.' ? '-' : '.';
        changes++;
      }
    });
    const ref = copy.join('');
    if (isArticleRef(ref)) found.push({ ref, changes });
  }
  return found.sort((a, b) => a.changes - b.changes || (a.ref < b.ref ? -1 : 1)).map((f) => f.ref);
}

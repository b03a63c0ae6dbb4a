/** A word of a display string, with its UTF-16 offsets so the UI can mark it. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Words are runs of letters, digits and combining marks; an apostrophe between letters stays inside
 * the word because English uses it for the Russian soft sign (Il'yas = Ильяс) and names carry it
 * (O'Brien). Everything else (spaces, hyphens, punctuation, control characters, lone surrogates)
 * separates words, so "Hacı-Məmmədov" can be found by either half.
 */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’ʼ`´][\p{L}\p{N}\p{M}]+)*/gu;

/** The words of a text, without offsets (cheaper, for indexing). */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The words of a text with their offsets. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

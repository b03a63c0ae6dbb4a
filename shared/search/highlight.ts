import { wordForms } from './fold';
import { parseQuery } from './query';
import { tokenize } from './tokens';

/** A stretch of a display string to mark, in UTF-16 offsets: text.slice(start, end). */
export interface HighlightRange {
  readonly start: number;
  readonly end: number;
}

/**
 * The words of `display` that a query matched, under the same fold and prefix rules as search, so
 * the case list can mark why a case is listed: the query "aliev" marks "Əliyev" and "Алиев". Whole
 * words are marked, since a prefix of the folded word has no exact counterpart in the display text.
 */
export function highlightRanges(query: string, display: string): HighlightRange[] {
  const terms = parseQuery(query);
  if (terms.length === 0) return [];
  const ranges: HighlightRange[] = [];
  for (const token of tokenize(display)) {
    const forms = wordForms(token.text);
    if (terms.some((term) => term.prefixes.some((p) => forms.some((f) => f.startsWith(p))))) {
      ranges.push({ start: token.start, end: token.end });
    }
  }
  return ranges;
}

import type { CaseSummary } from '../../../../shared/case-model/summary';
import { createSearchIndex } from '../../../../shared/search';

/** A case as search needs it: its list row (to print) and every searchable text (caseTexts). */
export interface SearchableCase {
  readonly summary: CaseSummary;
  readonly texts: readonly string[];
}

/**
 * Cases matching a query, best first, with the same index and folding as the case list in the
 * app (every word of the query must start a word of the case; scripts and diacritics folded).
 */
export function searchCases(cases: readonly SearchableCase[], query: string): CaseSummary[] {
  const index = createSearchIndex();
  const byId = new Map<string, CaseSummary>();
  for (const { summary, texts } of cases) {
    index.add(summary.id, texts);
    byId.set(summary.id, summary);
  }
  return index.search(query).flatMap((id) => byId.get(id) ?? []);
}

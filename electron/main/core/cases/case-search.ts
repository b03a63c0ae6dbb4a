import type { CaseSummary } from '../../../../shared/case-model/summary';
import { createSearchIndex } from '../../../../shared/search';

/**
 * Cases matching a query, best first, with the same index and folding as the case list in the
 * app (every word of the query must start a word of the case; scripts and diacritics folded).
 */
export function searchCases(summaries: readonly CaseSummary[], query: string): CaseSummary[] {
  const index = createSearchIndex();
  const byId = new Map<string, CaseSummary>();
  for (const summary of summaries) {
    index.add(summary.id, [summary.text]);
    byId.set(summary.id, summary);
  }
  return index.search(query).flatMap((id) => byId.get(id) ?? []);
}

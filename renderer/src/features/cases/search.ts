import type { CaseRecord } from '../../../../shared/domain/case';

/**
 * Folds text for forgiving search across scripts: case, diacritics and the Azerbaijani letters
 * that are often typed without them (ı→i, ə→e), and Russian ё→е.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/ə/g, 'e')
    .replace(/ё/g, 'е')
    .replace(/\s+/g, ' ')
    .trim();
}

export function matchesQuery(record: CaseRecord, foldedQuery: string): boolean {
  if (!foldedQuery) return true;
  return foldForSearch(record.nameLatin).includes(foldedQuery) || (record.nameNative !== undefined && foldForSearch(record.nameNative).includes(foldedQuery));
}

/** Filters and sorts by Latin name in the UI language's collation (Ə after E in Azerbaijani). */
export function visibleCases(cases: readonly CaseRecord[], query: string, language: string): CaseRecord[] {
  const folded = foldForSearch(query);
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  return cases.filter((c) => matchesQuery(c, folded)).sort((a, b) => collator.compare(a.nameLatin, b.nameLatin) || a.id.localeCompare(b.id));
}

import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { articleOfKey } from '../../../../shared/case-model/summary';
import type { ListRow } from '../../db/case-list-store';
import { formatFuzzyDate } from '../../../../shared/domain/dates';
import { highlightRanges } from '../../../../shared/search';
import { VOCABULARIES, labelOf, type Lang } from '../../../../shared/vocabularies';
import { formatDateTime } from '../../i18n/format';
import type { ColumnId } from './list-model';

const v = VOCABULARIES;

/** The text with the words the query matched marked (the query folds scripts, so "aliev" marks "Əliyev"). */
export function Highlighted({ text, query }: { text: string; query: string }): ReactNode {
  const ranges = query.trim() === '' ? [] : highlightRanges(query, text);
  if (ranges.length === 0) return text;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const { start, end } of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark key={start} className="case-table__hit">
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

/**
 * Formatted dates by language and value. Every visible row formats its dates on every keystroke;
 * formatDateTime builds an Intl.DateTimeFormat per call, which made it the largest cost of a
 * keystroke in the bench profile.
 */
const formatted = new Map<string, string>();
function cached(key: string, format: () => string): string {
  let text = formatted.get(key);
  if (text === undefined) {
    if (formatted.size > 20_000) formatted.clear();
    text = format();
    formatted.set(key, text);
  }
  return text;
}

export function safeFuzzyDate(edtf: string, lang: Lang): string {
  return cached(`f${lang}${edtf}`, () => fuzzyDateUncached(edtf, lang));
}

function fuzzyDateUncached(edtf: string, lang: Lang): string {
  try {
    return formatFuzzyDate(edtf, lang);
  } catch {
    return edtf;
  }
}

export function formatTerm(term: ListRow['sentenceTerm'], t: TFunction): string {
  if (!term) return '';
  const parts: string[] = [];
  if (term.years) parts.push(t('list.term.years', { count: term.years }));
  if (term.months) parts.push(t('list.term.months', { count: term.months }));
  if (term.days) parts.push(t('list.term.days', { count: term.days }));
  return parts.join(' ');
}

/** Plain text of a cell (also what a row announces); the name and status cells are rendered specially. */
export function cellText(column: Exclude<ColumnId, 'name' | 'status'>, row: ListRow, lang: Lang, t: TFunction): string {
  switch (column) {
    case 'categories':
      return row.categories.map((c) => labelOf(v.profile_category, c, lang)).join(', ');
    case 'arrestedOn':
      return row.arrestedOn === undefined ? '' : safeFuzzyDate(row.arrestedOn, lang);
    case 'articles':
      return row.articles.map(articleOfKey).join(', ');
    case 'facility':
      return row.facility ?? '';
    case 'court':
      return row.court ?? '';
    case 'sentence': {
      const type = row.sentenceType === undefined ? '' : labelOf(v.sentence_type, row.sentenceType, lang);
      const term = formatTerm(row.sentenceTerm, t);
      return [type, term].filter(Boolean).join(', ');
    }
    case 'conclusion':
      return row.conclusion === undefined ? '' : labelOf(v.assessment_conclusion, row.conclusion, lang);
    case 'recognisedBy':
      return row.recognisedBy.map((b) => labelOf(v.recognising_body, b, lang)).join(', ');
    case 'updatedAt':
      return cached(`u${lang}${row.updatedAt}`, () => formatDateTime(row.updatedAt, lang));
  }
}

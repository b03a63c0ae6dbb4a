import { observeElementRect, useVirtualizer, type Rect, type Virtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListRow } from '../../db/case-list-store';
import type { Lang } from '../../../../shared/vocabularies';
import { currentLanguage } from '../../i18n';
import { Highlighted, cellText } from './cells';
import { COLUMN_IDS, type ColumnId, type SortState } from './list-model';
import { StatusBadge } from './StatusBadge';

/** Fixed row and header heights (px), matching case-list.css: rows never wrap, so no measuring. */
export const ROW_HEIGHT = 52;
export const HEADER_HEIGHT = 40;
/** Rows rendered above and below the viewport. */
const OVERSCAN = 8;
/**
 * Used when the scroll area reports no height (before layout, or in a DOM without layout such as
 * the component tests): render a screenful rather than nothing.
 */
const FALLBACK_RECT: Rect = { width: 1200, height: 720 };

const estimateSize = () => ROW_HEIGHT;

function observeRectOrFallback(instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: Rect) => void) {
  return observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : FALLBACK_RECT));
}

export interface CaseTableHandle {
  /** Moves focus to the active row (or the first), scrolling it into view. */
  focusActiveRow(): void;
}

export interface CaseTableProps {
  rows: readonly ListRow[];
  sort: SortState;
  onSort: (column: ColumnId) => void;
  /** The row that has the keyboard focus stop (roving tabindex); the first row when null or filtered out. */
  activeId: string | null;
  onActiveChange: (id: string) => void;
  onOpen: (id: string) => void;
  /** Marks matched words in names. */
  query: string;
  handle?: Ref<CaseTableHandle>;
}

const CELL_COLUMNS = COLUMN_IDS.filter((c): c is Exclude<ColumnId, 'name' | 'status'> => c !== 'name' && c !== 'status');

/**
 * The virtualised case table: a real <table> (header cells with aria-sort, row headers with the
 * name) of which only the rows in view plus a few are in the DOM; spacer rows stand in for the
 * rest, and aria-rowcount/aria-rowindex tell assistive technology where it is. One button per row
 * (the name) is the keyboard stop: arrow keys, Page Up/Down, Home and End move it, Enter opens.
 */
export function CaseTable({ rows, sort, onSort, activeId, onActiveChange, onOpen, query, handle }: CaseTableProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [focusRequest, setFocusRequest] = useState<{ id: string } | null>(null);

  const itemKey = useCallback((index: number) => rows[index]?.id ?? index, [rows]);
  const activeIndex = Math.max(
    0,
    activeId === null ? 0 : rows.findIndex((r) => r.id === activeId),
  );

  // TanStack Virtual keeps its own mutable state; React Compiler memoisation does not apply to it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    // Stable per row list: the virtualizer recomputes the positions of all rows when it changes.
    getItemKey: itemKey,
    overscan: OVERSCAN,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    observeElementRect: observeRectOrFallback,
  });

  const moveTo = useCallback(
    (index: number) => {
      if (rows.length === 0) return;
      const target = Math.min(rows.length - 1, Math.max(0, index));
      const id = rows[target]!.id;
      onActiveChange(id);
      virtualizer.scrollToIndex(target, { align: 'auto' });
      setFocusRequest({ id });
    },
    [rows, onActiveChange, virtualizer],
  );

  useImperativeHandle(handle, () => ({ focusActiveRow: () => moveTo(activeIndex) }), [moveTo, activeIndex]);


  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const index = Number((event.target as HTMLElement).dataset.index);
    if (!Number.isInteger(index)) return;
    const page = Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 0) - HEADER_HEIGHT) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, PageDown: index + page, PageUp: index - page, Home: 0, End: rows.length - 1 };
    const next = moves[event.key];
    if (next === undefined || event.altKey || event.shiftKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    moveTo(next);
  };

  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];

  // Focus follows a keyboard move once the row is rendered (it may first need to scroll into view,
  // which changes the rendered range).
  const firstIndex = first?.index;
  const lastIndex = last?.index;
  useEffect(() => {
    if (!focusRequest) return;
    const button = scrollRef.current?.querySelector<HTMLButtonElement>(`[data-case-id="${CSS.escape(focusRequest.id)}"]`);
    if (button) {
      button.focus({ preventScroll: true });
      setFocusRequest(null);
    }
  }, [focusRequest, firstIndex, lastIndex]);
  const padTop = first ? first.start - HEADER_HEIGHT : 0;
  const padBottom = last ? virtualizer.getTotalSize() - (last.end - HEADER_HEIGHT) : 0;

  return (
    <div className="case-table__scroll" ref={scrollRef} data-testid="case-table-scroll">
      <table className="case-table" aria-rowcount={rows.length + 1} data-testid="case-table">
        <caption className="visually-hidden">{t('list.tableCaption')}</caption>
        <colgroup>
          {COLUMN_IDS.map((c) => (
            <col key={c} className={`case-table__col case-table__col--${c}`} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {COLUMN_IDS.map((column) => {
              const sorted = sort.column === column;
              return (
                <th key={column} scope="col" aria-sort={sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}>
                  <button type="button" className="case-table__sort" onClick={() => onSort(column)} data-testid={`sort-${column}`}>
                    {t(`list.columns.${column}`)}
                    <span className={sorted ? `case-table__arrow case-table__arrow--${sort.direction}` : 'case-table__arrow'} aria-hidden="true" />
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {padTop > 0 && (
            <tr className="case-table__spacer" aria-hidden="true">
              <td colSpan={COLUMN_IDS.length} style={{ height: padTop }} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return <CaseRow key={row.id} row={row} index={item.index} active={item.index === activeIndex} lang={lang} query={query} onOpen={onOpen} onFocusRow={onActiveChange} />;
          })}
          {padBottom > 0 && (
            <tr className="case-table__spacer" aria-hidden="true">
              <td colSpan={COLUMN_IDS.length} style={{ height: padBottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

interface CaseRowProps {
  row: ListRow;
  index: number;
  active: boolean;
  lang: Lang;
  query: string;
  onOpen: (id: string) => void;
  onFocusRow: (id: string) => void;
}

const CaseRow = memo(function CaseRow({ row, index, active, lang, query, onOpen, onFocusRow }: CaseRowProps) {
  const { t } = useTranslation();
  return (
    <tr
      className={active ? 'case-table__row case-table__row--active' : 'case-table__row'}
      aria-rowindex={index + 2}
      onClick={() => onOpen(row.id)}
      data-testid="case-row"
    >
      <th scope="row" className="case-table__name">
        <button
          type="button"
          className="row-link case-table__open"
          tabIndex={active ? 0 : -1}
          data-case-id={row.id}
          data-index={index}
          onFocus={() => onFocusRow(row.id)}
          data-testid="case-open"
        >
          <Highlighted text={row.name} query={query} />
        </button>
        {row.otherNames.length > 0 && (
          <span className="case-table__other" dir="auto">
            <span className="visually-hidden">{t('list.otherNames')} </span>
            <Highlighted text={row.otherNames.join(' · ')} query={query} />
          </span>
        )}
      </th>
      <td>
        <StatusBadge status={row.status} />
      </td>
      {CELL_COLUMNS.map((column) => (
        <td key={column} className={`case-table__cell case-table__cell--${column}`} dir="auto">
          {cellText(column, row, lang, t)}
        </td>
      ))}
    </tr>
  );
});

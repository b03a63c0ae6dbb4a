import { useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { caseList } from '../../db/case-list-store';
import { loadSearchTexts } from '../../db/working-set';
import { currentLanguage } from '../../i18n';
import { errorMessage } from '../../i18n/errors';
import { formatNumber } from '../../i18n/format';
import { matchesShortcut, shortcutLabel, useShortcut } from '../../lib/shortcuts';
import { CaseTable, type CaseTableHandle } from './CaseTable';
import { FilterPanel } from './FilterPanel';
import { INITIAL_LIST_STATE, activeFilterCount, collectFacets, isDefaultView, nextSort, sortRows, visibleRows, type ColumnId, type ListViewState } from './list-model';
import { NewCaseDialog } from './NewCaseDialog';
import { ListReportDialog } from '../reports/ListReportDialog';
import { SavedFilters } from './SavedFilters';
import './case-list.css';

export interface CaseListViewProps {
  /** Search, filters and sort; kept by the caller so they survive a visit to the editor. */
  state: ListViewState;
  onStateChange: (state: ListViewState) => void;
  /** The row with the keyboard focus stop; also kept by the caller. */
  activeId: string | null;
  onActiveChange: (id: string) => void;
  onOpen: (id: string) => void;
  /** Focus the active row on mount (coming back from the editor) instead of the search box. */
  focusRowOnMount?: boolean;
  /** Loads the rest of the working set again after a failure. */
  onRetryLoad: () => void;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/**
 * The case list for vaults of 10,000 cases: full-text search as you type (scripts and diacritics
 * folded by shared/search), filters, saved filters, sorting by any column, and a virtualised
 * table. Everything is computed in memory from the working set's case-list store; typing only
 * re-filters the already sorted rows.
 */
export function CaseListView({ state, onStateChange, activeId, onActiveChange, onOpen, focusRowOnMount = false, onRetryLoad }: CaseListViewProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const searchId = useId();
  const filtersId = useId();
  const snapshot = useSyncExternalStore(caseList.subscribe, caseList.getSnapshot);
  const [showFilters, setShowFilters] = useState(() => activeFilterCount(state.filters) > 0);
  const [creating, setCreating] = useState(false);
  const [reporting, setReporting] = useState(false);
  const searchInput = useRef<HTMLInputElement>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  const reportButton = useRef<HTMLButtonElement>(null);
  const table = useRef<CaseTableHandle>(null);

  // Rows arriving while the working set loads re-render at low priority (typing and scrolling
  // first); a keystroke renders its results in the same frame: searching 10,000 cases takes a few
  // milliseconds, and deferring it would cost a frame (the bench measures this).
  const rowsSource = useDeferredValue(snapshot);
  const query = state.query;

  const sorted = useMemo(() => sortRows(rowsSource.rows, state.sort, lang), [rowsSource.rows, state.sort, lang]);
  const hits = useMemo(() => {
    if (query.trim() === '') return null;
    void rowsSource.version; // the index changes with the rows
    return new Set(caseList.search(query));
  }, [query, rowsSource.version]);
  const visible = useMemo(() => visibleRows(sorted, hits, state.filters), [sorted, hits, state.filters]);
  const facets = useMemo(() => collectFacets(rowsSource.rows, lang), [rowsSource.rows, lang]);

  const focusSearch = useCallback(() => {
    searchInput.current?.focus();
    searchInput.current?.select();
  }, []);

  useEffect(() => {
    if (focusRowOnMount) table.current?.focusActiveRow();
    else searchInput.current?.focus();
    // Only on mount: later focus follows the user.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // "/" (outside text fields) and Ctrl/⌘+F go to the search box.
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      if ((event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target)) || matchesShortcut(event, 'f')) {
        event.preventDefault();
        focusSearch();
      }
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [focusSearch]);

  useShortcut('n', () => setCreating(true), !creating && !reporting);

  const update = (patch: Partial<ListViewState>) => onStateChange({ ...state, ...patch });
  const onSort = (column: ColumnId) => update({ sort: nextSort(state.sort, column) });

  const load = snapshot.load;
  const total = rowsSource.rows.length; // the rows on screen (deferred while loading), not the store's newest
  const filterCount = activeFilterCount(state.filters);
  // From the deferred query, like the rows: the count always describes the rows on screen.
  const filtered = !isDefaultView({ ...state, query });
  const newShortcut = shortcutLabel('N');
  const loadingTotal = load.phase === 'loading' || load.phase === 'failed' ? load.total : null;

  let body;
  if ((load.phase === 'idle' || load.phase === 'loading') && total === 0 && loadingTotal === null) {
    body = (
      <p className="empty" role="status">
        <span className="spinner spinner--inline" aria-hidden="true" />
        {t('list.loading')}
      </p>
    );
  } else if (total === 0 && load.phase === 'failed') {
    body = null; // the alert above says what happened
  } else if (total === 0) {
    body = (
      <div className="empty" data-testid="cases-empty">
        <p className="empty__title">{t('list.empty')}</p>
        <p className="empty__hint">{t('list.emptyHint', { shortcut: newShortcut })}</p>
      </div>
    );
  } else if (visible.length === 0) {
    body = (
      <div className="empty" data-testid="cases-no-matches">
        <p className="empty__title" role="status">
          {t('list.noMatches')}
        </p>
        <Button onClick={() => onStateChange({ ...INITIAL_LIST_STATE, sort: state.sort })} data-testid="clear-all">
          {t('list.clearAll')}
        </Button>
      </div>
    );
  } else {
    body = <CaseTable rows={visible} sort={state.sort} onSort={onSort} activeId={activeId} onActiveChange={onActiveChange} onOpen={onOpen} query={query} handle={table} />;
  }

  return (
    <div className="case-list" data-testid="cases-view">
      <div className="toolbar case-list__toolbar">
        <div className="toolbar__title">
          <h1 className="page-title">{t('list.title')}</h1>
          {total > 0 && (
            <span className="toolbar__count" data-testid="case-count" aria-live="polite">
              {filtered
                ? t('list.countFiltered', { shown: formatNumber(visible.length, lang), total: formatNumber(total, lang) })
                : t('list.count', { total: formatNumber(total, lang) })}
            </span>
          )}
        </div>
        <div className="toolbar__actions">
          <div className="search">
            <label htmlFor={searchId} className="visually-hidden">
              {t('list.search')}
            </label>
            <span className="search__icon" aria-hidden="true" />
            <input
              id={searchId}
              ref={searchInput}
              type="search"
              className="input search__input"
              placeholder={t('list.searchPlaceholder')}
              title={t('list.searchShortcut', { shortcut: shortcutLabel('F') })}
              value={state.query}
              spellCheck={false}
              autoComplete="off"
              onChange={(e) => update({ query: e.target.value })}
              onKeyDown={(e) => {
                if (e.key === 'ArrowDown' && visible.length > 0) {
                  e.preventDefault();
                  table.current?.focusActiveRow();
                }
              }}
              data-testid="case-search"
            />
          </div>
          <Button aria-expanded={showFilters} aria-controls={showFilters ? filtersId : undefined} onClick={() => setShowFilters((s) => !s)} data-testid="filters-toggle">
            {filterCount > 0 ? t('list.filters.toggleActive', { count: filterCount }) : t('list.filters.toggle')}
          </Button>
          <Button ref={reportButton} onClick={() => setReporting(true)} disabled={visible.length === 0} title={t('reports.listActionTitle')} data-testid="list-report">
            {t('reports.listAction')}
          </Button>
          <Button variant="primary" ref={newButton} onClick={() => setCreating(true)} title={t('list.newCaseTitle', { shortcut: newShortcut })} data-testid="new-case">
            <span className="btn__icon" aria-hidden="true">
              +
            </span>
            {t('list.newCase')}
          </Button>
        </div>
      </div>

      {load.phase === 'loading' && loadingTotal !== null && (
        <div className="case-list__progress" data-testid="load-progress">
          <span role="status">{t('list.loadingProgress', { loaded: formatNumber(load.loaded, lang), total: formatNumber(loadingTotal, lang) })}</span>
          <progress className="case-list__bar" max={Math.max(1, loadingTotal)} value={load.loaded} aria-label={t('list.loadingLabel')} />
        </div>
      )}
      {load.phase === 'ready' && snapshot.textIndex.error !== undefined && (
        <Alert tone="error" title={t('list.textsFailed', { indexed: formatNumber(snapshot.textIndex.indexed, lang), total: formatNumber(snapshot.textIndex.total, lang) })} testId="texts-error">
          <p>{errorMessage(t, snapshot.textIndex.error)}</p>
          <Button variant="primary" onClick={() => void loadSearchTexts()}>
            {t('list.retry')}
          </Button>
        </Alert>
      )}
      {load.phase === 'ready' && snapshot.textIndex.error === undefined && snapshot.textIndex.indexed < snapshot.textIndex.total && (
        <div className="case-list__progress" data-testid="index-progress">
          <span>{t('list.indexingProgress', { indexed: formatNumber(snapshot.textIndex.indexed, lang), total: formatNumber(snapshot.textIndex.total, lang) })}</span>
          <progress className="case-list__bar" max={Math.max(1, snapshot.textIndex.total)} value={snapshot.textIndex.indexed} aria-label={t('list.indexingLabel')} />
        </div>
      )}
      {load.phase === 'failed' && (
        <Alert tone="error" title={total > 0 && load.total !== null ? t('list.loadPartlyFailed', { loaded: formatNumber(total, lang), total: formatNumber(load.total, lang) }) : t('list.loadFailed')} testId="load-error">
          <p>{errorMessage(t, load.error)}</p>
          <Button variant="primary" onClick={onRetryLoad}>
            {t('list.retry')}
          </Button>
        </Alert>
      )}

      {showFilters && (
        <div className="case-list__filters">
          <FilterPanel id={filtersId} filters={state.filters} facets={facets} onChange={(filters) => update({ filters })} onClear={() => update({ filters: INITIAL_LIST_STATE.filters })} />
          <SavedFilters state={state} onApply={onStateChange} />
        </div>
      )}

      {/* data-query: the query these rows are for (the input may be ahead); tests and the bench wait on it. */}
      <div className="case-list__panel" data-query={query} data-testid="case-list-panel">
        {body}
      </div>
      {visible.length > 0 && <p className="case-list__hint">{t('list.keyboardHint')}</p>}

      {reporting && (
        <ListReportDialog
          caseIds={visible.map((row) => row.id)}
          narrowedBy={{ search: query.trim() !== '', filters: filterCount > 0 }}
          onClose={() => {
            setReporting(false);
            reportButton.current?.focus();
          }}
        />
      )}
      {creating && (
        <NewCaseDialog
          onClose={() => {
            setCreating(false);
            newButton.current?.focus();
          }}
          onCreated={(id) => {
            setCreating(false);
            onOpen(id);
          }}
        />
      )}
    </div>
  );
}

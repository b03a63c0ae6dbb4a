import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../../shared/domain/case';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { db } from '../../db/database';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { shortcutLabel, useShortcut } from '../../lib/shortcuts';
import { CaseEditor } from './CaseEditor';
import { StatusBadge } from './StatusBadge';
import { visibleCases } from './search';

/** Rows rendered at a time; "Show more" adds another page. Keeps 10,000-case vaults responsive. */
export const PAGE_SIZE = 200;

type Editing = { kind: 'new' } | { kind: 'edit'; record: CaseRecord };

/** The case list (live from the working set) with the editor beside it. */
export function CasesView() {
  const { t, i18n } = useTranslation();
  const cases = useLiveQuery(() => db.cases.toArray(), []);
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  const table = useRef<HTMLTableElement>(null);
  /** Where focus goes once the editor has closed: a case's row (by id) or the "New case" button. */
  const [focusAfterClose, setFocusAfterClose] = useState<string | null>(null);
  const searchId = useId();

  const visible = useMemo(() => (cases ? visibleCases(cases, query, i18n.language) : []), [cases, query, i18n.language]);
  const shown = visible.slice(0, limit);

  useEffect(() => {
    if (editing || focusAfterClose === null) return;
    const target =
      focusAfterClose === 'new'
        ? newButton.current
        : table.current?.querySelector<HTMLButtonElement>(`[data-case-id="${CSS.escape(focusAfterClose)}"]`);
    if (target) {
      target.focus();
      setFocusAfterClose(null);
    }
  }, [editing, focusAfterClose, shown]);

  const openNew = () => {
    setNotice(null);
    setEditing({ kind: 'new' });
  };
  const openCase = (record: CaseRecord) => {
    setNotice(null);
    setEditing({ kind: 'edit', record });
  };
  const close = (focus: string) => {
    setEditing(null);
    setFocusAfterClose(focus);
  };

  useShortcut('n', openNew, editing === null);

  const editingId = editing?.kind === 'edit' ? editing.record.id : null;
  const total = cases?.length ?? 0;
  const newShortcut = shortcutLabel('N');

  return (
    <div className="cases" data-testid="cases-view">
      <div className="toolbar">
        <div className="toolbar__title">
          <h1 className="page-title">{t('cases.title')}</h1>
          {cases && (
            <span className="toolbar__count" data-testid="case-count">
              {t('cases.count', { total: formatNumber(total, i18n.language) })}
            </span>
          )}
        </div>
        <div className="toolbar__actions">
          <div className="search">
            <label htmlFor={searchId} className="visually-hidden">
              {t('cases.search')}
            </label>
            <span className="search__icon" aria-hidden="true" />
            <input
              id={searchId}
              type="search"
              className="input search__input"
              placeholder={t('cases.searchPlaceholder')}
              value={query}
              spellCheck={false}
              autoComplete="off"
              autoFocus
              onChange={(e) => {
                setQuery(e.target.value);
                setLimit(PAGE_SIZE);
              }}
              data-testid="case-search"
            />
          </div>
          <Button variant="primary" ref={newButton} onClick={openNew} title={t('cases.newCaseTitle', { shortcut: newShortcut })} data-testid="new-case">
            <span className="btn__icon" aria-hidden="true">
              +
            </span>
            {t('cases.newCase')}
          </Button>
        </div>
      </div>

      {notice && (
        <Alert tone="success" className="cases__notice" testId="case-notice">
          {notice}
        </Alert>
      )}

      <div className={editing ? 'cases__body cases__body--editing' : 'cases__body'}>
        <div className="table-panel">
          {cases === undefined ? (
            <p className="empty" role="status">
              {t('cases.loading')}
            </p>
          ) : total === 0 ? (
            <div className="empty" data-testid="cases-empty">
              <p className="empty__title">{t('cases.empty')}</p>
              <p className="empty__hint">{t('cases.emptyHint', { shortcut: newShortcut })}</p>
            </div>
          ) : (
            <>
              <table className="table" ref={table} data-testid="case-table">
                <caption className="visually-hidden">{t('cases.tableCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('cases.columns.nameLatin')}</th>
                    <th scope="col">{t('cases.columns.nameNative')}</th>
                    <th scope="col">{t('cases.columns.status')}</th>
                    <th scope="col" className="table__date">
                      {t('cases.columns.updated')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((c) => (
                    <tr
                      key={c.id}
                      className={c.id === editingId ? 'table__row table__row--current' : 'table__row'}
                      aria-current={c.id === editingId ? 'true' : undefined}
                      onClick={() => openCase(c)}
                      data-testid="case-row"
                    >
                      <th scope="row" className="table__name">
                        {/* The button makes each row reachable with Tab and opens it with Enter. */}
                        <button type="button" className="row-link" data-case-id={c.id} data-testid="case-open">
                          {c.nameLatin}
                        </button>
                      </th>
                      <td dir="auto" className="table__native">
                        {c.nameNative ?? (
                          <span className="muted">
                            <span aria-hidden="true">—</span>
                            <span className="visually-hidden">{t('cases.noNativeName')}</span>
                          </span>
                        )}
                      </td>
                      <td>
                        <StatusBadge status={c.status} />
                      </td>
                      <td className="table__date">
                        <time dateTime={c.updatedAt}>{formatDateTime(c.updatedAt, i18n.language)}</time>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {visible.length === 0 && (
                <p className="empty" role="status">
                  {t('cases.noMatches', { query })}
                </p>
              )}
              {visible.length > shown.length && (
                <div className="table-more">
                  <span className="muted">
                    {t('cases.shown', { shown: formatNumber(shown.length, i18n.language), total: formatNumber(visible.length, i18n.language) })}
                  </span>
                  <Button onClick={() => setLimit((l) => l + PAGE_SIZE)}>{t('cases.showMore')}</Button>
                </div>
              )}
            </>
          )}
        </div>

        {editing && (
          <CaseEditor
            key={editing.kind === 'new' ? 'new' : editing.record.id}
            record={editing.kind === 'edit' ? editing.record : undefined}
            onCancel={() => close(editing.kind === 'edit' ? editing.record.id : 'new')}
            onSaved={(saved) => {
              setNotice(t('cases.saved', { name: saved.nameLatin }));
              close(saved.id);
            }}
          />
        )}
      </div>
    </div>
  );
}

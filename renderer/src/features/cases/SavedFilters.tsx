import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedListView } from '../../../../shared/list-views';
import { Button } from '../../components/Button';
import { errorMessage } from '../../i18n/errors';
import { api, call } from '../../lib/api';
import { ListViewState } from './list-model';

export interface SavedFiltersProps {
  state: ListViewState;
  onApply: (state: ListViewState) => void;
}

/**
 * Named sets of search, filters and sort, kept encrypted in the vault (listViews in the IPC
 * contract), so "detained journalists since 2014" is one choice away in every session.
 */
export function SavedFilters({ state, onApply }: SavedFiltersProps) {
  const { t } = useTranslation();
  const id = useId();
  const [saved, setSaved] = useState<readonly SavedListView[]>([]);
  const [selected, setSelected] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(async () => {
    try {
      setSaved(await call(() => api.listViews.list()));
    } catch (failure) {
      setError(errorMessage(t, failure));
    }
  }, [t]);
  useEffect(() => {
    let live = true;
    call(() => api.listViews.list())
      .then((views) => live && setSaved(views))
      .catch((failure: unknown) => live && setError(errorMessage(t, failure)));
    return () => {
      live = false;
    };
  }, [t]);

  const choose = (viewId: string) => {
    setSelected(viewId);
    setNotice(null);
    const found = saved.find((v) => v.id === viewId);
    if (!found) return;
    const parsed = ListViewState.safeParse(found.state);
    if (parsed.success) {
      onApply(parsed.data);
      setNotice(t('list.saved.applied', { name: found.name }));
    }
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') {
      setError(t('list.saved.nameRequired'));
      return;
    }
    setError(null);
    setBusy(true);
    try {
      const view = await call(() => api.listViews.save({ name: trimmed, state: ListViewState.parse(state) }));
      await refresh();
      setSelected(view.id);
      setName('');
      setNotice(t('list.saved.saved', { name: view.name }));
    } catch (failure) {
      setError(errorMessage(t, failure)); // the name stays in the box to try again
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    const view = saved.find((v) => v.id === selected);
    if (!view) return;
    setBusy(true);
    try {
      await call(() => api.listViews.delete({ id: view.id }));
      setNotice(t('list.saved.deleted', { name: view.name }));
    } catch (failure) {
      setError(errorMessage(t, failure));
    } finally {
      setSelected('');
      await refresh();
      setBusy(false);
    }
  };

  return (
    <section className="saved-filters" aria-labelledby={`${id}-title`} data-testid="saved-filters">
      <h2 className="saved-filters__title" id={`${id}-title`}>
        {t('list.saved.title')}
      </h2>
      <p className="saved-filters__note" id={`${id}-note`}>
        {t('list.saved.inVault')}
      </p>
      <div className="saved-filters__row">
        <div className="filter">
          <label className="filter__label" htmlFor={`${id}-choose`}>
            {t('list.saved.choose')}
          </label>
          <select id={`${id}-choose`} className="input select filter__input" value={selected} onChange={(e) => choose(e.target.value)} aria-describedby={`${id}-note`} data-testid="saved-filter-select">
            <option value="">{t('list.saved.none')}</option>
            {saved.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </select>
        </div>
        <Button variant="quiet" onClick={() => void remove()} disabled={!selected || busy} data-testid="saved-filter-delete">
          {t('list.saved.delete')}
        </Button>
        <form className="saved-filters__form" onSubmit={(e) => void save(e)} noValidate>
          <div className="filter">
            <label className="filter__label" htmlFor={`${id}-name`}>
              {t('list.saved.name')}
            </label>
            <input
              id={`${id}-name`}
              className="input filter__input"
              value={name}
              maxLength={100}
              onChange={(e) => setName(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              autoComplete="off"
              data-testid="saved-filter-name"
            />
          </div>
          <Button type="submit" disabled={busy} data-testid="saved-filter-save">
            {t('list.saved.save')}
          </Button>
        </form>
      </div>
      {error && (
        <p className="field__error" id={`${id}-error`}>
          <span className="field__error-icon" aria-hidden="true" />
          {error}
        </p>
      )}
      <p className="saved-filters__notice" role="status">
        {notice ?? ''}
      </p>
    </section>
  );
}

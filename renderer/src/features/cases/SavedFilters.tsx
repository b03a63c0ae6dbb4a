import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { db } from '../../db/database';
import { deleteSessionFilter, saveSessionFilter } from '../../db/working-set';
import { ListViewState } from './list-model';

export interface SavedFiltersProps {
  state: ListViewState;
  onApply: (state: ListViewState) => void;
}

/**
 * Named sets of search, filters and sort. Kept in the working set for this session only (the UI
 * says so) until the vault has a call to store them; see the module comment of database.ts.
 */
export function SavedFilters({ state, onApply }: SavedFiltersProps) {
  const { t } = useTranslation();
  const id = useId();
  const saved = useLiveQuery(() => db.sessionFilters.orderBy('name').toArray(), []);
  const [selected, setSelected] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const choose = (filterId: string) => {
    setSelected(filterId);
    setNotice(null);
    const found = saved?.find((f) => f.id === filterId);
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
    const savedId = await saveSessionFilter(trimmed, ListViewState.parse(state));
    setSelected(savedId);
    setName('');
    setNotice(t('list.saved.saved', { name: trimmed }));
  };

  const remove = async () => {
    if (!selected) return;
    await deleteSessionFilter(selected);
    setSelected('');
    setNotice(null);
  };

  return (
    <section className="saved-filters" aria-labelledby={`${id}-title`} data-testid="saved-filters">
      <h2 className="saved-filters__title" id={`${id}-title`}>
        {t('list.saved.title')}
      </h2>
      <p className="saved-filters__note" id={`${id}-note`}>
        {t('list.saved.sessionOnly')}
      </p>
      <div className="saved-filters__row">
        <div className="filter">
          <label className="filter__label" htmlFor={`${id}-choose`}>
            {t('list.saved.choose')}
          </label>
          <select id={`${id}-choose`} className="input select filter__input" value={selected} onChange={(e) => choose(e.target.value)} aria-describedby={`${id}-note`} data-testid="saved-filter-select">
            <option value="">{t('list.saved.none')}</option>
            {(saved ?? []).map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
        </div>
        <Button variant="quiet" onClick={() => void remove()} disabled={!selected} data-testid="saved-filter-delete">
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
          <Button type="submit" data-testid="saved-filter-save">
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

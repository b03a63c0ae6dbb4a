import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldSpec } from '../../../../../shared/case-model';
import { useEditor } from './context';
import { summaryOf } from './display';
import { EntityForm } from './EntityForm';
import { problemText } from './messages';
import { newEntity, problemsOf, requiredKeys } from './model';
import { InvalidEdit, type AnySpec, type Apply, type EditProblem, type EntityValue, type FieldHandle } from './types';

export interface EntityListProps {
  /** The list field of the enclosing entity. */
  handle: FieldHandle;
  /** The spec of one entry. */
  spec: AnySpec;
  depth: number;
}

/**
 * A list of entries (detentions, charges, hearings…): add, remove (after a confirmation), move up
 * and down; each entry collapses to a summary line made of its primary fields. A new entry that
 * still misses a required field is kept as a draft, marked as not saved, until it is complete.
 */
export function EntityList({ handle, spec, depth }: EntityListProps) {
  const { t } = useTranslation();
  const { lang, drafts, registerAdder, readOnly } = useEditor();
  const items = Array.isArray(handle.value) ? (handle.value as EntityValue[]) : [];
  const listPath = handle.path;
  const draftList = drafts.get(listPath);
  const [open, setOpen] = useState<Readonly<Record<string, boolean>>>({});
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const focusNextRef = useRef<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const what = spec.label[lang];

  const report = (problem: EditProblem | null) => setError(problem ? problemText(t, problem, handle.key, lang) : null);
  const commitList = (update: (list: EntityValue[]) => EntityValue[]) => handle.apply((old: unknown) => update(Array.isArray(old) ? (old as EntityValue[]) : []));

  const add = () => {
    const entry = newEntity(spec);
    const id = entry.id as string;
    focusNextRef.current = id;
    setOpen((o) => ({ ...o, [id]: true }));
    if (problemsOf(spec, entry).length === 0) {
      const problem = commitList((list) => [...list, entry]);
      report(problem);
      if (!problem) return;
    }
    drafts.update(listPath, (list) => [...list, { spec, value: entry }]);
  };

  useEffect(() => registerAdder(listPath, add));

  const itemApply =
    (id: string): Apply<EntityValue> =>
    (update) =>
      commitList((list) => list.map((item) => (item.id === id ? update(item) : item)));

  const draftApply =
    (id: string): Apply<EntityValue> =>
    (update) => {
      const current = drafts.get(listPath).find((d) => d.value.id === id)?.value;
      if (!current) return null;
      let next: EntityValue;
      try {
        next = update(current);
      } catch (error) {
        if (error instanceof InvalidEdit) return error.problem;
        throw error;
      }
      if (next === current) return null;
      let problem: EditProblem | null = null;
      if (problemsOf(spec, next).length === 0) {
        // Complete: it joins the list like any other edit.
        problem = commitList((list) => [...list, next]);
        if (!problem) {
          drafts.update(listPath, (list) => list.filter((d) => d.value.id !== id));
          return null;
        }
      }
      drafts.update(listPath, (list) => list.map((d) => (d.value.id === id ? { spec, value: next } : d)));
      return problem;
    };

  const move = (id: string, delta: number) =>
    report(
      commitList((list) => {
        const from = list.findIndex((item) => item.id === id);
        const to = from + delta;
        if (from < 0 || to < 0 || to >= list.length) return list;
        const copy = [...list];
        [copy[from], copy[to]] = [copy[to] as EntityValue, copy[from] as EntityValue];
        return copy;
      }),
    );

  const remove = (id: string) => {
    const problem = commitList((list) => list.filter((item) => item.id !== id));
    report(problem);
    setConfirming(null);
    if (!problem) addButton.current?.focus();
  };

  const discard = (id: string) => {
    drafts.update(listPath, (list) => list.filter((d) => d.value.id !== id));
    addButton.current?.focus();
  };

  const rows = [...items.map((value) => ({ value, draft: false })), ...draftList.map((d) => ({ value: d.value, draft: true }))];
  return (
    <div className="entity-list" data-list={listPath}>
      {error && (
        <p className="field__error" role="alert">
          <span className="field__error-icon" aria-hidden="true" />
          {error}
        </p>
      )}
      {rows.length === 0 && <p className="entity-list__empty">{t('caseEditor.list.empty')}</p>}
      {rows.length > 0 && (
        <ol className="entries">
          {rows.map((row, index) => {
            const id = row.value.id as string;
            return (
              <Entry
                key={id}
                spec={spec}
                value={row.value}
                index={index}
                last={index === items.length - 1}
                draft={row.draft}
                expanded={open[id] ?? (rows.length === 1 || row.draft)}
                confirming={confirming === id}
                path={`${listPath}.${id}`}
                depth={depth}
                focusNextRef={focusNextRef}
                apply={row.draft ? draftApply(id) : itemApply(id)}
                onToggle={() => setOpen((o) => ({ ...o, [id]: !(o[id] ?? (rows.length === 1 || row.draft)) }))}
                onMove={(delta) => move(id, delta)}
                onRemove={() => (row.draft ? discard(id) : setConfirming(id))}
                onConfirm={() => remove(id)}
                onCancel={() => setConfirming(null)}
              />
            );
          })}
        </ol>
      )}
      {!readOnly && (
        <button ref={addButton} type="button" className="btn btn--secondary btn--add" onClick={add} data-testid={`add-${listPath}`}>
          <span aria-hidden="true">+ </span>
          {t('caseEditor.list.add', { what })}
        </button>
      )}
    </div>
  );
}

interface EntryProps {
  spec: AnySpec;
  value: EntityValue;
  index: number;
  /** The last saved entry (cannot move down). */
  last: boolean;
  draft: boolean;
  expanded: boolean;
  confirming: boolean;
  path: string;
  depth: number;
  focusNextRef: RefObject<string | null>;
  apply: Apply<EntityValue>;
  onToggle(): void;
  onMove(delta: number): void;
  onRemove(): void;
  onConfirm(): void;
  onCancel(): void;
}

function Entry({ spec, value, index, last, draft, expanded, confirming, path, depth, focusNextRef, apply, onToggle, onMove, onRemove, onConfirm, onCancel }: EntryProps) {
  const { t } = useTranslation();
  const { lang, readOnly } = useEditor();
  const bodyId = useId();
  const bodyRef = useRef<HTMLDivElement>(null);
  const what = spec.label[lang];
  const title = t('caseEditor.list.entry', { what, n: index + 1 });
  const summary = summaryOf(spec, value, lang);

  useEffect(() => {
    if (focusNextRef.current !== value.id || !bodyRef.current) return;
    focusNextRef.current = null;
    bodyRef.current.querySelector<HTMLElement>('input, select:not(.sens__select), textarea')?.focus();
  });

  const fields = spec.fields as Readonly<Record<string, FieldSpec>>;
  const missing = draft
    ? [...requiredKeys(spec)].filter((key) => problemsOf(spec, value).some((p) => p.path[0] === key)).map((key) => fields[key]?.label[lang] ?? key)
    : [];

  return (
    <li className={draft ? 'entry entry--draft' : 'entry'} data-entry={path}>
      <div className="entry__head">
        <button type="button" className="entry__toggle" aria-expanded={expanded} aria-controls={bodyId} onClick={onToggle}>
          <span className={expanded ? 'entry__chevron entry__chevron--open' : 'entry__chevron'} aria-hidden="true" />
          <span className="entry__title">{title}</span>
          {summary && <span className="entry__summary">{summary}</span>}
          {draft && <span className="tag tag--warning">{t('caseEditor.list.draft')}</span>}
        </button>
        {!readOnly && (
          <span className="entry__actions">
            {!draft && (
              <>
                <button type="button" className="icon-btn" aria-label={t('caseEditor.list.moveUp', { what: title })} disabled={index === 0} onClick={() => onMove(-1)}>
                  <span aria-hidden="true">↑</span>
                </button>
                <button type="button" className="icon-btn" aria-label={t('caseEditor.list.moveDown', { what: title })} disabled={last} onClick={() => onMove(1)}>
                  <span aria-hidden="true">↓</span>
                </button>
              </>
            )}
            <button
              type="button"
              className="icon-btn icon-btn--danger"
              aria-label={draft ? t('caseEditor.list.discard') : t('caseEditor.list.remove', { what: title })}
              onClick={onRemove}
            >
              <span aria-hidden="true">×</span>
            </button>
          </span>
        )}
      </div>
      {confirming && (
        <div className="entry__confirm" role="group" aria-label={t('caseEditor.list.remove', { what: title })}>
          <p>{t('caseEditor.list.confirmRemove')}</p>
          <button type="button" className="btn btn--danger" onClick={onConfirm}>
            {t('caseEditor.list.confirmYes')}
          </button>
          <button type="button" className="btn btn--quiet" onClick={onCancel} autoFocus>
            {t('caseEditor.list.confirmNo')}
          </button>
        </div>
      )}
      {draft && missing.length > 0 && (
        <p className="entry__needs" data-testid="draft-needs">
          {t('caseEditor.list.draftNeeds', { fields: missing.join(', ') })}
        </p>
      )}
      <div id={bodyId} ref={bodyRef} className="entry__body" hidden={!expanded} role="group" aria-label={title}>
        {expanded && <EntityForm spec={spec} value={value} apply={apply} path={path} depth={depth} />}
      </div>
    </li>
  );
}

import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { LinkScope, useEditor } from '../context';
import type { FieldHandle } from '../types';
import { inputAttrs } from './attrs';
import { linkChoices } from './links';

/** One link to another entry of the case (a charge requalified from another), by its summary. */
export function LinkSelect({ field }: { field: FieldHandle }) {
  const { t } = useTranslation();
  const { lang } = useEditor();
  const scope = useContext(LinkScope);
  if (field.spec.input !== 'link') return null;
  const choices = linkChoices(scope, field.spec.target, lang);
  const value = typeof field.value === 'string' ? field.value : '';
  const missing = value !== '' && !choices.some((c) => c.id === value);
  return (
    <select
      {...inputAttrs(field)}
      className="input select"
      value={value}
      onChange={(e) => field.commit(e.target.value === '' ? undefined : e.target.value)}
      disabled={field.readOnly}
    >
      <option value="">{t('caseEditor.field.none')}</option>
      {choices.map((c) => (
        <option key={c.id} value={c.id}>
          {c.label}
        </option>
      ))}
      {missing && <option value={value}>{value}</option>}
    </select>
  );
}

/** Links to several entries (the sources of an incident), as checkboxes. */
export function LinkChecks({ field }: { field: FieldHandle }) {
  const { t } = useTranslation();
  const { lang } = useEditor();
  const scope = useContext(LinkScope);
  if (field.spec.input !== 'links') return null;
  const choices = linkChoices(scope, field.spec.target, lang);
  const chosen = Array.isArray(field.value) ? (field.value as string[]) : [];
  const known = new Set(choices.map((c) => c.id));
  const all = [...choices, ...chosen.filter((id) => !known.has(id)).map((id) => ({ id, label: id }))];
  if (all.length === 0) {
    return (
      <p className="field__hint" data-field={field.path}>
        {field.spec.target === 'exhibits' ? t('caseEditor.field.noExhibits') : t('caseEditor.field.noTargets')}
      </p>
    );
  }
  const toggle = (id: string, on: boolean) =>
    field.commit((old: unknown) => {
      const current = new Set(Array.isArray(old) ? (old as string[]) : []);
      if (on) current.add(id);
      else current.delete(id);
      return all.map((c) => c.id).filter((c) => current.has(c));
    });
  return (
    <div className="checks" data-field={field.path}>
      {all.map((choice) => {
        const id = `${field.id}-${choice.id}`;
        return (
          <div key={choice.id} className="check">
            <input
              id={id}
              aria-describedby={field.describedBy}
              type="checkbox"
              className="checkbox__input"
              checked={chosen.includes(choice.id)}
              onChange={(e) => toggle(choice.id, e.target.checked)}
              disabled={field.readOnly}
            />
            <label htmlFor={id} className="check__label">
              {choice.label}
            </label>
          </div>
        );
      })}
    </div>
  );
}

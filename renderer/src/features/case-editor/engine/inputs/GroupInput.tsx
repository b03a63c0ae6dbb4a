import type { FieldSpec } from '../../../../../../shared/case-model';
import { useEditor } from '../context';
import type { FieldHandle, FieldUpdate } from '../types';
import { CountInput } from './CountInput';

/**
 * A small group of values stored together (a term of years, months and days). Each part commits
 * into the group; an empty group is left out of the record.
 */
export function GroupInput({ field }: { field: FieldHandle }) {
  const { lang } = useEditor();
  if (field.spec.input !== 'group') return null;
  const group = (field.value ?? {}) as Record<string, unknown>;
  return (
    <div className="group">
      {(Object.entries(field.spec.fields) as Array<[string, FieldSpec]>).map(([key, spec]) => {
        const part: FieldHandle = {
          ...field,
          id: `${field.id}-${key}`,
          key,
          spec,
          label: spec.label[lang],
          value: group[key],
          required: false,
          path: `${field.path}.${key}`,
          commit: (update: FieldUpdate) =>
            field.commit((old: unknown) => {
              const next: Record<string, unknown> = { ...((old ?? {}) as Record<string, unknown>) };
              const value = typeof update === 'function' ? (update as (o: unknown) => unknown)(next[key]) : update;
              if (value === undefined) delete next[key];
              else next[key] = value;
              return Object.keys(next).length === 0 ? undefined : next;
            }),
        };
        return (
          <div key={key} className="group__part">
            <label className="field__label" htmlFor={part.id}>
              {part.label}
            </label>
            {spec.input === 'count' ? <CountInput field={part} /> : null}
          </div>
        );
      })}
    </div>
  );
}

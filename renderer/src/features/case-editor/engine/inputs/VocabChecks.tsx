import { getVocabulary } from '../../../../../../shared/vocabularies';
import { useEditor } from '../context';
import { termDepth } from '../display';
import type { FieldHandle } from '../types';

/** Several terms of a vocabulary as a group of checkboxes (inside the field's fieldset). */
export function VocabChecks({ field }: { field: FieldHandle }) {
  const { lang } = useEditor();
  if (field.spec.input !== 'vocabs') return null;
  const vocabulary = getVocabulary(field.spec.vocabulary);
  if (!vocabulary) return null;
  const chosen = Array.isArray(field.value) ? (field.value as string[]) : [];
  const codes = [...vocabulary.activeCodes, ...chosen.filter((code) => !vocabulary.activeCodes.includes(code))];
  const toggle = (code: string, on: boolean) =>
    field.commit((old: unknown) => {
      const current = new Set(Array.isArray(old) ? (old as string[]) : []);
      if (on) current.add(code);
      else current.delete(code);
      // Vocabulary order, so the stored list does not depend on the order of clicks.
      return codes.filter((c) => current.has(c));
    });
  const hierarchical = vocabulary.terms.some((term) => term.parent !== undefined);
  // A hierarchy reads top to bottom; a flat list of many terms goes into columns.
  const layout = hierarchical ? 'checks checks--tree' : codes.length > 8 ? 'checks checks--columns' : 'checks';
  return (
    <div className={layout} data-field={field.path}>
      {codes.map((code) => {
        const id = `${field.id}-${code}`;
        const depth = hierarchical ? Math.min(3, termDepth(vocabulary, code)) : 0;
        return (
          <div key={code} className={`check check--depth-${depth}`}>
            <input
              id={id}
              type="checkbox"
              className="checkbox__input"
              checked={chosen.includes(code)}
              onChange={(e) => toggle(code, e.target.checked)}
              disabled={field.readOnly}
              aria-describedby={field.describedBy}
            />
            <label htmlFor={id} className="check__label">
              {vocabulary.terms.find((t) => t.code === code)?.labels[lang] ?? code}
            </label>
          </div>
        );
      })}
    </div>
  );
}

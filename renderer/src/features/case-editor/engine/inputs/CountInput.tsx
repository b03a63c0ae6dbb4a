import { useTranslation } from 'react-i18next';
import type { FieldHandle } from '../types';
import { useTextDraft, type TextDraftOptions } from '../use-text-draft';
import { inputAttrs } from './attrs';
import { commitOnEnter } from './LineInput';
import { useEditor } from '../context';

/** A whole number (years of a sentence, days credited); the schema checks the range. */
export function CountInput({ field }: { field: FieldHandle }) {
  const { t } = useTranslation();
  const { lang } = useEditor();
  const options: TextDraftOptions = {
    format: (value) => (typeof value === 'number' ? String(value) : ''),
    parse: (text) => {
      const trimmed = text.trim().replace(/[\s\u00a0]/g, '');
      if (trimmed === '') return { ok: true, value: undefined };
      if (!/^-?\d+$/.test(trimmed)) return { ok: false, message: t(/^-?[\d.,]+$/.test(trimmed) ? 'caseEditor.validation.wholeNumber' : 'caseEditor.validation.number') };
      return { ok: true, value: Number(trimmed) };
    },
  };
  const draft = useTextDraft(field, options);
  const unit = field.spec.input === 'count' ? field.spec.unit?.[lang] : undefined;
  const unitId = `${field.id}-unit`;
  return (
    <span className="count">
      <input
        {...inputAttrs(field, unit ? unitId : undefined)}
        type="text"
        inputMode="numeric"
        className="input input--count"
        value={draft.text}
        onChange={(e) => draft.change(e.target.value)}
        onBlur={() => draft.commit()}
        onKeyDown={commitOnEnter(draft.commit)}
        readOnly={field.readOnly}
        autoComplete="off"
      />
      {unit && (
        <span className="count__unit" id={unitId}>
          {unit}
        </span>
      )}
    </span>
  );
}

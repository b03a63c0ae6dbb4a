import type { FieldHandle } from '../types';
import { useTextDraft, type TextDraftOptions } from '../use-text-draft';
import { inputAttrs } from './attrs';

const PROSE: TextDraftOptions = {
  format: (value) => (typeof value === 'string' ? value : ''),
  parse: (text) => ({ ok: true, value: text.trim() === '' ? undefined : text.replace(/\s+$/, '') }),
};

/** Multi-line text: Enter is a line break; leaving the field or a pause commits. */
export function ProseInput({ field }: { field: FieldHandle }) {
  const draft = useTextDraft(field, PROSE);
  return (
    <textarea
      {...inputAttrs(field)}
      className="input textarea"
      rows={3}
      value={draft.text}
      onChange={(e) => draft.change(e.target.value)}
      onBlur={() => draft.commit()}
      readOnly={field.readOnly}
      spellCheck={false}
      dir="auto"
    />
  );
}

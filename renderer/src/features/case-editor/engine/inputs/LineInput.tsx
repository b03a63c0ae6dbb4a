import type { KeyboardEvent } from 'react';
import type { FieldHandle } from '../types';
import { useTextDraft, type TextDraftOptions } from '../use-text-draft';
import { inputAttrs } from './attrs';

const LINE: TextDraftOptions = {
  format: (value) => (typeof value === 'string' ? value : ''),
  parse: (text) => {
    const trimmed = text.trim();
    return { ok: true, value: trimmed === '' ? undefined : trimmed };
  },
};

/** Enter commits a one-line field (it has no other meaning there). */
export function commitOnEnter(commit: () => boolean) {
  return (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      commit();
    }
  };
}

export function LineInput({ field }: { field: FieldHandle }) {
  const draft = useTextDraft(field, LINE);
  return (
    <input
      {...inputAttrs(field)}
      type="text"
      className="input"
      value={draft.text}
      onChange={(e) => draft.change(e.target.value)}
      onBlur={() => draft.commit()}
      onKeyDown={commitOnEnter(draft.commit)}
      readOnly={field.readOnly}
      autoComplete="off"
      spellCheck={false}
      dir="auto"
    />
  );
}

import { useTranslation } from 'react-i18next';
import type { FieldHandle } from '../types';
import { useTextDraft, type TextDraftOptions } from '../use-text-draft';
import { inputAttrs } from './attrs';

const LINES: TextDraftOptions = {
  format: (value) => (Array.isArray(value) ? value.join('\n') : ''),
  parse: (text) => ({
    ok: true,
    value: text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
  }),
};

/** A list of short texts (judges, citizenships, case groups), one per line. */
export function LinesInput({ field }: { field: FieldHandle }) {
  const { t } = useTranslation();
  const draft = useTextDraft(field, LINES);
  const hintId = `${field.id}-lines`;
  const count = Array.isArray(field.value) ? field.value.length : 0;
  return (
    <>
      <textarea
        {...inputAttrs(field, hintId)}
        className="input textarea textarea--lines"
        rows={Math.min(8, Math.max(2, count + 1))}
        value={draft.text}
        onChange={(e) => draft.change(e.target.value)}
        onBlur={() => draft.commit()}
        readOnly={field.readOnly}
        spellCheck={false}
        dir="auto"
      />
      <p className="field__hint" id={hintId}>
        {t('caseEditor.field.linesHint')}
      </p>
    </>
  );
}

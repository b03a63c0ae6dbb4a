import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatFuzzyDate, parseEdtf, parseHumanDate, tryParseEdtf, type Point } from '../../../../../../shared/domain/dates';
import type { Lang } from '../../../../../../shared/vocabularies';
import { useEditor } from '../context';
import { dateText } from '../display';
import type { FieldHandle } from '../types';
import { useTextDraft, type Parsed, type TextDraftOptions } from '../use-text-draft';
import { inputAttrs } from './attrs';
import { commitOnEnter } from './LineInput';

/** The message for text that is not a date: translated, with the parser's specifics in English. */
export function dateProblem(t: TFunction, lang: Lang, detail: string): string {
  const general = t('caseEditor.validation.date');
  return lang === 'en' ? `${detail}. ${general}` : general;
}

export function parseDateText(t: TFunction, lang: Lang, text: string): Parsed {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: undefined };
  const parsed = parseHumanDate(trimmed);
  return parsed.ok ? { ok: true, value: parsed.edtf } : { ok: false, message: dateProblem(t, lang, parsed.message) };
}

function pointWords(t: TFunction, point: Point): string[] {
  const words = [t(`caseEditor.date.precision.${point.precision}`)];
  if (point.approximate) words.push(t('caseEditor.date.precision.approximate'));
  if (point.uncertain) words.push(t('caseEditor.date.precision.uncertain'));
  return words;
}

/** "day, approximate" or "range: month – year": how precise a stored date is. */
export function precisionText(t: TFunction, edtf: string): string {
  const value = parseEdtf(edtf);
  if (value.kind === 'date' && value.start) return pointWords(t, value.start).join(', ');
  const start = value.start ? pointWords(t, value.start).join(', ') : t('caseEditor.date.precision.openStart');
  const end = value.end ? pointWords(t, value.end).join(', ') : t('caseEditor.date.precision.openEnd');
  return `${t('caseEditor.date.precision.range')}: ${start} – ${end}`;
}

/**
 * A date with precision, typed the way people write it ("May 2013", "12.05.2013", "c. 2013",
 * "2013–2014", Azerbaijani and Russian month names). Shown back in the UI language with its
 * precision and stored form, so the user sees exactly what was understood.
 */
export function DateInput({ field }: { field: FieldHandle }) {
  const { t } = useTranslation();
  const { lang } = useEditor();
  const options: TextDraftOptions = {
    format: (value) => dateText(value, lang),
    parse: (text) => parseDateText(t, lang, text),
  };
  const draft = useTextDraft(field, options);
  const noteId = `${field.id}-date`;

  let note: string;
  if (draft.editing) {
    const parsed = parseHumanDate(draft.text.trim());
    note = parsed.ok ? t('caseEditor.date.preview', { text: formatFuzzyDate(parsed.edtf, lang) }) : t('caseEditor.date.hint');
  } else if (typeof field.value === 'string' && tryParseEdtf(field.value).ok) {
    note = t('caseEditor.date.stored', { precision: precisionText(t, field.value), edtf: field.value });
  } else {
    note = t('caseEditor.date.hint');
  }

  return (
    <>
      <input
        {...inputAttrs(field, noteId)}
        type="text"
        className="input input--date"
        value={draft.text}
        onChange={(e) => draft.change(e.target.value)}
        onBlur={() => draft.commit()}
        onKeyDown={commitOnEnter(draft.commit)}
        readOnly={field.readOnly}
        autoComplete="off"
        spellCheck={false}
      />
      <p className="field__hint field__hint--date" id={noteId} data-testid="date-note">
        {note}
      </p>
    </>
  );
}

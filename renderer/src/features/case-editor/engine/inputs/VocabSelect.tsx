import { useTranslation } from 'react-i18next';
import { getVocabulary } from '../../../../../../shared/vocabularies';
import { useEditor } from '../context';
import { termDepth } from '../display';
import type { FieldHandle } from '../types';
import { inputAttrs } from './attrs';

const INDENT = '\u00a0\u00a0\u00a0';

/** One term of a controlled vocabulary, labelled in the UI language; committed when chosen. */
export function VocabSelect({ field }: { field: FieldHandle }) {
  const { t } = useTranslation();
  const { lang } = useEditor();
  if (field.spec.input !== 'vocab') return null;
  const vocabulary = getVocabulary(field.spec.vocabulary);
  if (!vocabulary) return null;
  const value = typeof field.value === 'string' ? field.value : '';
  const codes = vocabulary.activeCodes.includes(value) || value === '' ? vocabulary.activeCodes : [...vocabulary.activeCodes, value];
  const hierarchical = vocabulary.terms.some((term) => term.parent !== undefined);
  return (
    <select
      {...inputAttrs(field)}
      className="input select"
      value={value}
      onChange={(e) => field.commit(e.target.value === '' ? undefined : e.target.value)}
      disabled={field.readOnly}
    >
      {(value === '' || !field.required) && <option value="">{field.required ? t('caseEditor.field.choose') : t('caseEditor.field.none')}</option>}
      {codes.map((code) => {
        const term = vocabulary.terms.find((x) => x.code === code);
        const indent = hierarchical ? INDENT.repeat(termDepth(vocabulary, code)) : '';
        return (
          <option key={code} value={code}>
            {indent}
            {term?.labels[lang] ?? code}
          </option>
        );
      })}
    </select>
  );
}

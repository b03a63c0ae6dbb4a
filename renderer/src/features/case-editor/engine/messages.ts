import type { TFunction } from 'i18next';
import type { FieldSpec } from '../../../../../shared/case-model';
import type { Lang } from '../../../../../shared/vocabularies';
import type { EditProblem } from './types';

/**
 * The schemas' messages are English and written for the CLI and logs. The ones a person editing a
 * case meets most are translated here; anything else is shown as the schema wrote it.
 */
const KNOWN: ReadonlyArray<{ test: RegExp; key: MessageKey; param?: string }> = [
  { test: /^Must not be empty/, key: 'required' },
  { test: /^Invalid input: expected .*, received undefined$/, key: 'required' },
  { test: /^At most (\d+) characters$/, key: 'tooLong', param: 'max' },
  { test: /^Must be one line/, key: 'oneLine' },
  { test: /^Must not contain control characters$/, key: 'controlChars' },
  { test: /^Must be a number$/, key: 'number' },
  { test: /^Must be a whole number$/, key: 'wholeNumber' },
  { test: /^Must not be negative$/, key: 'negative' },
  { test: /^At most (\d+) entries$/, key: 'tooMany', param: 'max' },
  { test: /^At most (\d+)$/, key: 'tooLarge', param: 'max' },
  { test: /^Invalid option/, key: 'choose' },
  { test: /^Give the person at least one name$/, key: 'needName' },
  { test: /^Use the three-letter currency code/, key: 'currency' },
  { test: /already has a finding/, key: 'duplicateFinding' },
  { test: /^Say why the conclusion differs/, key: 'overrideReason' },
  { test: /^No (source|detention|charge) with this id in the/, key: 'missingLink' },
  { test: /^An article reference/, key: 'articleRef' },
];

type MessageKey =
  | 'required'
  | 'tooLong'
  | 'oneLine'
  | 'controlChars'
  | 'number'
  | 'wholeNumber'
  | 'negative'
  | 'tooMany'
  | 'tooLarge'
  | 'choose'
  | 'needName'
  | 'currency'
  | 'duplicateFinding'
  | 'overrideReason'
  | 'missingLink'
  | 'articleRef';

/** A schema message in the UI language where a translation exists. */
export function translateMessage(t: TFunction, message: string): string {
  for (const known of KNOWN) {
    const match = known.test.exec(message);
    if (!match) continue;
    return known.param ? t(`caseEditor.validation.${known.key}`, { [known.param]: match[1] }) : t(`caseEditor.validation.${known.key}`);
  }
  return message;
}

/**
 * The text shown next to the edited field. When the schema objects to another field (an override
 * without its reason), that field is named.
 */
export function problemText(t: TFunction, problem: EditProblem, editedKey: string, lang: Lang): string {
  const message = translateMessage(t, problem.message);
  const other = [...problem.path].reverse().find((p): p is string => typeof p === 'string' && p !== editedKey);
  const fields = problem.spec?.fields as Readonly<Record<string, FieldSpec>> | undefined;
  const otherSpec = other !== undefined && problem.path[0] !== editedKey ? fields?.[other] : undefined;
  return otherSpec ? t('caseEditor.validation.otherField', { field: otherSpec.label[lang], message }) : message;
}

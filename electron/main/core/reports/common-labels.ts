import type { ReportLang } from '../../../../shared/reports';
import { loc, type Localised } from '../../../../shared/vocabularies/types';

/**
 * Words every Habeas PDF uses (frame, withheld markers, dates). Section-specific labels live next
 * to their section. Labels are in the reader's language; the data stays as it was written.
 */
export const COMMON_LABELS = {
  contents: loc('Contents', 'Mündəricat', 'Содержание'),
  generated: loc('Generated', 'Hazırlanma tarixi', 'Дата составления'),
  audience: loc('Audience', 'Auditoriya', 'Адресат'),
  caseLabel: loc('Case', 'İş', 'Дело'),
  vault: loc('Vault', 'Anbar', 'Хранилище'),
  withheld: loc('withheld', 'gizlədilib', 'скрыто'),
  notRecorded: loc('not recorded', 'qeyd edilməyib', 'не указано'),
  yes: loc('yes', 'bəli', 'да'),
  no: loc('no', 'xeyr', 'нет'),
} satisfies Record<string, Localised>;

/** A label in `lang`. */
export const say = (label: Localised, lang: ReportLang): string => label[lang];

/** "Page 3 of 12" in `lang`. */
export function pageOf(lang: ReportLang): (page: number, pages: number) => string {
  if (lang === 'az') return (page, pages) => `Səhifə ${page} / ${pages}`;
  if (lang === 'ru') return (page, pages) => `Страница ${page} из ${pages}`;
  return (page, pages) => `Page ${page} of ${pages}`;
}

/** "3 entries withheld" and its Azerbaijani and Russian forms (Russian has three plural forms). */
export function withheldCount(count: number, lang: ReportLang): string {
  if (lang === 'az') return `${count} qeyd gizlədilib`;
  if (lang === 'ru') {
    const mod10 = count % 10;
    const mod100 = count % 100;
    const word = mod10 === 1 && mod100 !== 11 ? 'запись скрыта' : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? 'записи скрыты' : 'записей скрыто';
    return `${count} ${word}`;
  }
  return `${count} ${count === 1 ? 'entry' : 'entries'} withheld`;
}

import { defineVocabulary, loc, term } from './types';

/** What a recorded name is: the one lists use, the native-script form, a transliteration, an alias. */
export const nameUse = defineVocabulary({
  id: 'name_use',
  version: 1,
  title: loc('Name use', 'Adın növü', 'Вид имени'),
  terms: [
    term('primary', ['Primary (as used in lists)', 'Əsas (siyahılarda işlənən)', 'Основное (как в списках)']),
    term('native', ['Native script', 'Doğma yazı ilə', 'В родной письменности']),
    term('transliteration', ['Transliteration', 'Transliterasiya', 'Транслитерация']),
    term('alias', ['Alias / pen name', 'Təxəllüs / ləqəb', 'Псевдоним / прозвище']),
    term('former', ['Former name', 'Əvvəlki ad', 'Прежнее имя']),
  ],
});

/** The writing system of a name, so lists can show the Latin and the Cyrillic forms side by side. */
export const nameScript = defineVocabulary({
  id: 'name_script',
  version: 1,
  title: loc('Script', 'Əlifba', 'Письменность'),
  terms: [
    term('latin', ['Latin', 'Latın', 'Латиница']),
    term('cyrillic', ['Cyrillic', 'Kiril', 'Кириллица']),
    term('arabic', ['Arabic', 'Ərəb', 'Арабская']),
    term('georgian', ['Georgian', 'Gürcü', 'Грузинская']),
    term('armenian', ['Armenian', 'Erməni', 'Армянская']),
    term('other', ['Other', 'Digər', 'Другая']),
  ],
});

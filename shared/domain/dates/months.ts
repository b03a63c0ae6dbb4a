/**
 * Month names in English, Azerbaijani and Russian, written here because Chromium ships no
 * Azerbaijani locale data and the forms we need (Russian genitive) are not what Intl gives anyway.
 */
import { fold } from './fold';

export type DateLanguage = 'en' | 'az' | 'ru';
export const DATE_LANGUAGES: readonly DateLanguage[] = ['en', 'az', 'ru'];

type Twelve = readonly [string, string, string, string, string, string, string, string, string, string, string, string];

export const MONTHS_EN: Twelve = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Azerbaijani month names are written in lower case inside dates ("12 may 2013"). */
export const MONTHS_AZ: Twelve = ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'];
/** Russian nominative: "май 2013". */
export const MONTHS_RU_NOM: Twelve = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
/** Russian genitive: "12 мая 2013", "с мая 2013". */
export const MONTHS_RU_GEN: Twelve = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

/**
 * Further forms people type, per month (index + 1): English and Azerbaijani abbreviations, Azerbaijani
 * genitive/locative ("mayın", "mayda", "mayında"), Russian abbreviations and the other cases. Folded before lookup.
 */
const EXTRA: readonly (readonly string[])[] = [
  ['jan', 'yan', 'yanvarin', 'yanvarda', 'yanvarında', 'янв', 'январе', 'январю', 'январем', 'январём'],
  ['feb', 'fev', 'fevralin', 'fevralda', 'fevralında', 'фев', 'февр', 'феврале', 'февралю', 'февралем', 'февралём'],
  ['mar', 'martin', 'martda', 'martında', 'мар', 'марте', 'марту', 'мартом'],
  ['apr', 'aprelin', 'apreldə', 'aprelində', 'апр', 'апреле', 'апрелю', 'апрелем'],
  ['mayin', 'mayda', 'mayında', 'мае', 'маю', 'маем'],
  ['jun', 'iyn', 'iyunun', 'iyunda', 'iyununda', 'июн', 'июне', 'июню', 'июнем'],
  ['jul', 'iyl', 'iyulun', 'iyulda', 'iyulunda', 'июл', 'июле', 'июлю', 'июлем'],
  ['aug', 'avq', 'avqustun', 'avqustda', 'avqustunda', 'авг', 'августе', 'августу', 'августом'],
  ['sep', 'sept', 'sen', 'sentyabrin', 'sentyabrda', 'sentyabrında', 'сен', 'сент', 'сентябре', 'сентябрю', 'сентябрем', 'сентябрём'],
  ['oct', 'okt', 'oktyabrin', 'oktyabrda', 'oktyabrında', 'окт', 'октябре', 'октябрю', 'октябрем', 'октябрём'],
  ['nov', 'noy', 'noyabrin', 'noyabrda', 'noyabrında', 'ноя', 'нояб', 'ноябре', 'ноябрю', 'ноябрем', 'ноябрём'],
  ['dec', 'dek', 'dekabrin', 'dekabrda', 'dekabrında', 'дек', 'декабре', 'декабрю', 'декабрем', 'декабрём'],
];

const LOOKUP: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  const add = (word: string, month: number) => {
    const key = fold(word);
    const had = map.get(key);
    if (had !== undefined && had !== month) throw new Error(`month word "${word}" is ambiguous`);
    map.set(key, month);
  };
  for (let i = 0; i < 12; i++) {
    for (const list of [MONTHS_EN, MONTHS_AZ, MONTHS_RU_NOM, MONTHS_RU_GEN]) add(list[i] ?? '', i + 1);
    for (const w of EXTRA[i] ?? []) add(w, i + 1);
  }
  return map;
})();

/** Month number (1–12) for a word in any of the three languages, any case, with or without marks and a final dot. */
export function monthFromWord(word: string): number | null {
  return LOOKUP.get(fold(word).replace(/\.$/, '')) ?? null;
}

export function monthName(month: number, lang: DateLanguage, grammaticalCase: 'nominative' | 'genitive' = 'nominative'): string {
  const i = month - 1;
  const list = lang === 'en' ? MONTHS_EN : lang === 'az' ? MONTHS_AZ : grammaticalCase === 'genitive' ? MONTHS_RU_GEN : MONTHS_RU_NOM;
  const name = list[i];
  if (name === undefined) throw new RangeError(`month ${month} out of range`);
  return name;
}

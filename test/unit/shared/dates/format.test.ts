import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DATE_LANGUAGES, formatFuzzyDate, monthFromWord, monthName, parseHumanDate } from '../../../../shared/domain/dates';
import type { DateLanguage } from '../../../../shared/domain/dates';
import { edtfValue } from './arbitraries';

const table: readonly [string, string, string, string][] = [
  // edtf, en, az, ru
  ['2013', '2013', '2013', '2013'],
  ['2013-05', 'May 2013', 'may 2013', 'май 2013'],
  ['2013-05-12', '12 May 2013', '12 may 2013', '12 мая 2013'],
  ['2013-03-01', '1 March 2013', '1 mart 2013', '1 марта 2013'],
  ['2013~', 'c. 2013', 'təx. 2013', 'ок. 2013'],
  ['2013-05?', 'May 2013?', 'may 2013?', 'май 2013?'],
  ['2013-05-12%', 'c. 12 May 2013?', 'təx. 12 may 2013?', 'ок. 12 мая 2013?'],
  ['2013-05/2014-06', 'May 2013 – June 2014', 'may 2013 – iyun 2014', 'май 2013 – июнь 2014'],
  ['2013~/2014', 'c. 2013 – 2014', 'təx. 2013 – 2014', 'ок. 2013 – 2014'],
  ['2013-05/..', 'from May 2013', 'may 2013 – …', 'с мая 2013'],
  ['../2014-06-20', 'until 20 June 2014', '… – 20 iyun 2014', 'до 20 июня 2014'],
  ['0987', '0987', '0987', '0987'],
];

describe('formatFuzzyDate', () => {
  it.each(table)('%s → en %j, az %j, ru %j', (edtf, en, az, ru) => {
    expect(formatFuzzyDate(edtf, 'en')).toBe(en);
    expect(formatFuzzyDate(edtf, 'az')).toBe(az);
    expect(formatFuzzyDate(edtf, 'ru')).toBe(ru);
  });

  it('names every month in every language, and reads them back', () => {
    const names = DATE_LANGUAGES.map((lang) => Array.from({ length: 12 }, (_, i) => monthName(i + 1, lang)));
    expect(names).toEqual([
      ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
      ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'],
      ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
    ]);
    for (const lang of DATE_LANGUAGES) {
      for (let m = 1; m <= 12; m++) {
        expect(monthFromWord(monthName(m, lang))).toBe(m);
        expect(monthFromWord(monthName(m, lang, 'genitive'))).toBe(m);
      }
    }
  });

  it('throws for an invalid stored value', () => {
    expect(() => formatFuzzyDate('2013-02-30', 'en')).toThrow(/Day 30/);
  });

  it.each(DATE_LANGUAGES.map((l) => [l] as [DateLanguage]))('parseHumanDate(formatFuzzyDate(x, %s)) === x', (lang) => {
    fc.assert(
      fc.property(edtfValue, (x) => {
        const text = formatFuzzyDate(x, lang);
        expect(parseHumanDate(text), text).toEqual({ ok: true, edtf: x });
      }),
      { numRuns: 1000 },
    );
  });

  it('round-trips upper-cased and diacritic-free renderings too', () => {
    const strip = (s: string) => s.replace(/ə/g, 'e').normalize('NFD').replace(/\p{M}/gu, '');
    fc.assert(
      fc.property(edtfValue, fc.constantFrom<DateLanguage>('en', 'az', 'ru'), (x, lang) => {
        const text = formatFuzzyDate(x, lang);
        expect(parseHumanDate(text.toUpperCase())).toEqual({ ok: true, edtf: x });
        expect(parseHumanDate(strip(text))).toEqual({ ok: true, edtf: x });
      }),
      { numRuns: 500 },
    );
  });
});

/**
 * Human text for a stored date in the three UI languages. Every output is accepted back by
 * parseHumanDate and gives the same stored value (tested as a property).
 *
 *   en  2013 · May 2013 · 12 May 2013 · c. 2013 · 2013? · c. 2013? · May 2013 – June 2014 · from May 2013 · until 2014
 *   az  2013 · may 2013 · 12 may 2013 · təx. 2013 · … · may 2013 – iyun 2014 · may 2013 – … · … – 2014
 *   ru  2013 · май 2013 · 12 мая 2013 · ок. 2013 · … · май 2013 – июнь 2014 · с мая 2013 · до 2014
 *
 * Azerbaijani open ranges use an ellipsis because "since"/"until" are case suffixes there whose form
 * depends on how the number is read aloud (2013-cü ildən); an ellipsis is unambiguous and reads naturally.
 */
import type { Point } from './edtf';
import { parseEdtf } from './edtf';
import type { DateLanguage } from './months';
import { monthName } from './months';
import { pad } from './calendar';

const APPROX: Record<DateLanguage, string> = { en: 'c.', az: 'təx.', ru: 'ок.' };
const DASH = ' – ';
const OPEN = '…';

function formatPoint(p: Point, lang: DateLanguage, afterPreposition: boolean): string {
  const year = pad(p.year, 4);
  let core: string;
  if (p.month === null) core = year;
  else if (p.day === null) core = `${monthName(p.month, lang, afterPreposition ? 'genitive' : 'nominative')} ${year}`;
  else core = `${p.day} ${monthName(p.month, lang, 'genitive')} ${year}`;
  return `${p.approximate ? `${APPROX[lang]} ` : ''}${core}${p.uncertain ? '?' : ''}`;
}

/** Formats a stored date (throws EdtfError if it is not one). */
export function formatFuzzyDate(edtf: string, lang: DateLanguage): string {
  const v = parseEdtf(edtf);
  const { start, end } = v;
  if (v.kind === 'date' && start) return formatPoint(start, lang, false);
  if (start && end) return formatPoint(start, lang, false) + DASH + formatPoint(end, lang, false);
  if (start) {
    if (lang === 'en') return `from ${formatPoint(start, lang, true)}`;
    if (lang === 'ru') return `с ${formatPoint(start, lang, true)}`;
    return formatPoint(start, lang, false) + DASH + OPEN;
  }
  if (end) {
    if (lang === 'en') return `until ${formatPoint(end, lang, true)}`;
    if (lang === 'ru') return `до ${formatPoint(end, lang, true)}`;
    return OPEN + DASH + formatPoint(end, lang, false);
  }
  throw new Error('unreachable: an interval has at least one end');
}

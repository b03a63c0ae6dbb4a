/** Dates with precision: stored as an EDTF subset, normalised to ranges, typed and shown in en/az/ru. */
export { isLeapYear, daysInMonth } from './calendar';
export type { Precision, Point, ParsedEdtf, EdtfResult } from './edtf';
export { EdtfError, parseEdtf, tryParseEdtf, isValidEdtf, toEdtf, pointToEdtf, pointEarliest, pointLatest } from './edtf';
export { FuzzyDate } from './schema';
export type { DateRange, DateFilter } from './range';
export { dateRange, compareDateRanges, compareFuzzyDates, overlaps, within, OPEN_START, OPEN_END } from './range';
export type { DateLanguage } from './months';
export { DATE_LANGUAGES, monthName, monthFromWord } from './months';
export type { HumanDateResult } from './human-parse';
export { parseHumanDate } from './human-parse';
export { formatFuzzyDate } from './format';

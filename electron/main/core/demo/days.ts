import type { FuzzyDate } from '../../../../shared/domain/dates';
import { civilDayOf } from '../../../../shared/domain/dates/calendar';
import type { Rng } from './prng';

/** Calendar arithmetic on whole days since 1970-01-01 (UTC), and the EDTF forms the model stores. */

const MS_PER_DAY = 86_400_000;

export function dayOf(iso: string): number {
  return Math.floor(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY);
}

/** [year, month 1–12, day 1–31] of a day number. */
function civil(day: number): [number, number, number] {
  const { year, month, day: dayOfMonth } = civilDayOf(day);
  return [year, month, dayOfMonth];
}

const isoCache = new Map<number, string>();

/** YYYY-MM-DD. */
export function isoOf(day: number): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    const [y, m, d] = civil(day);
    iso = `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
    if (isoCache.size < 100_000) isoCache.set(day, iso);
  }
  return iso;
}

export function yearOf(day: number): number {
  return civil(day)[0];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "12 May 2013", for prose. */
export function human(day: number): string {
  const [y, m, d] = civil(day);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "May 2013", for prose. */
export function humanMonth(day: number): string {
  const [y, m] = civil(day);
  return `${MONTHS[m - 1]} ${y}`;
}

/** An exact day. */
export function exact(day: number): FuzzyDate {
  return isoOf(day) as FuzzyDate;
}

export type Precision = 'day' | 'month' | 'year' | 'day~' | 'day?' | 'day%' | 'month~' | 'month?' | 'year~' | 'range';

/** The day in one of the stored precisions; a range covers `day` to `day + spanDays`. */
export function withPrecision(day: number, precision: Precision, spanDays = 3): FuzzyDate {
  const iso = isoOf(day);
  switch (precision) {
    case 'day':
      return iso as FuzzyDate;
    case 'month':
      return iso.slice(0, 7) as FuzzyDate;
    case 'year':
      return iso.slice(0, 4) as FuzzyDate;
    case 'day~':
    case 'day?':
    case 'day%':
      return `${iso}${precision.slice(3)}` as FuzzyDate;
    case 'month~':
    case 'month?':
      return `${iso.slice(0, 7)}${precision.slice(5)}` as FuzzyDate;
    case 'year~':
      return `${iso.slice(0, 4)}~` as FuzzyDate;
    case 'range':
      return `${iso}/${isoOf(day + Math.max(1, spanDays))}` as FuzzyDate;
  }
}

/** How arrests are recorded: mostly to the day, sometimes only the month or year, approximate or uncertain. */
export const ARREST_PRECISION: readonly (readonly [Precision, number])[] = [
  ['day', 84], ['month', 6], ['year', 2], ['day~', 4], ['day?', 2], ['month?', 1], ['day%', 1],
];
/** Birth dates: often only the year is known. */
export const BIRTH_PRECISION: readonly (readonly [Precision, number])[] = [
  ['day', 55], ['year', 28], ['month', 10], ['year~', 7],
];
/** Incidents in custody are reported late and vaguely. */
export const INCIDENT_PRECISION: readonly (readonly [Precision, number])[] = [
  ['day', 55], ['day~', 15], ['month', 12], ['range', 12], ['month~', 4], ['day?', 2],
];

export function fuzzy(rng: Rng, day: number, mix: readonly (readonly [Precision, number])[]): FuzzyDate {
  return withPrecision(day, rng.weighted(mix), rng.int(1, 6));
}

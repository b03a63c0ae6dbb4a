/** Proleptic Gregorian calendar arithmetic; no Date objects, so no time zones can shift a day. */
import { MONTHS_EN } from './months';

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return DAYS[month - 1] ?? 0;
}

/** A calendar day of the proleptic Gregorian calendar. */
export interface CivilDay {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  /** 1–31 */
  readonly day: number;
}

/** Days since 1970-01-01 (H. Hinnant's days_from_civil): day arithmetic without Date or time zones. */
export function dayNumberOf({ year, month, day }: CivilDay): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar day of a day number (H. Hinnant's civil_from_days); inverse of dayNumberOf. */
export function civilDayOf(n: number): CivilDay {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** `YYYY-MM-DD`. */
export function isoDay(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** English month name for messages (messages are English; the UI translates around them). */
export function monthNameForMessage(month: number): string {
  return MONTHS_EN[month - 1] ?? `month ${month}`;
}

/**
 * Why a day does not exist, or null if it does. The text says what to fix, e.g.
 * "Day 31 does not exist in April" or "Day 29 does not exist in February 2013 (2013 is not a leap year)".
 */
export function dayProblem(year: number, month: number, day: number): string | null {
  if (day < 1) return `Day ${day} does not exist; days start at 1`;
  const max = daysInMonth(year, month);
  if (day <= max) return null;
  if (month === 2 && day === 29) return `Day 29 does not exist in February ${year} (${year} is not a leap year)`;
  return `Day ${day} does not exist in ${monthNameForMessage(month)}; it has ${max} days`;
}

export function monthProblem(month: number): string | null {
  return month >= 1 && month <= 12 ? null : `Month ${month} does not exist; months are 1–12`;
}

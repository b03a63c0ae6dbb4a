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

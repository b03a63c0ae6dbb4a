/**
 * The stored form of a date with precision: a subset of EDTF (ISO 8601-2; Library of Congress
 * EDTF levels 0 and 1):
 *
 *   YYYY | YYYY-MM | YYYY-MM-DD       a year, a month or a day (years 0000–9999)
 *   … followed by ~ | ? | %           approximate, uncertain, or both (qualifies the whole date)
 *   A/B                               an interval of two such dates; either end may be `..` (open)
 *
 * Not supported (not needed by case files): negative or 5+ digit years, unspecified digits (`201X`),
 * seasons, per-component qualifiers (level 2), sets, and the empty "unknown" interval end (use `..`).
 */
import { dayProblem, daysInMonth, isoDay, monthProblem, pad } from './calendar';

export type Precision = 'year' | 'month' | 'day';

export interface Point {
  readonly year: number;
  /** 1–12, or null when precision is 'year'. */
  readonly month: number | null;
  /** 1–31, or null when precision is not 'day'. */
  readonly day: number | null;
  readonly precision: Precision;
  readonly approximate: boolean;
  readonly uncertain: boolean;
}

export interface ParsedEdtf {
  /** 'date' for a single date (start and end are the same point), 'interval' for `A/B`. */
  readonly kind: 'date' | 'interval';
  /** null only for an open start (`../B`). */
  readonly start: Point | null;
  /** null only for an open end (`A/..`). */
  readonly end: Point | null;
  /** True when any end is approximate (`~` or `%`). */
  readonly approximate: boolean;
  /** True when any end is uncertain (`?` or `%`). */
  readonly uncertain: boolean;
}

export type EdtfResult = { ok: true; value: ParsedEdtf } | { ok: false; message: string };

export class EdtfError extends Error {
  override name = 'EdtfError';
}

const SHAPE_HINT =
  'use YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ~ (approximate), ? (uncertain) or % (both); join two with / for a range, and use .. for an open end';

/** First day covered by a point, as YYYY-MM-DD. */
export function pointEarliest(p: Point): string {
  return isoDay(p.year, p.month ?? 1, p.day ?? 1);
}

/** Last day covered by a point, as YYYY-MM-DD (month lengths and leap years included). */
export function pointLatest(p: Point): string {
  if (p.month === null) return isoDay(p.year, 12, 31);
  if (p.day === null) return isoDay(p.year, p.month, daysInMonth(p.year, p.month));
  return isoDay(p.year, p.month, p.day);
}

/** Builds a validated point; returns a message when the parts do not form a real date. */
export function makePoint(
  year: number,
  month: number | null,
  day: number | null,
  approximate: boolean,
  uncertain: boolean,
): Point | string {
  if (!Number.isInteger(year) || year < 0 || year > 9999) return `Year ${year} is out of range; use four digits (0000–9999)`;
  if (month === null && day !== null) return 'A day needs a month';
  if (month !== null) {
    const m = monthProblem(month);
    if (m) return m;
  }
  if (month !== null && day !== null) {
    const d = dayProblem(year, month, day);
    if (d) return d;
  }
  const precision: Precision = day !== null ? 'day' : month !== null ? 'month' : 'year';
  return { year, month, day, precision, approximate, uncertain };
}

const QUALIFIER: Record<string, { approximate: boolean; uncertain: boolean }> = {
  '': { approximate: false, uncertain: false },
  '~': { approximate: true, uncertain: false },
  '?': { approximate: false, uncertain: true },
  '%': { approximate: true, uncertain: true },
};

function parsePoint(s: string): Point | string {
  const m = /^(\d+)(?:-(\d+))?(?:-(\d+))?([~?%]*)$/.exec(s);
  if (!m) return `"${s}" is not a date: ${SHAPE_HINT}`;
  const [, y = '', mo, d, q = ''] = m;
  if (y.length !== 4) return `"${s}": write the year with four digits (e.g. 2013)`;
  if (mo !== undefined && mo.length !== 2) return `"${s}": write the month with two digits${mo.length === 1 ? ` (e.g. ${y}-0${mo})` : ', 01–12'}`;
  if (d !== undefined && d.length !== 2) return `"${s}": write the day with two digits${d.length === 1 ? ` (e.g. ${y}-${mo}-0${d})` : ', 01–31'}`;
  const qual = QUALIFIER[q];
  if (!qual) return `"${s}": use a single qualifier: ~ (approximate), ? (uncertain) or % (both)`;
  return makePoint(Number(y), mo === undefined ? null : Number(mo), d === undefined ? null : Number(d), qual.approximate, qual.uncertain);
}

function fail(message: string): EdtfResult {
  return { ok: false, message };
}

/** Parses the stored form without throwing. */
export function tryParseEdtf(input: string): EdtfResult {
  if (typeof input !== 'string') return fail('A date must be text');
  if (input === '') return fail('Enter a date');
  if (input !== input.trim()) return fail('Remove the spaces around the date');
  const parts = input.split('/');
  if (parts.length > 2) return fail(`"${input}" has more than one "/"; a range joins exactly two dates`);
  if (parts.length === 1) {
    if (input === '..') return fail('".." is only allowed as one end of a range, e.g. 2013/..');
    const p = parsePoint(input);
    if (typeof p === 'string') return fail(p);
    return { ok: true, value: { kind: 'date', start: p, end: p, approximate: p.approximate, uncertain: p.uncertain } };
  }
  const [a = '', b = ''] = parts;
  if (a === '' || b === '') return fail('Both ends of a range are needed; write .. for an open end (e.g. 2013/.. or ../2014)');
  if (a === '..' && b === '..') return fail('A range needs at least one date');
  const start = a === '..' ? null : parsePoint(a);
  if (typeof start === 'string') return fail(`Start of the range: ${start}`);
  const end = b === '..' ? null : parsePoint(b);
  if (typeof end === 'string') return fail(`End of the range: ${end}`);
  if (start && end && pointLatest(end) < pointEarliest(start)) {
    return fail(`The range ends (${b}) before it starts (${a}); swap the two dates`);
  }
  return {
    ok: true,
    value: {
      kind: 'interval',
      start,
      end,
      approximate: Boolean(start?.approximate || end?.approximate),
      uncertain: Boolean(start?.uncertain || end?.uncertain),
    },
  };
}

/** Parses the stored form; throws EdtfError with a message that says what to fix. */
export function parseEdtf(input: string): ParsedEdtf {
  const r = tryParseEdtf(input);
  if (!r.ok) throw new EdtfError(r.message);
  return r.value;
}

export function isValidEdtf(input: string): boolean {
  return tryParseEdtf(input).ok;
}

/** Serialises a point (`2013-05~`). */
export function pointToEdtf(p: Point): string {
  let s = pad(p.year, 4);
  if (p.month !== null) s += `-${pad(p.month, 2)}`;
  if (p.month !== null && p.day !== null) s += `-${pad(p.day, 2)}`;
  return s + (p.approximate && p.uncertain ? '%' : p.approximate ? '~' : p.uncertain ? '?' : '');
}

/** Serialises a parsed value back to its canonical stored form. */
export function toEdtf(v: Pick<ParsedEdtf, 'kind' | 'start' | 'end'>): string {
  if (v.kind === 'date' && v.start) return pointToEdtf(v.start);
  return `${v.start ? pointToEdtf(v.start) : '..'}/${v.end ? pointToEdtf(v.end) : '..'}`;
}

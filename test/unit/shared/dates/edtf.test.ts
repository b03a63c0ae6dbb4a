import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EdtfError, FuzzyDate, daysInMonth, isLeapYear, parseEdtf, toEdtf, tryParseEdtf } from '../../../../shared/domain/dates';
import { edtfLike, edtfValue } from './arbitraries';

describe('stored form (EDTF subset)', () => {
  it.each([
    ['2013', 'date', 'year'],
    ['2013-05', 'date', 'month'],
    ['2013-05-12', 'date', 'day'],
    ['2013~', 'date', 'year'],
    ['2013-05?', 'date', 'month'],
    ['2013-05-12%', 'date', 'day'],
    ['2012-02-29', 'date', 'day'],
    ['2000-02-29', 'date', 'day'],
    ['0000', 'date', 'year'],
    ['9999-12-31', 'date', 'day'],
    ['2013/2014', 'interval', 'year'],
    ['2013-05~/2014-06-20?', 'interval', 'month'],
    ['2013-05-20/2013-05', 'interval', 'day'],
    ['2013/2013', 'interval', 'year'],
    ['2013/..', 'interval', 'year'],
    ['../2014-06', 'interval', null],
  ])('accepts %s', (s, kind, startPrecision) => {
    const v = parseEdtf(s);
    expect(v.kind).toBe(kind);
    expect(v.start?.precision ?? null).toBe(startPrecision);
    expect(toEdtf(v)).toBe(s);
  });

  it.each([
    ['', /Enter a date/],
    [' 2013', /spaces/],
    ['13', /four digits/],
    ['20131', /four digits/],
    ['2013-5', /month with two digits.*2013-05/],
    ['2013-05-1', /day with two digits.*2013-05-01/],
    ['2013-13', /Month 13 does not exist/],
    ['2013-00', /Month 0 does not exist/],
    ['2013-02-30', /Day 30 does not exist in February/],
    ['2013-02-29', /Day 29 does not exist in February 2013 \(2013 is not a leap year\)/],
    ['1900-02-29', /1900 is not a leap year/],
    ['2013-04-31', /Day 31 does not exist in April/],
    ['2013-05-00', /Day 0 does not exist/],
    ['2013~?', /single qualifier/],
    ['~2013', /not a date/],
    ['2013-05-12T10:00', /not a date/],
    ['201X', /not a date/],
    ['-2013', /not a date/],
    ['2014/2013', /ends \(2013\) before it starts \(2014\); swap/],
    ['2013-06/2013-05-31', /before it starts/],
    ['2013/', /Both ends.*\.\./],
    ['/2013', /Both ends/],
    ['../..', /at least one date/],
    ['..', /only allowed as one end/],
    ['2013/2014/2015', /more than one "\/"/],
    ['2013/2014-13', /End of the range: Month 13/],
  ])('refuses %j saying what to fix', (s, message) => {
    const r = tryParseEdtf(s);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
    expect(() => parseEdtf(s)).toThrow(EdtfError);
  });

  it('knows leap years', () => {
    expect([2012, 2016, 2000, 2400, 1600].map(isLeapYear)).toEqual([true, true, true, true, true]);
    expect([2013, 1900, 2100, 2200].map(isLeapYear)).toEqual([false, false, false, false]);
    expect(daysInMonth(2012, 2)).toBe(29);
    expect(daysInMonth(2013, 2)).toBe(28);
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2013, m))).toEqual([31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });

  it('orders interval ends: the end may not lie wholly before the start', () => {
    expect(tryParseEdtf('2013-05-12/2013-05-12').ok).toBe(true);
    expect(tryParseEdtf('2013-05-12/2013-05-11').ok).toBe(false);
    expect(tryParseEdtf('2013-05/2013').ok).toBe(true); // ends some time in 2013, after May
    expect(tryParseEdtf('2014-01-01/2013').ok).toBe(false);
  });

  it('every generated value round-trips through parse and serialise', () => {
    fc.assert(fc.property(edtfValue, (s) => toEdtf(parseEdtf(s)) === s), { numRuns: 500 });
  });

  it('FuzzyDate accepts exactly what parseEdtf accepts, with the same message', () => {
    fc.assert(
      fc.property(edtfLike, (s) => {
        const z = FuzzyDate.safeParse(s);
        const p = tryParseEdtf(s);
        expect(z.success).toBe(p.ok);
        if (!z.success && !p.ok) expect(z.error.issues[0]?.message).toBe(p.message);
      }),
      { numRuns: 2000 },
    );
  });

  it('FuzzyDate refuses non-strings and brands valid strings', () => {
    expect(FuzzyDate.safeParse(2013).success).toBe(false);
    expect(FuzzyDate.safeParse(null).success).toBe(false);
    const r = FuzzyDate.safeParse('2013-05~');
    expect(r.success && r.data).toBe('2013-05~');
  });
});

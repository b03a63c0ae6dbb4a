import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { OPEN_END, OPEN_START, compareFuzzyDates, dateRange, overlaps, within } from '../../../../shared/domain/dates';
import { edtfValue } from './arbitraries';

describe('dateRange', () => {
  it.each([
    ['2013', '2013-01-01', '2013-12-31'],
    ['2013-05', '2013-05-01', '2013-05-31'],
    ['2013-04', '2013-04-01', '2013-04-30'],
    ['2013-02', '2013-02-01', '2013-02-28'],
    ['2012-02', '2012-02-01', '2012-02-29'],
    ['2000-02', '2000-02-01', '2000-02-29'],
    ['1900-02', '1900-02-01', '1900-02-28'],
    ['2013-05-12', '2013-05-12', '2013-05-12'],
    ['2013-05-12~', '2013-05-12', '2013-05-12'],
    ['2013~', '2013-01-01', '2013-12-31'],
    ['2013-05/2014-02', '2013-05-01', '2014-02-28'],
    ['2013/..', '2013-01-01', OPEN_END],
    ['../2014-06', OPEN_START, '2014-06-30'],
  ])('%s → %s..%s', (s, earliest, latest) => {
    const r = dateRange(s);
    expect([r.earliest, r.latest]).toEqual([earliest, latest]);
  });

  it('keeps the nominal range for approximate and uncertain dates and flags them', () => {
    expect(dateRange('2013~')).toMatchObject({ earliest: '2013-01-01', latest: '2013-12-31', approximate: true, uncertain: false });
    expect(dateRange('2013-05?/2014')).toMatchObject({ approximate: false, uncertain: true, openStart: false, openEnd: false });
    expect(dateRange('2013%/..')).toMatchObject({ approximate: true, uncertain: true, openEnd: true });
  });

  it('throws for an invalid value', () => {
    expect(() => dateRange('2013-02-30')).toThrow(/Day 30 does not exist in February/);
  });

  it('earliest ≤ latest for every valid value', () => {
    fc.assert(fc.property(edtfValue, (s) => {
      const r = dateRange(s);
      return /^\d{4}-\d{2}-\d{2}$/.test(r.earliest) && /^\d{4}-\d{2}-\d{2}$/.test(r.latest) && r.earliest <= r.latest;
    }), { numRuns: 1000 });
  });
});

describe('compareFuzzyDates', () => {
  it('sorts by earliest, then latest, then text', () => {
    const sorted = ['2014', '2013-05-12', '2013', '2013-05', '../2012', '2013~', '2013/..', '2013-05-01', 'not a date', '2013?'].sort(compareFuzzyDates);
    expect(sorted).toEqual(['../2012', '2013', '2013?', '2013~', '2013/..', '2013-05-01', '2013-05', '2013-05-12', '2014', 'not a date']);
  });

  const sign = (n: number) => Math.sign(n);
  it('is a total order consistent with ranges', () => {
    fc.assert(fc.property(edtfValue, edtfValue, edtfValue, (a, b, c) => {
      // reflexive, antisymmetric, zero only for equal strings
      expect(compareFuzzyDates(a, a)).toBe(0);
      // `+ 0` turns -0 into 0: for a === b both sides are zero, which toBe (Object.is) tells apart.
      expect(sign(compareFuzzyDates(a, b))).toBe(-sign(compareFuzzyDates(b, a)) + 0);
      if (a !== b) expect(compareFuzzyDates(a, b)).not.toBe(0);
      // transitive
      if (compareFuzzyDates(a, b) < 0 && compareFuzzyDates(b, c) < 0) expect(compareFuzzyDates(a, c)).toBeLessThan(0);
      // consistent with ranges
      const ra = dateRange(a);
      const rb = dateRange(b);
      if (ra.earliest < rb.earliest || (ra.earliest === rb.earliest && ra.latest < rb.latest)) expect(compareFuzzyDates(a, b)).toBeLessThan(0);
    }), { numRuns: 1000 });
  });
});

describe('overlaps / within', () => {
  const may2013 = dateRange('2013-05');
  it.each([
    [{ earliest: '2013-05-20', latest: '2013-06-30' }, true, false],
    [{ earliest: '2013-01-01', latest: '2013-12-31' }, true, true],
    [{ earliest: '2013-05-31' }, true, false],
    [{ latest: '2013-05-01' }, true, false],
    [{ earliest: '2013-06-01' }, false, false],
    [{ latest: '2013-04-30' }, false, false],
    [{}, true, true],
    [{ earliest: null, latest: null }, true, true],
  ])('May 2013 against %j: overlaps %s, within %s', (filter, o, w) => {
    expect(overlaps(may2013, filter)).toBe(o);
    expect(within(may2013, filter)).toBe(w);
  });

  it('takes a DateRange as a filter, and open ranges reach to the ends of time', () => {
    expect(overlaps(dateRange('2010/..'), dateRange('2020'))).toBe(true);
    expect(overlaps(dateRange('../2010'), dateRange('2020'))).toBe(false);
    expect(overlaps(dateRange('2013~'), dateRange('2012'))).toBe(false); // nominal range: c. 2013 is not 2012
  });

  it('overlap is symmetric and implied by within', () => {
    fc.assert(fc.property(edtfValue, edtfValue, (a, b) => {
      const ra = dateRange(a);
      const rb = dateRange(b);
      expect(overlaps(ra, rb)).toBe(overlaps(rb, ra));
      if (within(ra, rb)) expect(overlaps(ra, rb)).toBe(true);
    }), { numRuns: 500 });
  });
});

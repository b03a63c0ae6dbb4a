import fc from 'fast-check';
import { daysInMonth, tryParseEdtf } from '../../../../shared/domain/dates';

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** Years mostly in the range case files use, sometimes anywhere in 0000–9999. */
const year = fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1900, max: 2035 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 9999 }) });
const qualifier = fc.constantFrom('', '', '~', '?', '%');

/** A valid single date in stored form, any precision and qualifier. */
export const edtfPoint: fc.Arbitrary<string> = fc
  .record({ y: year, m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }), precision: fc.constantFrom('year', 'month', 'day'), q: qualifier })
  .map(({ y, m, d, precision, q }) => {
    if (precision === 'year') return pad(y, 4) + q;
    if (precision === 'month') return `${pad(y, 4)}-${pad(m, 2)}${q}`;
    return `${pad(y, 4)}-${pad(m, 2)}-${pad(Math.min(d, daysInMonth(y, m)), 2)}${q}`;
  });

/** A valid stored date: a single date, an ordered interval, or an interval with one open end. */
export const edtfValue: fc.Arbitrary<string> = fc.oneof(
  edtfPoint,
  fc.tuple(edtfPoint, edtfPoint).map(([a, b]) => `${a}/${b}`).filter((s) => tryParseEdtf(s).ok),
  edtfPoint.map((a) => `${a}/..`),
  edtfPoint.map((b) => `../${b}`),
);

/** Strings over the characters stored dates are made of: mostly invalid, some valid. */
export const edtfLike: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: fc.constantFrom('0', '1', '2', '3', '9', '-', '/', '.', '~', '?', '%', ' ', 'X'), maxLength: 24 }),
  edtfValue,
  edtfValue.chain((s) => fc.nat({ max: Math.max(0, s.length - 1) }).map((i) => s.slice(0, i) + s.slice(i + 1))),
  edtfValue.chain((s) => fc.tuple(fc.nat({ max: s.length }), fc.constantFrom('0', '9', '-', '/', '~')).map(([i, c]) => s.slice(0, i) + c + s.slice(i))),
);

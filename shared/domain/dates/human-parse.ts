/**
 * What people type → the stored form. Accepts en/az/ru month names in any case and with or without
 * diacritics, numeric dates read day first, approximate/uncertain markers, ranges and open ranges.
 * Input that is already a stored date (EDTF) passes through unchanged.
 *
 * Markers apply to the side they are written on: "c. 2013 – 2014" is 2013~/2014.
 * Ranges: "2013–2014", "2013 - 2014", "May–June 2013", "12–20 May 2013", "12.05.2013 - 20.06.2013",
 * "from May to June 2013", "с мая по июнь 2013", "с 12 по 20 мая 2013"; the left side borrows a missing
 * year (and month) from the right. Open: "from/since 2013", "с 2013", "2013 – …" → 2013/..;
 * "until/till 2014", "до 2014", "… – 2014" → ../2014.
 */
import { tryParseEdtf, toEdtf } from './edtf';
import type { Point } from './edtf';
import { fold } from './fold';
import type { Side, SideResult } from './human-side';
import { completeSide, parseSide } from './human-side';

export type HumanDateResult = { ok: true; edtf: string } | { ok: false; message: string };

const FROM = /^(?:from|since|starting|с|со|от|начиная с)\s+/;
const UNTIL = /^(?:until|till|til|up to|to|до|по)\s+/;
/** Words between two sides of a range; replaced by the en dash. */
const WORD_SEPARATORS = /\s+(?:to|until|till|through|thru|по|до)\s+/g;

const fail = (message: string): HumanDateResult => ({ ok: false, message });

type SideOrOpen = Side | 'open';

function side(text: string): SideOrOpen | { error: string } {
  const t = text.trim();
  if (t === '..' || t === '...') return 'open';
  return parseSide(t);
}

function isError(x: SideOrOpen | SideResult): x is { error: string } {
  return typeof x === 'object' && 'error' in x;
}

function single(text: string): HumanDateResult {
  const s = parseSide(text);
  if (isError(s)) return fail(s.error);
  const p = completeSide(s);
  if (typeof p === 'string') return fail(p);
  return { ok: true, edtf: toEdtf({ kind: 'date', start: p, end: p }) };
}

function range(leftText: string, rightText: string): HumanDateResult {
  const l = side(leftText);
  const r = side(rightText);
  if (isError(l)) return fail(leftText.trim() === '' ? 'The range has no start; write … for an open start' : `Start: ${l.error}`);
  if (isError(r)) return fail(rightText.trim() === '' ? 'The range has no end; write … for an open end' : `End: ${r.error}`);
  if (l === 'open' && r === 'open') return fail('A range needs at least one date');
  let start: Point | null = null;
  let end: Point | null = null;
  if (r !== 'open') {
    const p = completeSide(r);
    if (typeof p === 'string') return fail(`End: ${p}`);
    end = p;
  }
  if (l !== 'open') {
    const filled: Side = { ...l };
    if (filled.year === null && end) {
      filled.year = end.year;
      if (filled.month === null && filled.day !== null) filled.month = end.month;
    }
    const p = completeSide(filled);
    if (typeof p === 'string') return fail(`Start: ${p}`);
    start = p;
  }
  const edtf = toEdtf({ kind: 'interval', start, end });
  const check = tryParseEdtf(edtf);
  if (!check.ok) return fail(check.message);
  return { ok: true, edtf };
}

/** Splits on the en dash (all dashes and range words were turned into one); tries bare hyphens last. */
function parseFolded(folded: string): HumanDateResult {
  let s = folded;
  const until = UNTIL.exec(s);
  if (until) return range('..', s.slice(until[0].length));
  const from = FROM.exec(s);
  const hadFrom = from !== null;
  if (from) s = s.slice(from[0].length);
  s = s.replace(WORD_SEPARATORS, ' – ').replace(/\s-\s/g, ' – ');
  const pieces = s.split('–');
  if (pieces.length > 2) return fail('More than one dash; a range has exactly two ends');
  if (pieces.length === 2) return range(pieces[0] ?? '', pieces[1] ?? '');
  const one = single(s);
  if (one.ok) return hadFrom ? range(s, '..') : one;
  // "2013-2014", "12.05.2013-20.06.2013": try each bare hyphen as the range dash.
  const found: HumanDateResult[] = [];
  for (let i = s.indexOf('-'); i > 0; i = s.indexOf('-', i + 1)) {
    const r = range(s.slice(0, i), s.slice(i + 1));
    if (r.ok) found.push(r);
  }
  if (found.length === 1 && found[0]) return found[0];
  if (found.length > 1) return fail(`"${s}" can be read in more than one way; put spaces around the range dash (2013-05 – 2014)`);
  return one;
}

/** Parses what a person typed. Never throws. */
export function parseHumanDate(text: string): HumanDateResult {
  if (typeof text !== 'string') return fail('A date must be text');
  const trimmed = text.trim();
  if (trimmed === '') return fail('Enter a date');
  const direct = tryParseEdtf(trimmed);
  if (direct.ok) return { ok: true, edtf: trimmed };
  return parseFolded(fold(trimmed));
}

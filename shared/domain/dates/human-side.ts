/**
 * One side of what a person typed (a single date, or one end of a range), already folded (fold.ts).
 * Returns the parts found; a missing year/month is allowed here because a range can lend them
 * ("12–20 May 2013", "May–June 2013"). Completeness and calendar checks happen in completeSide.
 *
 * All-numeric dates are read DAY FIRST (12/05/2013 and 12.05.2013 are 12 May 2013): our users write
 * dates the European way, in all three languages. Year-first (2013-05-12, 2013.05.12) is ISO order.
 */
import { makePoint } from './edtf';
import type { Point } from './edtf';
import { monthFromWord } from './months';

export interface Side {
  year: number | null;
  month: number | null;
  day: number | null;
  approximate: boolean;
  uncertain: boolean;
}

export type SideResult = Side | { error: string };

/** Prefix meaning "approximately" in en/az/ru (folded: təxminən → texminen). `c` needs a dot, space or digit after it. */
const APPROX_PREFIX =
  /^(?:~|(?:c|ca|circa|approx|approximately|about|around|около|ок|примерно|приблизительно|texminen|tex)(?:\.\s*|\s+|(?=\d)))/;

/** Words that carry no date information: "г.", "года", "2013-cü il", "12th of", "в мае". */
const NOISE = new Set([
  'of', 'the', 'on', 'in', 'year', 'st', 'nd', 'rd', 'th',
  'г', 'гг', 'год', 'года', 'году', 'в', 'во',
  'il', 'ili', 'ilin', 'ilde', 'ilinde', 'ci', 'cu', 'nci', 'ncu', 'inci', 'unci', 'uncu', 'si', 'su', 'da', 'de',
]);

const err = (error: string): SideResult => ({ error });

function parseNumeric(token: string): SideResult {
  const parts = token.split(/[./-]/);
  if (parts.some((p) => !/^\d+$/.test(p))) return err(`"${token}" is not a date I recognise; try 12.05.2013, 05.2013 or 2013`);
  const lens = parts.map((p) => p.length);
  const n = parts.map(Number);
  const base = { approximate: false, uncertain: false };
  const key = lens.map((l) => (l === 4 ? 'Y' : l <= 2 ? 'n' : 'x')).join('');
  switch (key) {
    case 'Y': return { ...base, year: n[0] ?? null, month: null, day: null };
    case 'Yn': return { ...base, year: n[0] ?? null, month: n[1] ?? null, day: null };
    case 'Ynn': return { ...base, year: n[0] ?? null, month: n[1] ?? null, day: n[2] ?? null };
    case 'nY': return { ...base, year: n[1] ?? null, month: n[0] ?? null, day: null };
    case 'nnY': return { ...base, year: n[2] ?? null, month: n[1] ?? null, day: n[0] ?? null };
    case 'nn': return { ...base, year: null, month: n[1] ?? null, day: n[0] ?? null };
    case 'n': return { ...base, year: null, month: null, day: n[0] ?? null };
  }
  if (key === 'nnn') return err(`"${token}": write the year with four digits (e.g. ${parts[0]}.${parts[1]}.20${parts[2]?.padStart(2, '0')})`);
  return err(`"${token}" is not a date I recognise; try 12.05.2013, 05.2013 or 2013`);
}

/** Parses one side: markers, then words and numbers in any order ("12 May 2013", "May 12, 2013", "2013-cü il 12 may"). */
export function parseSide(folded: string): SideResult {
  let s = folded.trim();
  let approximate = false;
  let uncertain = false;
  for (;;) {
    const m = APPROX_PREFIX.exec(s);
    if (m && m[0].length > 0) {
      approximate = true;
      s = s.slice(m[0].length).trim();
      continue;
    }
    if (s.endsWith('(?)')) { uncertain = true; s = s.slice(0, -3).trim(); continue; }
    if (s.endsWith('?')) { uncertain = true; s = s.slice(0, -1).trim(); continue; }
    if (s.endsWith('~')) { approximate = true; s = s.slice(0, -1).trim(); continue; }
    if (s.endsWith('%')) { approximate = true; uncertain = true; s = s.slice(0, -1).trim(); continue; }
    break;
  }
  // Separate digits from letters: "2013г." → "2013 г.", "2013-cü" → "2013 cü", "12-may-2013" → "12 may 2013".
  s = s
    .replace(/(\d)-?(\p{L})/gu, '$1 $2')
    .replace(/(\p{L})\.?-?(\d)/gu, '$1 $2');
  const tokens = s
    .split(/[\s,]+/)
    .map((t) => t.replace(/\.+$/, ''))
    .filter((t) => t !== '' && !NOISE.has(t));
  if (tokens.length === 0) return err('No date found; type for example 2013, May 2013 or 12.05.2013');

  if (tokens.length === 1 && /^[\d./-]+$/.test(tokens[0] ?? '')) {
    const r = parseNumeric(tokens[0] ?? '');
    return 'error' in r ? r : { ...r, approximate, uncertain };
  }

  let year: number | null = null;
  let month: number | null = null;
  let day: number | null = null;
  for (const t of tokens) {
    if (/^\d+$/.test(t)) {
      if (t.length === 4) {
        if (year !== null) return err(`Two years (${year} and ${t}); for a range put a dash between them`);
        year = Number(t);
      } else if (t.length <= 2) {
        if (day !== null) return err(`Two day numbers (${day} and ${Number(t)}); write the month as a word or as 12.05.2013`);
        day = Number(t);
      } else {
        return err(`"${t}" is neither a day nor a four-digit year`);
      }
      continue;
    }
    const mo = monthFromWord(t);
    if (mo === null) return err(`"${t}" is not a month or a date I recognise`);
    if (month !== null) return err('Two month names; for a range put a dash between them (May – June 2013)');
    month = mo;
  }
  if (month === null && day !== null) {
    return err(year === null ? `"${day}" alone is not a date; add month and year` : `Is ${day} a day or a month? Write 12.05.2013, 05.2013 or May ${year}`);
  }
  return { year, month, day, approximate, uncertain };
}

/** Checks a side is a whole real date; the message names the problem ("Day 31 does not exist in April"). */
export function completeSide(side: Side): Point | string {
  if (side.year === null) return 'Add the year (four digits, e.g. 2013)';
  if (side.day !== null && side.month === null) return 'Add the month';
  return makePoint(side.year, side.month, side.day, side.approximate, side.uncertain);
}

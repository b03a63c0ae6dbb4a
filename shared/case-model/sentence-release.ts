/**
 * When a prisoner is due for release, computed from the sentence as recorded (never typed), so it
 * follows every correction of the start, the term, the credited time or a later change.
 *
 * Rules, in order:
 *  1. The term starts on `startsOn` (what the court said), else on `imposedOn` (the verdict), else
 *     on the arrest of the detention the sentence belongs to.
 *  2. The term runs from its first day inclusive, and release is due on its LAST day (the rule of
 *     the post-Soviet penal-enforcement codes: "release takes place on the last day of the term").
 *     Years and months are added first: the term would be over on the same day of the month that
 *     many years and months later, so it ends the day before. When that month has no such day
 *     (31 January + 1 month, 29 February + 1 year), the term ends on the last day of the month.
 *     Then the days of the term are added, one by one, across month ends and leap days.
 *  3. Pre-trial days credited by the court are subtracted. When the term counts from the arrest
 *     (rule 1's last resort), the pre-trial time is already inside the term and is not subtracted
 *     again; the basis says so.
 *  4. Later changes apply in the order of their decision dates (undated ones last, in the order
 *     recorded): a reduction or increase on appeal, a conversion or an aggregate sentence with a new
 *     term replaces the term (counted from the same start); a pardon or amnesty with a new term
 *     reduces it likewise; without one, a pardon, amnesty, quashing or conditional early release
 *     ends the sentence on the day it was decided. Changes after the end have no effect.
 *  5. Imprecision carries through: every day a start "May 2013" could be is computed, and the
 *     result is given at the precision of the inputs that decide it (a month-precision start gives
 *     a month) and marked approximate (`~`) when the days it can fall on are not exactly the days
 *     the date names (May 2013 + 7 years is 30 April – 30 May 2020: "c. May 2020"), or when an
 *     input was itself approximate; an uncertain input (`?`) makes the result uncertain.
 *
 * All arithmetic is on calendar days (no Date objects, so no time zone can move a day).
 */
import { civilDayOf, dayNumberOf, type CivilDay } from '../domain/dates/calendar';
import { dateRange, daysInMonth, pointEarliest, pointLatest, pointToEdtf, type FuzzyDate, type Precision } from '../domain/dates';
import type { CodeOf } from '../vocabularies';
import type { Sentence, SentenceModification, Term } from './sentence';

/** Sentences that keep the person in custody, so that a release date means something. */
export const CUSTODIAL_SENTENCE_TYPES: ReadonlySet<CodeOf<'sentence_type'>> = new Set(['imprisonment', 'life_imprisonment', 'administrative_detention']);

type ModificationType = CodeOf<'sentence_modification'>;
const REPLACES_TERM: ReadonlySet<ModificationType> = new Set(['reduced_on_appeal', 'increased_on_appeal', 'converted', 'new_sentence_added']);
const ENDS_SENTENCE: ReadonlySet<ModificationType> = new Set(['pardon', 'amnesty', 'quashed', 'conditional_early_release']);

/** Where the term's start came from. */
export type ReleaseStartSource = 'startsOn' | 'imposedOn' | 'arrestedOn';

/** What a later change did to the release date. */
export type ModificationEffect =
  /** The term was replaced by `newTerm`. */
  | 'term_replaced'
  /** The sentence ended on the day of the decision. */
  | 'ended'
  /** A change that can alter the term, recorded without the new term: left out. */
  | 'no_new_term'
  /** A change that does not move the release date (regime changed, other). */
  | 'no_effect'
  /** Decided after the sentence had already ended (or after a change that ended it). */
  | 'after_end';

/** One step of the computation, as data; the UI words it in the reader's language. */
export type ReleaseBasis =
  | { readonly kind: 'start'; readonly source: ReleaseStartSource; readonly date: string }
  /** No start is known; only a change that ended the sentence gives the date. */
  | { readonly kind: 'no_start' }
  | { readonly kind: 'term'; readonly term: Term }
  | { readonly kind: 'last_day' }
  | { readonly kind: 'credit'; readonly days: number }
  /** Credited days not subtracted because the term already counts from the arrest. */
  | { readonly kind: 'credit_included'; readonly days: number }
  | {
      readonly kind: 'modification';
      readonly id: string;
      readonly type: ModificationType;
      readonly decidedOn?: string;
      readonly effect: ModificationEffect;
      readonly term?: Term;
    }
  /** The result is approximate or uncertain because of this input's precision or qualifier. */
  | { readonly kind: 'imprecise'; readonly input: 'start' | 'decision'; readonly date: string };

export interface ExpectedRelease {
  /** EDTF at the precision the inputs allow: `2020-05-11`, `2020-05~`, `2020~`. */
  readonly date: FuzzyDate;
  readonly precision: Precision;
  /** Earliest and latest day the release can fall on given the inputs (YYYY-MM-DD, inclusive). */
  readonly earliest: string;
  readonly latest: string;
  readonly approximate: boolean;
  readonly uncertain: boolean;
  /** The change that ended the sentence before its term, if one did. */
  readonly endedBy?: { readonly id: string; readonly type: ModificationType };
  readonly basis: readonly ReleaseBasis[];
}

export interface ReleaseContext {
  /** Arrest date of the detention the sentence is served in; the last resort for the start. */
  readonly arrestedOn?: string;
}

type SentenceInput = Pick<Sentence, 'type' | 'imposedOn' | 'startsOn' | 'term' | 'creditedPreTrialDays'> & {
  readonly modifications?: readonly SentenceModification[];
};

type Day = CivilDay;

const PRECISION_RANK: Record<Precision, number> = { day: 0, month: 1, year: 2 };

/**
 * The day the person is due for release, with how it was reached; undefined when the sentence is
 * not custodial, when neither a start and a term nor a dated change ending the sentence is
 * recorded, when a change ending the sentence has no date (the end cannot be placed), or when a
 * date is an open range.
 */
export function expectedRelease(sentence: SentenceInput, context: ReleaseContext = {}): ExpectedRelease | undefined {
  if (!CUSTODIAL_SENTENCE_TYPES.has(sentence.type)) return undefined;
  const basis: ReleaseBasis[] = [];

  // 1. Start.
  const start = startOf(sentence, context);
  let startSpan: Span | undefined;
  if (start) {
    basis.push({ kind: 'start', source: start.source, date: start.date });
    startSpan = spanOf(start.date, 'start');
    if (!startSpan) return undefined;
  } else {
    basis.push({ kind: 'no_start' });
  }

  // 2–3. Term and credit.
  let term: Term | undefined = sentence.type === 'life_imprisonment' ? undefined : sentence.term;
  const credit = sentence.creditedPreTrialDays ?? 0;
  if (term && startSpan) basis.push({ kind: 'term', term }, { kind: 'last_day' });
  if (credit > 0 && start) basis.push(start.source === 'arrestedOn' ? { kind: 'credit_included', days: credit } : { kind: 'credit', days: credit });
  const applyCredit = start?.source !== 'arrestedOn';
  const termEnd = (t: Term | undefined): Span | undefined => {
    if (!t || !startSpan || termLength(t) === 0) return undefined;
    const end = (d: Day) => addCalendarDays(lastDayOfTerm(d, t), applyCredit ? -credit : 0);
    return { ...startSpan, earliest: end(startSpan.earliest), latest: end(startSpan.latest) };
  };

  // 4. Later changes, in date order.
  let ended: (Span & { id: string; type: ModificationType }) | undefined;
  for (const m of inDecisionOrder(sentence.modifications ?? [])) {
    const step = { kind: 'modification', id: m.id, type: m.type, ...(m.decidedOn !== undefined ? { decidedOn: m.decidedOn } : {}) } as const;
    const decided = m.decidedOn !== undefined ? spanOf(m.decidedOn, 'decision') : undefined;
    const current = ended ?? termEnd(term);
    if (ended || (decided && current && dayNumberOf(decided.earliest) > dayNumberOf(current.latest))) {
      basis.push({ ...step, effect: 'after_end' });
      continue;
    }
    const replaces = REPLACES_TERM.has(m.type) || ((m.type === 'pardon' || m.type === 'amnesty') && m.newTerm !== undefined);
    if (replaces) {
      if (m.newTerm === undefined) basis.push({ ...step, effect: 'no_new_term' });
      else {
        term = m.newTerm;
        basis.push({ ...step, effect: 'term_replaced', term: m.newTerm });
      }
    } else if (ENDS_SENTENCE.has(m.type)) {
      if (!decided) return undefined; // ended on a day nobody recorded (or an open range)
      ended = { ...decided, id: m.id, type: m.type };
      basis.push({ ...step, effect: 'ended' });
    } else {
      basis.push({ ...step, effect: 'no_effect' });
    }
  }

  // 5. The release is the earlier of the term's end and a change that ended the sentence.
  const byTerm = termEnd(term);
  let result: Span;
  let endedEarly = false;
  if (ended && byTerm) {
    if (dayNumberOf(ended.latest) <= dayNumberOf(byTerm.earliest)) {
      result = ended;
      endedEarly = true;
    } else if (dayNumberOf(byTerm.latest) < dayNumberOf(ended.earliest)) {
      result = byTerm;
    } else {
      // The two spans overlap: either could come first.
      result = {
        earliest: minDay(ended.earliest, byTerm.earliest),
        latest: minDay(ended.latest, byTerm.latest),
        precision: coarser(ended.precision, byTerm.precision),
        approximate: ended.approximate || byTerm.approximate,
        uncertain: ended.uncertain || byTerm.uncertain,
        imprecise: [...byTerm.imprecise, ...ended.imprecise],
      };
      endedEarly = true;
    }
  } else if (ended) {
    result = ended;
    endedEarly = true;
  } else if (byTerm) {
    result = byTerm;
  } else {
    return undefined;
  }
  basis.push(...result.imprecise);
  const point = representative(result.earliest, result.latest, result.precision);
  const nominal = { ...point, precision: result.precision, approximate: false, uncertain: false };
  // Approximate when the days the release can fall on are not exactly the days the date names.
  const exact = pointEarliest(nominal) === formatDay(result.earliest) && pointLatest(nominal) === formatDay(result.latest);
  const approximate = result.approximate || !exact;
  const date = pointToEdtf({ ...nominal, approximate, uncertain: result.uncertain }) as FuzzyDate;
  return {
    date,
    precision: result.precision,
    earliest: formatDay(result.earliest),
    latest: formatDay(result.latest),
    approximate,
    uncertain: result.uncertain,
    ...(endedEarly && ended ? { endedBy: { id: ended.id, type: ended.type } } : {}),
    basis,
  };
}

/** The days a stored date may be, with what it says about precision. */
interface Span {
  earliest: Day;
  latest: Day;
  precision: Precision;
  approximate: boolean;
  uncertain: boolean;
  /** Basis entries to add if this span decides the result. */
  imprecise: ReleaseBasis[];
}

function spanOf(date: string, input: 'start' | 'decision'): Span | undefined {
  const range = safeRange(date);
  if (!range || range.openStart || range.openEnd) return undefined;
  const soft = range.approximate || range.uncertain || range.earliest !== range.latest;
  return {
    earliest: parseDay(range.earliest),
    latest: parseDay(range.latest),
    precision: coarsestPrecision(date),
    approximate: range.approximate,
    uncertain: range.uncertain,
    imprecise: soft ? [{ kind: 'imprecise', input, date }] : [],
  };
}

function coarser(a: Precision, b: Precision): Precision {
  return PRECISION_RANK[a] >= PRECISION_RANK[b] ? a : b;
}

function startOf(sentence: SentenceInput, context: ReleaseContext): { source: ReleaseStartSource; date: string } | undefined {
  if (sentence.startsOn !== undefined) return { source: 'startsOn', date: sentence.startsOn };
  if (sentence.imposedOn !== undefined) return { source: 'imposedOn', date: sentence.imposedOn };
  if (context.arrestedOn !== undefined) return { source: 'arrestedOn', date: context.arrestedOn };
  return undefined;
}

/** Dated changes by decision date (stable for equal dates), then undated ones as recorded. */
function inDecisionOrder(mods: readonly SentenceModification[]): SentenceModification[] {
  const dated = mods.filter((m) => m.decidedOn !== undefined && safeRange(m.decidedOn) !== undefined);
  const undated = mods.filter((m) => !dated.includes(m));
  const key = (m: SentenceModification) => safeRange(m.decidedOn ?? '')!;
  dated.sort((a, b) => {
    const ra = key(a);
    const rb = key(b);
    return ra.earliest < rb.earliest ? -1 : ra.earliest > rb.earliest ? 1 : ra.latest < rb.latest ? -1 : ra.latest > rb.latest ? 1 : 0;
  });
  return [...dated, ...undated];
}

function safeRange(date: string): ReturnType<typeof dateRange> | undefined {
  try {
    return dateRange(date);
  } catch {
    return undefined;
  }
}

/** The coarsest precision among the ends of a stored date (an interval counts as its coarser end). */
function coarsestPrecision(date: string): Precision {
  const ends = date.split('/').filter((s) => s !== '..');
  let worst: Precision = 'day';
  for (const end of ends) {
    const bare = end.replace(/[~?%]+$/, '');
    const p: Precision = bare.length === 4 ? 'year' : bare.length === 7 ? 'month' : 'day';
    if (PRECISION_RANK[p] > PRECISION_RANK[worst]) worst = p;
  }
  // An interval whose ends are days but differ is no more precise than the span it covers.
  if (ends.length === 2 && worst === 'day') {
    const [a = '', b = ''] = ends.map((e) => e.replace(/[~?%]+$/, ''));
    if (a.slice(0, 7) !== b.slice(0, 7)) return a.slice(0, 4) === b.slice(0, 4) ? 'month' : 'year';
  }
  return worst;
}

function termLength(t: Term): number {
  return (t.years ?? 0) + (t.months ?? 0) + (t.days ?? 0);
}

/**
 * The last day of a term that starts on `start` (rule 2): the day before the same day of the month
 * `years` and `months` later, or the last day of that month when it has no such day; then `days`
 * days further.
 */
export function lastDayOfTerm(start: Day, term: Term): Day {
  const totalMonths = start.month - 1 + (term.years ?? 0) * 12 + (term.months ?? 0);
  const year = start.year + Math.floor(totalMonths / 12);
  const month = (totalMonths % 12) + 1;
  const monthEnd = daysInMonth(year, month);
  // Same day next time round, or (when the month is too short) the month's last day is the term's last day.
  const anniversaryLast: Day = start.day > monthEnd ? { year, month, day: monthEnd } : addCalendarDays({ year, month, day: start.day }, -1);
  return addCalendarDays(anniversaryLast, term.days ?? 0);
}

export function addCalendarDays(d: Day, days: number): Day {
  return days === 0 ? d : civilDayOf(dayNumberOf(d) + days);
}

function parseDay(iso: string): Day {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

function formatDay(d: Day): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

function minDay(a: Day, b: Day): Day {
  return formatDay(a) <= formatDay(b) ? a : b;
}

/**
 * The year/month/day to show at `precision` for the span earliest–latest: the one that holds the
 * middle of the span, so "May 2013 + 7 years" (30 April – 30 May 2020) reads "c. May 2020".
 */
function representative(earliest: Day, latest: Day, precision: Precision): { year: number; month: number | null; day: number | null } {
  const middle = civilDayOf(Math.floor((dayNumberOf(earliest) + dayNumberOf(latest)) / 2));
  if (precision === 'year') return { year: middle.year, month: null, day: null };
  if (precision === 'month') return { year: middle.year, month: middle.month, day: null };
  return middle;
}

import { describe, expect, it } from 'vitest';
import { addCalendarDays, expectedRelease, lastDayOfTerm, type ReleaseBasis } from '../../../../shared/case-model/sentence-release';
import type { Sentence, SentenceModification, Term } from '../../../../shared/case-model/sentence';
import type { FuzzyDate } from '../../../../shared/domain/dates';

const d = (s: string) => s as FuzzyDate;
let seq = 0;
const id = () => `00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`;

type SentenceOptions = Partial<Omit<Sentence, 'imposedOn' | 'startsOn' | 'modifications'>> & {
  imposedOn?: string;
  startsOn?: string;
  modifications?: SentenceModification[];
};
function sentence(o: SentenceOptions): Sentence {
  const { imposedOn, startsOn, ...rest } = o;
  return {
    id: id(),
    type: 'imprisonment',
    modifications: [],
    ...rest,
    ...(imposedOn !== undefined ? { imposedOn: d(imposedOn) } : {}),
    ...(startsOn !== undefined ? { startsOn: d(startsOn) } : {}),
  };
}
function mod(type: SentenceModification['type'], decidedOn?: string, newTerm?: Term): SentenceModification {
  return { id: id(), type, ...(decidedOn !== undefined ? { decidedOn: d(decidedOn) } : {}), ...(newTerm ? { newTerm } : {}) };
}
const day = (iso: string) => ({ year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) });
const iso = (x: { year: number; month: number; day: number }) => `${x.year}-${String(x.month).padStart(2, '0')}-${String(x.day).padStart(2, '0')}`;
const kinds = (basis: readonly ReleaseBasis[]) => basis.map((b) => (b.kind === 'modification' ? `${b.type}:${b.effect}` : b.kind));

describe('lastDayOfTerm', () => {
  it('ends the day before the same date years later (7 years from 12 May 2013 → 11 May 2020)', () => {
    expect(iso(lastDayOfTerm(day('2013-05-12'), { years: 7 }))).toBe('2020-05-11');
  });
  it('ends on the last day of a month that has no such day', () => {
    expect(iso(lastDayOfTerm(day('2013-01-31'), { months: 1 }))).toBe('2013-02-28');
    expect(iso(lastDayOfTerm(day('2012-01-31'), { months: 1 }))).toBe('2012-02-29'); // leap year
    expect(iso(lastDayOfTerm(day('2013-03-31'), { months: 1 }))).toBe('2013-04-30');
    expect(iso(lastDayOfTerm(day('2013-03-30'), { months: 1 }))).toBe('2013-04-29');
  });
  it('counts a term started on 29 February', () => {
    expect(iso(lastDayOfTerm(day('2012-02-29'), { years: 1 }))).toBe('2013-02-28');
    expect(iso(lastDayOfTerm(day('2012-02-29'), { years: 4 }))).toBe('2016-02-28');
    expect(iso(lastDayOfTerm(day('2012-02-28'), { years: 1 }))).toBe('2013-02-27');
  });
  it('counts days one by one across a leap day, the first day included', () => {
    expect(iso(lastDayOfTerm(day('2016-02-20'), { days: 10 }))).toBe('2016-02-29');
    expect(iso(lastDayOfTerm(day('2015-02-20'), { days: 10 }))).toBe('2015-03-01');
    expect(iso(lastDayOfTerm(day('2013-05-12'), { days: 30 }))).toBe('2013-06-10');
  });
  it('adds years, then months across the year end, then days', () => {
    expect(iso(lastDayOfTerm(day('2013-12-15'), { years: 1, months: 1 }))).toBe('2015-01-14');
    expect(iso(lastDayOfTerm(day('2013-11-20'), { months: 14, days: 5 }))).toBe('2015-01-24');
    expect(iso(lastDayOfTerm(day('2013-05-12'), { years: 7, months: 6 }))).toBe('2020-11-11');
  });
});

describe('addCalendarDays', () => {
  it('crosses month, year and leap-day boundaries both ways', () => {
    expect(iso(addCalendarDays(day('2020-02-28'), 1))).toBe('2020-02-29');
    expect(iso(addCalendarDays(day('2020-02-28'), 2))).toBe('2020-03-01');
    expect(iso(addCalendarDays(day('2019-12-31'), 1))).toBe('2020-01-01');
    expect(iso(addCalendarDays(day('2020-03-01'), -1))).toBe('2020-02-29');
    expect(iso(addCalendarDays(day('2000-03-01'), -1))).toBe('2000-02-29'); // divisible by 400
    expect(iso(addCalendarDays(day('1900-03-01'), -1))).toBe('1900-02-28'); // divisible by 100
    expect(iso(addCalendarDays(day('2013-05-12'), 36_500))).toBe('2113-04-18');
  });
});

describe('expectedRelease', () => {
  it('counts the term from the start the court set', () => {
    const r = expectedRelease(sentence({ imposedOn: '2014-05-06', startsOn: '2013-05-12', term: { years: 7 } }));
    expect(r).toMatchObject({ date: '2020-05-11', precision: 'day', approximate: false, uncertain: false, earliest: '2020-05-11', latest: '2020-05-11' });
    expect(r?.basis[0]).toEqual({ kind: 'start', source: 'startsOn', date: '2013-05-12' });
    expect(kinds(r!.basis)).toEqual(['start', 'term', 'last_day']);
  });

  it('falls back to the verdict, then to the arrest', () => {
    expect(expectedRelease(sentence({ imposedOn: '2014-05-06', term: { years: 6 } }))?.date).toBe('2020-05-05');
    const fromArrest = expectedRelease(sentence({ term: { years: 6 } }), { arrestedOn: '2013-05-12' });
    expect(fromArrest?.date).toBe('2019-05-11');
    expect(fromArrest?.basis[0]).toEqual({ kind: 'start', source: 'arrestedOn', date: '2013-05-12' });
    expect(expectedRelease(sentence({ term: { years: 6 } }))).toBeUndefined();
  });

  it('subtracts credited pre-trial days (leap days make the two ways of counting differ by one)', () => {
    // Arrested 12 May 2013, verdict 6 May 2014: 359 days on remand (12 May 2013 – 5 May 2014).
    // 6 years from the verdict end on 5 May 2020; minus 359 days is 12 May 2019. Counting 6 years
    // from the arrest instead gives 11 May 2019: 2016 and 2020 both have 29 February in the first
    // count, only 2016 in the second.
    const r = expectedRelease(sentence({ imposedOn: '2014-05-06', term: { years: 6 }, creditedPreTrialDays: 359 }));
    expect(r?.date).toBe('2019-05-12');
    expect(kinds(r!.basis)).toEqual(['start', 'term', 'last_day', 'credit']);
    expect(r?.basis).toContainEqual({ kind: 'credit', days: 359 });
  });

  it('does not subtract the credit again when the term already counts from the arrest', () => {
    const r = expectedRelease(sentence({ term: { years: 7 }, creditedPreTrialDays: 100 }), { arrestedOn: '2013-05-12' });
    expect(r?.date).toBe('2020-05-11');
    expect(r?.basis).toContainEqual({ kind: 'credit_included', days: 100 });
  });

  it('ends the sentence on the day of a pardon', () => {
    const pardon = mod('pardon', '2016-03-17');
    const r = expectedRelease(sentence({ imposedOn: '2014-05-06', term: { years: 6 }, modifications: [pardon] }));
    expect(r).toMatchObject({ date: '2016-03-17', approximate: false, endedBy: { id: pardon.id, type: 'pardon' } });
    expect(kinds(r!.basis)).toContain('pardon:ended');
  });

  it('lets amnesty, quashing and conditional early release end it too', () => {
    for (const type of ['amnesty', 'quashed', 'conditional_early_release'] as const) {
      expect(expectedRelease(sentence({ imposedOn: '2014-05-06', term: { years: 6 }, modifications: [mod(type, '2017-01-10')] }))?.date).toBe('2017-01-10');
    }
  });

  it('replaces the term on appeal, counted from the same start', () => {
    const r = expectedRelease(sentence({ startsOn: '2013-05-12', term: { years: 7 }, modifications: [mod('reduced_on_appeal', '2014-09-01', { years: 5 })] }));
    expect(r?.date).toBe('2018-05-11');
    expect(r?.basis).toContainEqual(expect.objectContaining({ kind: 'modification', type: 'reduced_on_appeal', effect: 'term_replaced', term: { years: 5 } }));
  });

  it('applies changes in the order of their decisions, not the order recorded', () => {
    // Recorded: pardon 2017 first, then the 2014 increase. The increase counts first (12 May 2023);
    // the pardon then ends the sentence on 1 March 2017.
    const s = sentence({ startsOn: '2013-05-12', term: { years: 7 }, modifications: [mod('pardon', '2017-03-01'), mod('increased_on_appeal', '2014-02-01', { years: 10 })] });
    const r = expectedRelease(s);
    expect(r?.date).toBe('2017-03-01');
    expect(kinds(r!.basis)).toEqual(['start', 'term', 'last_day', 'increased_on_appeal:term_replaced', 'pardon:ended']);
  });

  it('ignores a pardon decided after the term had ended, and changes after an end', () => {
    const r = expectedRelease(sentence({ startsOn: '2013-05-12', term: { years: 2 }, modifications: [mod('pardon', '2016-01-01')] }));
    expect(r?.date).toBe('2015-05-11');
    expect(r?.endedBy).toBeUndefined();
    expect(kinds(r!.basis)).toContain('pardon:after_end');
    const twice = expectedRelease(sentence({ startsOn: '2013-05-12', term: { years: 7 }, modifications: [mod('amnesty', '2015-01-01'), mod('reduced_on_appeal', '2015-06-01', { years: 1 })] }));
    expect(twice?.date).toBe('2015-01-01');
    expect(kinds(twice!.basis)).toContain('reduced_on_appeal:after_end');
  });

  it('reads a pardon or amnesty with a new term as a reduction', () => {
    const r = expectedRelease(sentence({ startsOn: '2013-05-12', term: { years: 7 }, modifications: [mod('amnesty', '2015-01-01', { years: 6 })] }));
    expect(r?.date).toBe('2019-05-11');
    expect(r?.endedBy).toBeUndefined();
  });

  it('says when a change that needs a new term has none, and leaves the term alone', () => {
    const r = expectedRelease(sentence({ startsOn: '2013-05-12', term: { years: 7 }, modifications: [mod('reduced_on_appeal', '2014-01-01'), mod('regime_changed', '2015-01-01')] }));
    expect(r?.date).toBe('2020-05-11');
    expect(kinds(r!.basis)).toEqual(['start', 'term', 'last_day', 'reduced_on_appeal:no_new_term', 'regime_changed:no_effect']);
  });

  it('applies undated changes last; an undated end makes the date unknowable', () => {
    const undatedReduction = expectedRelease(sentence({ startsOn: '2013-05-12', term: { years: 7 }, modifications: [mod('reduced_on_appeal', undefined, { years: 3 }), mod('increased_on_appeal', '2014-01-01', { years: 9 })] }));
    expect(undatedReduction?.date).toBe('2016-05-11');
    expect(expectedRelease(sentence({ startsOn: '2013-05-12', term: { years: 7 }, modifications: [mod('pardon')] }))).toBeUndefined();
  });

  it('gives the pardon date even when the start is not known', () => {
    const r = expectedRelease(sentence({ term: { years: 7 }, modifications: [mod('pardon', '2016-03-17')] }));
    expect(r?.date).toBe('2016-03-17');
    expect(r?.basis[0]).toEqual({ kind: 'no_start' });
  });

  it('gives a month-precision result, marked approximate, for a start known to the month', () => {
    // 1 May 2013 + 7 years → 30 April 2020; 31 May 2013 + 7 years → 30 May 2020: "c. May 2020".
    const r = expectedRelease(sentence({ term: { years: 7 } }), { arrestedOn: '2013-05' });
    expect(r).toMatchObject({ date: '2020-05~', precision: 'month', approximate: true, earliest: '2020-04-30', latest: '2020-05-30' });
    expect(r?.basis).toContainEqual({ kind: 'imprecise', input: 'start', date: '2013-05' });
  });

  it('gives a year for a start known to the year', () => {
    const r = expectedRelease(sentence({ startsOn: '2013', term: { years: 2 } }));
    expect(r).toMatchObject({ date: '2015~', precision: 'year', earliest: '2014-12-31', latest: '2015-12-30' });
  });

  it('carries approximate and uncertain starts through', () => {
    expect(expectedRelease(sentence({ startsOn: '2013-05-12~', term: { years: 7 } }))?.date).toBe('2020-05-11~');
    expect(expectedRelease(sentence({ startsOn: '2013-05-12?', term: { years: 7 } }))?.date).toBe('2020-05-11?');
    expect(expectedRelease(sentence({ startsOn: '2013-05-12%', term: { years: 7 } }))?.date).toBe('2020-05-11%');
  });

  it('keeps a month-precision decision exact: released in June 2018 is June 2018', () => {
    const r = expectedRelease(sentence({ startsOn: '2013-05-12', term: { years: 7 }, modifications: [mod('conditional_early_release', '2018-06')] }));
    expect(r).toMatchObject({ date: '2018-06', precision: 'month', approximate: false });
  });

  it('uses the precision of the input that decides the date', () => {
    // The start is only known to the year, but the pardon has a day: the release is that day.
    const r = expectedRelease(sentence({ startsOn: '2013', term: { years: 7 }, modifications: [mod('pardon', '2016-03-17')] }));
    expect(r).toMatchObject({ date: '2016-03-17', precision: 'day', approximate: false });
    expect(r?.basis.some((b) => b.kind === 'imprecise')).toBe(false);
  });

  it('returns nothing for non-custodial sentences, life without change, an empty term or an open start', () => {
    expect(expectedRelease(sentence({ type: 'fine', imposedOn: '2014-05-06' }))).toBeUndefined();
    expect(expectedRelease(sentence({ type: 'suspended_sentence', imposedOn: '2014-05-06', term: { years: 2 } }))).toBeUndefined();
    expect(expectedRelease(sentence({ type: 'life_imprisonment', imposedOn: '2014-05-06' }))).toBeUndefined();
    expect(expectedRelease(sentence({ imposedOn: '2014-05-06', term: { years: 0 } }))).toBeUndefined();
    expect(expectedRelease(sentence({ startsOn: '../2013', term: { years: 2 } }))).toBeUndefined();
  });

  it('computes a commuted life sentence and administrative detention', () => {
    expect(expectedRelease(sentence({ type: 'life_imprisonment', startsOn: '2000-01-10', modifications: [mod('converted', '2010-01-01', { years: 25 })] }))?.date).toBe('2025-01-09');
    expect(expectedRelease(sentence({ type: 'administrative_detention', imposedOn: '2013-05-12', term: { days: 30 } }))?.date).toBe('2013-06-10');
  });
});

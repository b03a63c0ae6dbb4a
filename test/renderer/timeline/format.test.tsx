import { describe, expect, it } from 'vitest';
import { dateQualifiers, formatArticle, formatDate, formatTerm, toLang } from '../../../renderer/src/features/timeline/format';
import { explainRelease, yearOf } from '../../../renderer/src/features/timeline/describe';
import { expectedRelease } from '../../../shared/case-model';
import type { FuzzyDate } from '../../../shared/domain/dates';
import { i18n } from '../../../renderer/src/i18n';

describe('formatTerm', () => {
  it('writes terms with the plural forms of each language', () => {
    expect(formatTerm({ years: 1 }, 'en')).toBe('1 year');
    expect(formatTerm({ years: 7, months: 6 }, 'en')).toBe('7 years 6 months');
    expect(formatTerm({ years: 1, months: 2, days: 5 }, 'ru')).toBe('1 год 2 месяца 5 дней');
    expect(formatTerm({ years: 21 }, 'ru')).toBe('21 год');
    expect(formatTerm({ years: 22 }, 'ru')).toBe('22 года');
    expect(formatTerm({ years: 11 }, 'ru')).toBe('11 лет');
    expect(formatTerm({ years: 7, days: 1 }, 'az')).toBe('7 il 1 gün');
    expect(formatTerm({ years: 0, months: 0 }, 'en')).toBe('0 days');
  });
});

describe('formatArticle', () => {
  it('gives the catalogue title and says when it is an unofficial translation', () => {
    const ref = { jurisdiction: 'AZ', code: 'criminal', version: '1999', article: '234.4.3' };
    const en = formatArticle(ref, 'en');
    expect(en.text).toMatch(/^Art\. 234\.4\.3 — \S/);
    expect(en.unofficialTranslation).toBe(true);
    const az = formatArticle(ref, 'az');
    expect(az.text).toMatch(/^Maddə 234\.4\.3 — \S/);
    expect(az.unofficialTranslation).toBe(false);
  });

  it('falls back to the reference as entered for an uncatalogued article', () => {
    expect(formatArticle({ jurisdiction: 'AZ', code: 'criminal', version: '1999', article: '999.9', asEntered: 'st. 999.9' }, 'ru')).toEqual({ text: 'ст. 999.9 (st. 999.9)', unofficialTranslation: false });
  });
});

describe('dates', () => {
  it('formats stored dates and reads their qualifiers', () => {
    expect(formatDate('2013-05-12', 'ru')).toBe('12 мая 2013');
    expect(formatDate('not a date', 'en')).toBe('not a date');
    expect(dateQualifiers('2013-05~')).toEqual({ approximate: true, uncertain: false });
    expect(dateQualifiers('2013?')).toEqual({ approximate: false, uncertain: true });
    expect(yearOf('2013-05/2014-02')).toBe(2013);
    expect(yearOf('../2014')).toBe(2014);
    expect(toLang('de')).toBe('en');
  });
});

describe('explainRelease', () => {
  it('explains an approximate release in words', () => {
    const release = expectedRelease({ type: 'imprisonment', term: { years: 7 }, creditedPreTrialDays: 30 }, { arrestedOn: '2013-05' as FuzzyDate })!;
    expect(explainRelease(release, i18n.t, 'en')).toEqual([
      'Term counted from the arrest, May 2013.',
      'Term: 7 years; release is due on its last day.',
      '30 credited days are already inside the term, which counts from the arrest.',
      'Approximate: May 2013 is not an exact day.',
      'Falls between 30 April 2020 and 30 May 2020.',
    ]);
  });
});

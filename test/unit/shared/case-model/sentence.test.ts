import { describe, expect, it } from 'vitest';
import { Sentence, SentenceModification, Term } from '../../../../shared/case-model';
import { entitySuite, expectDateField, expectIssue, expectLineField, expectProseField, expectRoundTrip, expectVocabField, issuesOf } from './helpers';
import { sentence, sentenceModification, uid } from './samples';

entitySuite('sentenceModification');
entitySuite('sentence');

describe('Term', () => {
  it('takes years, months and days as whole numbers in range', () => {
    expectRoundTrip(Term, { years: 7, months: 6, days: 15 });
    expectRoundTrip(Term, {});
    expectIssue(Term, { years: 100 }, 'years', /At most 99/);
    expectIssue(Term, { months: 1201 }, 'months', /At most 1200/);
    expectIssue(Term, { days: 36_601 }, 'days', /At most 36600/);
    expectIssue(Term, { years: 7.5 }, 'years', /whole number/);
    expectIssue(Term, { months: -1 }, 'months', /negative/);
    expectIssue(Term, { years: '7' }, 'years', /number/);
    expectIssue(Term, { weeks: 2 }, '', /weeks/);
  });
});

describe('SentenceModification', () => {
  it('checks its fields', () => {
    const base = sentenceModification.minimal;
    expectVocabField(SentenceModification, base, 'type', 'amnesty');
    expectDateField(SentenceModification, base, 'decidedOn');
    expectLineField(SentenceModification, base, 'decidedBy', 300);
    expectLineField(SentenceModification, base, 'reference', 200);
    expectProseField(SentenceModification, base, 'notes', 20_000);
    expectIssue(SentenceModification, { ...base, newTerm: { years: 'seven' } }, 'newTerm.years', /number/);
  });
});

describe('Sentence', () => {
  it('checks its own fields', () => {
    const base = sentence.minimal;
    expectVocabField(Sentence, base, 'type', 'fine');
    expectVocabField(Sentence, base, 'regime', 'strict');
    expectDateField(Sentence, base, 'imposedOn');
    expectDateField(Sentence, base, 'startsOn');
    expectProseField(Sentence, base, 'notes', 20_000);
    expectIssue(Sentence, { ...base, creditedPreTrialDays: -1 }, 'creditedPreTrialDays', /negative/);
    expectIssue(Sentence, { ...base, creditedPreTrialDays: 36_601 }, 'creditedPreTrialDays', /At most/);
    expectIssue(Sentence, { ...base, fineAmount: 2500.5 }, 'fineAmount', /whole number/);
    expectIssue(Sentence, { ...base, term: { years: 8, weeks: 2 } }, 'term', /weeks/);
  });

  it('wants a three-letter currency code', () => {
    expect(issuesOf(Sentence, { ...sentence.minimal, fineCurrency: 'AZN' })).toEqual([]);
    for (const bad of ['azn', 'manat', 'AZ', '₼']) expectIssue(Sentence, { ...sentence.minimal, fineCurrency: bad }, 'fineCurrency', /three-letter currency code/);
  });

  it('names the field of a bad later change by position', () => {
    expectIssue(Sentence, { ...sentence.minimal, modifications: [sentenceModification.minimal, { id: uid(9), type: 'pardoned' }] }, 'modifications.1.type', /Invalid option/);
  });

  it('has no field for the expected release date: it is computed, never typed', () => {
    expectIssue(Sentence, { ...sentence.minimal, expectedReleaseOn: '2028-03-14' }, '', /expectedReleaseOn/);
  });
});

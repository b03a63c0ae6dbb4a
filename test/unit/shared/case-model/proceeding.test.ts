import { describe, expect, it } from 'vitest';
import { Charge, Hearing, Proceeding } from '../../../../shared/case-model';
import { entitySuite, expectDateField, expectIssue, expectLineField, expectProseField, expectVocabField, issuesOf, withField } from './helpers';
import { AZ_1999, charge, hearing, proceeding, sentence, uid } from './samples';

entitySuite('charge');
entitySuite('hearing');
entitySuite('proceeding');

describe('Charge', () => {
  it('keeps the code version with the article (the 1960 and 1999 codes reuse numbers)', () => {
    const parsed = Charge.parse({ ...charge.minimal, article: { jurisdiction: 'AZ', code: 'criminal', version: '1960', article: '188-3' } });
    expect(parsed.article).toEqual({ jurisdiction: 'AZ', code: 'criminal', version: '1960', article: '188-3' });
  });

  it('accepts an article that is not in the catalogue, keeping what was typed', () => {
    const parsed = Charge.parse({ ...charge.minimal, article: { ...AZ_1999, article: '213.2.1', asEntered: ' 213-2.1 ' } });
    expect(parsed.article.asEntered).toBe('213-2.1');
  });

  it('names the part of a bad article reference', () => {
    const base = charge.minimal;
    expectIssue(Charge, { ...base, article: { ...AZ_1999, article: '234,4,3' } }, 'article.article', /numbers separated by dots/);
    expectIssue(Charge, { ...base, article: { ...AZ_1999, article: '1.2.3.4.5.6.7' } }, 'article.article', /at most 6 levels/);
    expectIssue(Charge, { ...base, article: { jurisdiction: 'AZ', code: 'criminal', article: '234' } }, 'article.version');
    expectIssue(Charge, { ...base, article: { ...AZ_1999, jurisdiction: 'Azerbaijan', article: '234' } }, 'article.jurisdiction', /two-letter/);
    expectIssue(Charge, { ...base, article: { ...AZ_1999, code: 'Criminal Code', article: '234' } }, 'article.code', /lower-case/);
    expectIssue(Charge, { ...base, article: { ...AZ_1999, article: '234', paragraph: 2 } }, 'article', /paragraph/);
    expectIssue(Charge, { ...base, article: '234.4.3' }, 'article');
  });

  it('checks its own fields', () => {
    const base = charge.minimal;
    expectDateField(Charge, base, 'broughtOn');
    expectVocabField(Charge, base, 'status', 'dropped');
    expectProseField(Charge, base, 'notes', 20_000);
    expectIssue(Charge, withField(base, 'requalifiedFrom', 'charge 1'), 'requalifiedFrom', /id/);
    expectIssue(Charge, withField(base, 'requalifiedTo', uid(1).toUpperCase().replace('4', 'X')), 'requalifiedTo');
  });
});

describe('Hearing', () => {
  it('checks its fields', () => {
    const base = hearing.minimal;
    expectDateField(Hearing, base, 'date');
    expectVocabField(Hearing, base, 'type', 'verdict');
    expectVocabField(Hearing, base, 'openness', 'closed');
    expectVocabField(Hearing, base, 'languageInCourt', 'fluent');
    expectVocabField(Hearing, base, 'outcome', 'acquitted');
    expectVocabField(Hearing, base, 'legalCounsel', 'counsel_appointed_by_state', true);
    expectVocabField(Hearing, base, 'statementsSigned', 'forced_to_sign', true);
    expectLineField(Hearing, base, 'court', 300);
    expectLineField(Hearing, base, 'prosecutor', 200);
    expectProseField(Hearing, base, 'reasoning', 20_000);
    expectProseField(Hearing, base, 'observations', 20_000);
    expectIssue(Hearing, { ...base, judges: ['Tofiq Nəsirli', 'x'.repeat(201)] }, 'judges.1', /At most 200/);
    expectIssue(Hearing, { ...base, counsel: ['a\u0000'] }, 'counsel.0', /control/);
    expectIssue(Hearing, { ...base, observers: [''] }, 'observers.0', /empty/);
    expectIssue(Hearing, { ...base, interpreterProvided: 'yes' }, 'interpreterProvided');
    expectIssue(Hearing, { ...base, exhibitIds: [uid(1), 'exhibit-2'] }, 'exhibitIds.1', /id/);
    expect(issuesOf(Hearing, { ...base, interpreterProvided: true })).toEqual([]);
  });
});

describe('Proceeding', () => {
  it('checks its own fields', () => {
    const base = proceeding.minimal;
    expectLineField(Proceeding, base, 'jurisdiction', 100);
    expectLineField(Proceeding, base, 'court', 300);
    expectLineField(Proceeding, base, 'caseNumber', 200);
    expectLineField(Proceeding, base, 'caseName', 300);
    expectLineField(Proceeding, base, 'investigatingBody', 300);
    expectVocabField(Proceeding, base, 'type', 'administrative');
    expectVocabField(Proceeding, base, 'courtType', 'military');
    expectVocabField(Proceeding, base, 'stage', 'cassation');
    expectProseField(Proceeding, base, 'notes', 20_000);
    expectIssue(Proceeding, { ...base, coDefendants: ['Rəşid\tNəbiyev'] }, 'coDefendants.0', /one line/);
    expectIssue(Proceeding, { ...base, detentionIds: ['d1'] }, 'detentionIds.0', /id/);
  });

  it('names the field of a bad charge, hearing or sentence by position', () => {
    const base = proceeding.minimal;
    expectIssue(Proceeding, { ...base, charges: [charge.minimal, { ...charge.minimal, id: uid(2), status: 'guilty' }] }, 'charges.1.status', /Invalid option/);
    expectIssue(Proceeding, { ...base, hearings: [{ ...hearing.minimal, date: '2020-04-31' }] }, 'hearings.0.date', /Day 31/);
    expectIssue(Proceeding, { ...base, sentences: [{ ...sentence.minimal, term: { years: 100 } }] }, 'sentences.0.term.years', /At most 99/);
  });

  it('does not check links on its own: the case file does (see case-file.test.ts)', () => {
    expect(issuesOf(Proceeding, { ...proceeding.minimal, charges: [{ ...charge.minimal, requalifiedTo: uid(999) }], detentionIds: [uid(998)] })).toEqual([]);
  });
});

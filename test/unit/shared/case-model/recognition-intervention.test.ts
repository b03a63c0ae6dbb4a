import { describe, expect, it } from 'vitest';
import { Deadline, Intervention, Recognition } from '../../../../shared/case-model';
import { entitySuite, expectDateField, expectIssue, expectLineField, expectProseField, expectVocabField, issuesOf } from './helpers';
import { deadline, intervention, recognition, uid } from './samples';

entitySuite('recognition');
entitySuite('deadline');
entitySuite('intervention');

describe('Recognition', () => {
  it('checks its fields', () => {
    const base = recognition.minimal;
    expectVocabField(Recognition, base, 'body', 'un_wgad');
    expectVocabField(Recognition, base, 'status', 'prisoner_of_conscience');
    expectDateField(Recognition, base, 'recognisedOn');
    expectDateField(Recognition, base, 'withdrawnOn');
    expectLineField(Recognition, base, 'listEdition', 300);
    expectLineField(Recognition, base, 'reference', 500);
    expectProseField(Recognition, base, 'notes', 20_000);
  });
});

describe('Deadline', () => {
  it('checks its fields', () => {
    const base = deadline.minimal;
    expectDateField(Deadline, base, 'due');
    expectLineField(Deadline, base, 'what', 500);
    expectIssue(Deadline, { ...base, done: 'true' }, 'done');
    expect(issuesOf(Deadline, { ...base, done: false })).toEqual([]);
  });
});

describe('Intervention', () => {
  it('checks its own fields', () => {
    const base = intervention.minimal;
    expectVocabField(Intervention, base, 'type', 'wgad_petition');
    expectVocabField(Intervention, base, 'status', 'communicated');
    expectVocabField(Intervention, base, 'articlesViolated', 'art_18', true);
    expectDateField(Intervention, base, 'filedOn');
    expectDateField(Intervention, base, 'respondedOn');
    expectLineField(Intervention, base, 'party', 300);
    expectLineField(Intervention, base, 'addressee', 300);
    expectLineField(Intervention, base, 'reference', 200);
    expectProseField(Intervention, base, 'response', 20_000);
    expectProseField(Intervention, base, 'notes', 20_000);
    expectIssue(Intervention, { ...base, articlesViolated: ['art_99'] }, 'articlesViolated.0', /art_18/);
    expectIssue(Intervention, { ...base, exhibitIds: ['scan.pdf'] }, 'exhibitIds.0', /id/);
  });

  it('names the field of a bad deadline by position', () => {
    expectIssue(Intervention, { ...intervention.minimal, deadlines: [deadline.minimal, { id: uid(9), what: 'Reply' }] }, 'deadlines.1.due');
    expectIssue(Intervention, { ...intervention.minimal, deadlines: [{ ...deadline.minimal, due: '01.03.2022' }] }, 'deadlines.0.due', /not a date/);
  });
});

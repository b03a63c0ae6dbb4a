import { describe, it } from 'vitest';
import { Note, Source } from '../../../../shared/case-model';
import { entitySuite, expectDateField, expectIssue, expectLineField, expectProseField, expectVocabField } from './helpers';
import { note, source } from './samples';

entitySuite('source');
entitySuite('note');

describe('Source', () => {
  it('checks its fields', () => {
    const base = source.minimal;
    expectLineField(Source, base, 'name', 300);
    expectProseField(Source, base, 'contact', 2000);
    expectProseField(Source, base, 'summary', 20_000);
    expectDateField(Source, base, 'materialDate');
    expectVocabField(Source, base, 'type', 'media');
    expectVocabField(Source, base, 'connection', 'witness');
    expectVocabField(Source, base, 'access', 'first_hand');
    expectVocabField(Source, base, 'materialType', 'court_records');
    expectVocabField(Source, base, 'sourceReliability', 'cannot_be_judged');
    expectVocabField(Source, base, 'informationReliability', 'confirmed');
    expectVocabField(Source, base, 'consent', 'withdrawn');
    expectVocabField(Source, base, 'confidentiality', 'anonymous');
  });

  it('takes reliability as codes, not Admiralty letters', () => {
    expectIssue(Source, { ...source.minimal, sourceReliability: 'B' }, 'sourceReliability', /usually_reliable/);
    expectIssue(Source, { ...source.minimal, informationReliability: 2 }, 'informationReliability');
  });
});

describe('Note', () => {
  it('checks its fields', () => {
    const base = note.minimal;
    expectLineField(Note, base, 'title', 300);
    expectLineField(Note, base, 'assignedTo', 200);
    expectProseField(Note, base, 'text', 20_000);
    expectDateField(Note, base, 'dueOn');
    expectIssue(Note, { ...base, done: 1 }, 'done');
  });
});

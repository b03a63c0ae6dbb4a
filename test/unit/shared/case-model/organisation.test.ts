import { describe, expect, it } from 'vitest';
import { Organisation } from '../../../../shared/case-model';
import { entitySuite, expectIssue, expectLineField, expectProseField, expectVocabField } from './helpers';
import { organisation } from './samples';

entitySuite('organisation');

describe('Organisation', () => {
  it('checks its fields', () => {
    const base = organisation.minimal;
    expectLineField(Organisation, base, 'name', 300);
    expectLineField(Organisation, base, 'country', 100);
    expectVocabField(Organisation, base, 'type', 'media_outlet');
    expectProseField(Organisation, base, 'notes', 20_000);
  });

  it('keeps other names in any script and names a bad one by position', () => {
    expect(Organisation.parse({ ...organisation.minimal, otherNames: ['Ganja Pulse', 'Пульс Гянджи'] }).otherNames).toEqual(['Ganja Pulse', 'Пульс Гянджи']);
    expectIssue(Organisation, { ...organisation.minimal, otherNames: ['Ganja Pulse', ''] }, 'otherNames.1', /empty/);
    expectIssue(Organisation, { ...organisation.minimal, otherNames: Array.from({ length: 201 }, (_, i) => `n${i}`) }, 'otherNames', /At most 200 entries/);
  });
});

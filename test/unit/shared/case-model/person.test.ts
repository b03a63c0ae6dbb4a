import { describe, expect, it } from 'vitest';
import { Affiliation, FamilyContact, Person, PersonName } from '../../../../shared/case-model';
import { entitySuite, expectDateField, expectIssue, expectLineField, expectProseField, expectVocabField, issuesOf, withField } from './helpers';
import { affiliation, familyContact, person, personName, uid } from './samples';

entitySuite('personName');
entitySuite('affiliation');
entitySuite('familyContact');
entitySuite('person');

describe('PersonName', () => {
  it('keeps names in every script exactly as written', () => {
    for (const full of ['İlkin Şükür oğlu Ömərov', 'Çılğın Dərviş', 'Илкин Шүкүр оғлу Өмәров', 'Илькин Шукюр оглы Омаров', 'Ilkin Shukur oglu Omarov', 'ილქინ ომაროვი']) {
      expect(PersonName.parse({ ...personName.minimal, full }).full).toBe(full);
    }
  });

  it('checks the name texts', () => {
    expectLineField(PersonName, personName.minimal, 'full', 300);
    for (const key of ['given', 'patronymic', 'family']) expectLineField(PersonName, personName.minimal, key, 150);
  });

  it('refuses unknown use and script codes, naming the field', () => {
    expectVocabField(PersonName, personName.minimal, 'use', 'alias');
    expectVocabField(PersonName, personName.minimal, 'script', 'cyrillic');
  });
});

describe('Affiliation', () => {
  it('checks its fields', () => {
    expectLineField(Affiliation, affiliation.minimal, 'organisation', 300);
    expectLineField(Affiliation, affiliation.minimal, 'position', 200);
    expectDateField(Affiliation, affiliation.minimal, 'from');
    expectDateField(Affiliation, affiliation.minimal, 'to');
  });
});

describe('FamilyContact', () => {
  it('checks its fields', () => {
    expectLineField(FamilyContact, familyContact.minimal, 'name', 300);
    expectLineField(FamilyContact, familyContact.minimal, 'relationship', 100);
    expectProseField(FamilyContact, familyContact.minimal, 'contact', 2000);
    expectProseField(FamilyContact, familyContact.minimal, 'notes', 20_000);
  });
});

describe('Person', () => {
  it('needs at least one name, and says so', () => {
    expectIssue(Person, { ...person.minimal, names: [] }, 'names', /at least one name/);
    expectIssue(Person, withField(person.minimal, 'names', undefined), 'names');
  });

  it('allows at most 50 names', () => {
    const names = Array.from({ length: 51 }, (_, i) => ({ id: uid(1000 + i), full: `Name ${i}`, use: i === 0 ? 'primary' : 'alias' }));
    expectIssue(Person, { ...person.minimal, names }, 'names', /At most 50/);
    expect(issuesOf(Person, { ...person.minimal, names: names.slice(0, 50) })).toEqual([]);
  });

  it('names the nested field of a bad name, affiliation or family contact', () => {
    expectIssue(Person, { ...person.minimal, names: [personName.minimal, { ...personName.minimal, id: uid(9), use: 'nickname' }] }, 'names.1.use', /Invalid option/);
    expectIssue(Person, { ...person.minimal, affiliations: [{ ...affiliation.minimal, from: '2013-5' }] }, 'affiliations.0.from', /two digits/);
    expectIssue(Person, { ...person.minimal, familyContacts: [{ ...familyContact.minimal, phone: '+994' }] }, 'familyContacts.0', /phone/);
  });

  it('checks its own fields', () => {
    const base = person.minimal;
    expectVocabField(Person, base, 'sex', 'female');
    expectVocabField(Person, base, 'categories', 'journalist_blogger', true);
    expectDateField(Person, base, 'birthDate');
    expectDateField(Person, base, 'diedOn');
    for (const [key, max] of [['placeOfBirth', 300], ['occupation', 300], ['religion', 200], ['ethnicity', 200]] as const) expectLineField(Person, base, key, max);
    for (const [key, max] of [['health', 20_000], ['address', 2000], ['biography', 20_000]] as const) expectProseField(Person, base, key, max);
    expectIssue(Person, { ...base, citizenships: ['Azerbaijan', 'Geor\ngia'] }, 'citizenships.1', /one line/);
    expectIssue(Person, { ...base, citizenships: 'Azerbaijan' }, 'citizenships');
  });

  it('refuses the way people type dates: the stored form is EDTF', () => {
    expectIssue(Person, { ...person.minimal, birthDate: '14.03.1987' }, 'birthDate', /YYYY/);
  });

  it('allows at most 20 profile categories', () => {
    expectIssue(Person, { ...person.minimal, categories: Array.from({ length: 21 }, () => 'other') }, 'categories');
  });
});

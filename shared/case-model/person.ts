import { z } from 'zod';
import { VOCABULARIES } from '../vocabularies';
import { loc } from '../vocabularies/types';
import { date, entities, entity, line, lines, prose } from './common';
import { entitySpec } from './fields';

const v = VOCABULARIES;

/**
 * One way of writing the person's name. `full` is the name exactly as written in that form;
 * the parts are optional structure (Azerbaijani patronymics such as "Kamil oğlu" go in
 * `patronymic`), because many sources give only the full string.
 */
export const PersonName = entity({
  full: line(300),
  use: v.name_use.schema,
  script: v.name_script.schema.optional(),
  given: line(150).optional(),
  patronymic: line(150).optional(),
  family: line(150).optional(),
});
export type PersonName = z.infer<typeof PersonName>;

export const personNameSpec = entitySpec<PersonName>({
  name: 'personName',
  label: loc('Name', 'Ad', 'Имя'),
  plural: loc('Names', 'Adlar', 'Имена'),
  fields: {
    full: { input: 'line', kind: 'person-name', primary: true, label: loc('Full name', 'Tam ad', 'Полное имя') },
    use: { input: 'vocab', vocabulary: 'name_use', kind: 'person-name', primary: true, label: loc('Use', 'Növü', 'Вид') },
    script: { input: 'vocab', vocabulary: 'name_script', kind: 'person-name', label: loc('Script', 'Əlifba', 'Письменность') },
    given: { input: 'line', kind: 'person-name', label: loc('Given name', 'Ad', 'Имя') },
    patronymic: { input: 'line', kind: 'person-name', label: loc('Patronymic', 'Ata adı', 'Отчество') },
    family: { input: 'line', kind: 'person-name', label: loc('Family name', 'Soyad', 'Фамилия') },
  },
});

/** Membership of a party, NGO, newsroom or community, with the position held. */
export const Affiliation = entity({
  organisation: line(300),
  position: line(200).optional(),
  from: date.optional(),
  to: date.optional(),
});
export type Affiliation = z.infer<typeof Affiliation>;

export const affiliationSpec = entitySpec<Affiliation>({
  name: 'affiliation',
  label: loc('Affiliation', 'Mənsubiyyət', 'Принадлежность'),
  plural: loc('Affiliations', 'Mənsubiyyətlər', 'Принадлежность к организациям'),
  fields: {
    organisation: { input: 'line', kind: 'affiliation', primary: true, label: loc('Organisation', 'Təşkilat', 'Организация') },
    position: { input: 'line', kind: 'affiliation', label: loc('Position', 'Vəzifə', 'Должность') },
    from: { input: 'date', kind: 'affiliation', label: loc('From', 'Başlanğıc', 'С') },
    to: { input: 'date', kind: 'affiliation', label: loc('To', 'Son', 'По') },
  },
});

/** A relative or other contact of the prisoner; confidential by default, as families are pressured. */
export const FamilyContact = entity({
  name: line(300),
  relationship: line(100).optional(),
  contact: prose(2000).optional(),
  notes: prose().optional(),
});
export type FamilyContact = z.infer<typeof FamilyContact>;

export const familyContactSpec = entitySpec<FamilyContact>({
  name: 'familyContact',
  label: loc('Family contact', 'Ailə üzvü ilə əlaqə', 'Контакт родственника'),
  plural: loc('Family contacts', 'Ailə ilə əlaqələr', 'Контакты родственников'),
  fields: {
    name: { input: 'line', kind: 'family-contact', primary: true, label: loc('Name', 'Ad', 'Имя') },
    relationship: { input: 'line', kind: 'family-contact', label: loc('Relationship', 'Qohumluq', 'Родство') },
    contact: { input: 'prose', kind: 'family-contact', label: loc('How to reach them', 'Əlaqə vasitəsi', 'Как связаться') },
    notes: { input: 'prose', kind: 'family-contact', label: loc('Notes', 'Qeydlər', 'Заметки') },
  },
});

/** The prisoner. Names come first: a case without a name cannot be found or listed. */
export const Person = entity({
  names: z.array(PersonName).min(1, 'Give the person at least one name').max(50, 'At most 50 names'),
  sex: v.sex.schema.optional(),
  birthDate: date.optional(),
  placeOfBirth: line(300).optional(),
  citizenships: lines(100),
  occupation: line(300).optional(),
  categories: z.array(v.profile_category.schema).max(20).default([]),
  affiliations: entities(Affiliation, 100),
  religion: line(200).optional(),
  ethnicity: line(200).optional(),
  health: prose().optional(),
  address: prose(2000).optional(),
  familyContacts: entities(FamilyContact, 100),
  diedOn: date.optional(),
  biography: prose().optional(),
}).superRefine((person, ctx) => {
  // Lists, the case list and dossiers show the primary name; exactly one keeps that unambiguous.
  const primaries = person.names.filter((n) => n.use === 'primary').length;
  if (primaries !== 1) ctx.addIssue({ code: 'custom', path: ['names'], message: primaries === 0 ? 'Mark one name as primary (the one lists use)' : 'Only one name can be primary' });
});
export type Person = z.infer<typeof Person>;

export const personSpec = entitySpec<Person>({
  name: 'person',
  label: loc('Person', 'Şəxs', 'Лицо'),
  plural: loc('People', 'Şəxslər', 'Лица'),
  fields: {
    names: { input: 'entities', entity: personNameSpec, kind: 'person-name', primary: true, label: loc('Names', 'Adlar', 'Имена') },
    sex: { input: 'vocab', vocabulary: 'sex', kind: 'other', label: loc('Sex', 'Cins', 'Пол') },
    birthDate: { input: 'date', kind: 'birth-date', label: loc('Date of birth', 'Doğum tarixi', 'Дата рождения') },
    placeOfBirth: { input: 'line', kind: 'place-of-birth', label: loc('Place of birth', 'Doğum yeri', 'Место рождения') },
    citizenships: { input: 'lines', kind: 'citizenship', label: loc('Citizenship', 'Vətəndaşlıq', 'Гражданство') },
    occupation: { input: 'line', kind: 'occupation', label: loc('Occupation', 'Peşə', 'Род занятий') },
    categories: { input: 'vocabs', vocabulary: 'profile_category', kind: 'public-statements', primary: true, label: loc('Profile categories', 'Profil kateqoriyaları', 'Категории профиля') },
    affiliations: { input: 'entities', entity: affiliationSpec, kind: 'affiliation', label: loc('Affiliations', 'Mənsubiyyət', 'Принадлежность') },
    religion: { input: 'line', kind: 'religion', label: loc('Religion', 'Din', 'Религия') },
    ethnicity: { input: 'line', kind: 'ethnicity', label: loc('Ethnicity', 'Etnik mənsubiyyət', 'Национальность') },
    health: { input: 'prose', kind: 'health', label: loc('Health', 'Sağlamlıq', 'Здоровье') },
    address: { input: 'prose', kind: 'address', label: loc('Address', 'Ünvan', 'Адрес') },
    familyContacts: { input: 'entities', entity: familyContactSpec, kind: 'family-contact', label: loc('Family contacts', 'Ailə ilə əlaqələr', 'Контакты родственников') },
    diedOn: { input: 'date', kind: 'detention-details', label: loc('Date of death', 'Ölüm tarixi', 'Дата смерти') },
    biography: { input: 'prose', kind: 'other', label: loc('Biography', 'Tərcümeyi-hal', 'Биография') },
  },
});

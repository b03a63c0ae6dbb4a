import type { z } from 'zod';
import { VOCABULARIES } from '../vocabularies';
import { loc } from '../vocabularies/types';
import { entity, line, lines, prose } from './common';
import { entitySpec } from './fields';

/** A party, NGO, outlet, court or state body that appears in the case. */
export const Organisation = entity({
  name: line(300),
  otherNames: lines(300),
  type: VOCABULARIES.organisation_type.schema.optional(),
  country: line(100).optional(),
  notes: prose().optional(),
});
export type Organisation = z.infer<typeof Organisation>;

export const organisationSpec = entitySpec<Organisation>({
  name: 'organisation',
  label: loc('Organisation', 'Təşkilat', 'Организация'),
  plural: loc('Organisations', 'Təşkilatlar', 'Организации'),
  fields: {
    name: { input: 'line', kind: 'affiliation', primary: true, label: loc('Name', 'Adı', 'Название') },
    otherNames: { input: 'lines', kind: 'affiliation', label: loc('Other names', 'Digər adları', 'Другие названия') },
    type: { input: 'vocab', vocabulary: 'organisation_type', kind: 'affiliation', primary: true, label: loc('Type', 'Növü', 'Тип') },
    country: { input: 'line', kind: 'affiliation', label: loc('Country', 'Ölkə', 'Страна') },
    notes: { input: 'prose', kind: 'other', label: loc('Notes', 'Qeydlər', 'Заметки') },
  },
});

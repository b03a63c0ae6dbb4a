import type { z } from 'zod';
import { VOCABULARIES } from '../vocabularies';
import { loc } from '../vocabularies/types';
import { date, entity, line, prose } from './common';
import { entitySpec } from './fields';

/** A body or list that recognises the person, e.g. as a political prisoner; can be withdrawn. */
export const Recognition = entity({
  body: VOCABULARIES.recognising_body.schema,
  status: VOCABULARIES.recognition_status.schema.optional(),
  recognisedOn: date.optional(),
  listEdition: line(300).optional(),
  reference: line(500).optional(),
  withdrawnOn: date.optional(),
  notes: prose().optional(),
});
export type Recognition = z.infer<typeof Recognition>;

export const recognitionSpec = entitySpec<Recognition>({
  name: 'recognition',
  label: loc('Recognition', 'Tanınma', 'Признание'),
  plural: loc('Recognitions', 'Tanınmalar', 'Признания'),
  fields: {
    body: { input: 'vocab', vocabulary: 'recognising_body', kind: 'recognition', primary: true, label: loc('Recognised by', 'Tanıyan qurum', 'Кем признан') },
    status: { input: 'vocab', vocabulary: 'recognition_status', kind: 'recognition', primary: true, label: loc('As', 'Statusu', 'В качестве') },
    recognisedOn: { input: 'date', kind: 'recognition', primary: true, label: loc('Since', 'Tarix', 'С') },
    listEdition: { input: 'line', kind: 'recognition', label: loc('List edition and number', 'Siyahının buraxılışı və nömrəsi', 'Выпуск списка и номер') },
    reference: { input: 'line', kind: 'recognition', label: loc('Reference (opinion no., link)', 'İstinad (rəy №, keçid)', 'Реквизиты (№ мнения, ссылка)') },
    withdrawnOn: { input: 'date', kind: 'recognition', label: loc('Withdrawn on', 'Geri götürülüb', 'Отозвано') },
    notes: { input: 'prose', kind: 'recognition', label: loc('Notes', 'Qeydlər', 'Заметки') },
  },
});

import type { z } from 'zod';
import { VOCABULARIES } from '../vocabularies';
import { loc } from '../vocabularies/types';
import { date, entity, line, prose } from './common';
import { entitySpec } from './fields';

const v = VOCABULARIES;

/**
 * Where information came from (HURIDOCS Information). The identity and contact of a source are
 * confidential by default: naming a witness can put them in a cell too.
 */
export const Source = entity({
  name: line(300),
  type: v.source_type.schema.optional(),
  contact: prose(2000).optional(),
  connection: v.source_connection.schema.optional(),
  access: v.information_access.schema.optional(),
  materialType: v.source_material_type.schema.optional(),
  materialDate: date.optional(),
  sourceReliability: v.source_reliability.schema.optional(),
  informationReliability: v.information_reliability.schema.optional(),
  consent: v.consent.schema.optional(),
  confidentiality: v.source_confidentiality.schema.optional(),
  summary: prose().optional(),
});
export type Source = z.infer<typeof Source>;

export const sourceSpec = entitySpec<Source>({
  name: 'source',
  label: loc('Source', 'Mənbə', 'Источник'),
  plural: loc('Sources', 'Mənbələr', 'Источники'),
  fields: {
    name: { input: 'line', kind: 'source-identity', primary: true, label: loc('Source', 'Mənbə', 'Источник') },
    type: { input: 'vocab', vocabulary: 'source_type', kind: 'other', primary: true, label: loc('Type', 'Növü', 'Тип') },
    contact: { input: 'prose', kind: 'source-contact', label: loc('Contact', 'Əlaqə', 'Контакт') },
    connection: { input: 'vocab', vocabulary: 'source_connection', kind: 'source-identity', label: loc('Connection to the information', 'Məlumatla əlaqəsi', 'Связь с информацией') },
    access: { input: 'vocab', vocabulary: 'information_access', kind: 'other', label: loc('Access to the information', 'Məlumata çıxış', 'Доступ к информации') },
    materialType: { input: 'vocab', vocabulary: 'source_material_type', kind: 'other', label: loc('Type of material', 'Materialın növü', 'Вид материала') },
    materialDate: { input: 'date', kind: 'other', label: loc('Date of the material', 'Materialın tarixi', 'Дата материала') },
    sourceReliability: { input: 'vocab', vocabulary: 'source_reliability', kind: 'other', label: loc('Reliability of the source', 'Mənbənin etibarlılığı', 'Надёжность источника') },
    informationReliability: { input: 'vocab', vocabulary: 'information_reliability', kind: 'other', label: loc('Reliability of the information', 'Məlumatın etibarlılığı', 'Достоверность информации') },
    consent: { input: 'vocab', vocabulary: 'consent', kind: 'other', label: loc('Consent to use', 'İstifadəyə razılıq', 'Согласие на использование') },
    confidentiality: { input: 'vocab', vocabulary: 'source_confidentiality', kind: 'other', label: loc('Confidentiality', 'Məxfilik', 'Конфиденциальность') },
    summary: { input: 'prose', kind: 'witness-statement', label: loc('What the source says', 'Mənbənin verdiyi məlumat', 'Что сообщает источник') },
  },
});

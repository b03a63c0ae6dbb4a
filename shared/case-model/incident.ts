import { z } from 'zod';
import { VOCABULARIES } from '../vocabularies';
import { loc } from '../vocabularies/types';
import { date, entities, entity, line, prose, refs } from './common';
import { entitySpec } from './fields';

const v = VOCABULARIES;

/** Who took part in an incident and how (HURIDOCS Involvement: perpetrator type and degree). */
export const Perpetrator = entity({
  type: v.perpetrator_type.schema.optional(),
  name: line(300).optional(),
  involvement: v.perpetrator_involvement.schema.optional(),
  notes: prose(5000).optional(),
});
export type Perpetrator = z.infer<typeof Perpetrator>;

export const perpetratorSpec = entitySpec<Perpetrator>({
  name: 'perpetrator',
  label: loc('Perpetrator', 'Törədən', 'Исполнитель'),
  plural: loc('Perpetrators', 'Törədənlər', 'Исполнители'),
  fields: {
    type: { input: 'vocab', vocabulary: 'perpetrator_type', kind: 'treatment-incident', primary: true, label: loc('Type', 'Növü', 'Тип') },
    name: { input: 'line', kind: 'treatment-incident', label: loc('Name or description', 'Adı və ya təsviri', 'Имя или описание') },
    involvement: { input: 'vocab', vocabulary: 'perpetrator_involvement', kind: 'treatment-incident', primary: true, label: loc('Involvement', 'İştirak forması', 'Форма участия') },
    notes: { input: 'prose', kind: 'treatment-incident', label: loc('Notes', 'Qeydlər', 'Заметки') },
  },
});

/** Ill-treatment, denial of counsel or care, and other acts against the person in custody. */
export const TreatmentIncident = entity({
  act: v.treatment_act.schema,
  date: date.optional(),
  place: line(300).optional(),
  description: prose().optional(),
  perpetrators: entities(Perpetrator, 100),
  consequences: z.array(v.treatment_consequence.schema).max(20).default([]),
  medicalAttention: prose(5000).optional(),
  complaintFiledOn: date.optional(),
  complaintTo: line(300).optional(),
  complaintOutcome: v.complaint_outcome.schema.optional(),
  sourceIds: refs(),
  exhibitIds: refs(),
});
export type TreatmentIncident = z.infer<typeof TreatmentIncident>;

export const incidentSpec = entitySpec<TreatmentIncident>({
  name: 'incident',
  label: loc('Treatment incident', 'Rəftar hadisəsi', 'Случай обращения'),
  plural: loc('Treatment in custody', 'Həbsdə rəftar', 'Обращение под стражей'),
  fields: {
    act: { input: 'vocab', vocabulary: 'treatment_act', kind: 'treatment-incident', primary: true, label: loc('Act', 'Əməl', 'Действие') },
    date: { input: 'date', kind: 'treatment-incident', primary: true, label: loc('Date', 'Tarix', 'Дата') },
    place: { input: 'line', kind: 'treatment-incident', label: loc('Place', 'Yer', 'Место') },
    description: { input: 'prose', kind: 'treatment-incident', label: loc('What happened', 'Nə baş verib', 'Что произошло') },
    perpetrators: { input: 'entities', entity: perpetratorSpec, kind: 'treatment-incident', label: loc('Perpetrators', 'Törədənlər', 'Исполнители') },
    consequences: { input: 'vocabs', vocabulary: 'treatment_consequence', kind: 'treatment-incident', label: loc('Consequences', 'Nəticələr', 'Последствия') },
    medicalAttention: { input: 'prose', kind: 'health', label: loc('Medical attention', 'Tibbi yardım', 'Медицинская помощь') },
    complaintFiledOn: { input: 'date', kind: 'treatment-incident', label: loc('Complaint filed on', 'Şikayət tarixi', 'Дата жалобы') },
    complaintTo: { input: 'line', kind: 'treatment-incident', label: loc('Complaint to', 'Şikayət ünvanı', 'Жалоба подана в') },
    complaintOutcome: { input: 'vocab', vocabulary: 'complaint_outcome', kind: 'treatment-incident', label: loc('Outcome of the complaint', 'Şikayətin nəticəsi', 'Результат жалобы') },
    sourceIds: { input: 'links', target: 'sources', kind: 'source-identity', label: loc('Sources', 'Mənbələr', 'Источники') },
    exhibitIds: { input: 'links', target: 'exhibits', kind: 'evidence', label: loc('Evidence', 'Sübutlar', 'Доказательства') },
  },
});

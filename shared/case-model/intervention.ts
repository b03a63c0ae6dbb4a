import { z } from 'zod';
import { VOCABULARIES } from '../vocabularies';
import { loc } from '../vocabularies/types';
import { date, entities, entity, line, prose, refs } from './common';
import { entitySpec } from './fields';

const v = VOCABULARIES;

/** A date by which something must be filed or answered; tasks and the timeline read these. */
export const Deadline = entity({
  due: date,
  what: line(500),
  done: z.boolean().optional(),
});
export type Deadline = z.infer<typeof Deadline>;

export const deadlineSpec = entitySpec<Deadline>({
  name: 'deadline',
  label: loc('Deadline', 'Son müddət', 'Срок'),
  plural: loc('Deadlines', 'Son müddətlər', 'Сроки'),
  fields: {
    due: { input: 'date', kind: 'intervention', primary: true, label: loc('Due', 'Son tarix', 'Срок') },
    what: { input: 'line', kind: 'intervention', primary: true, label: loc('What is due', 'Nə edilməlidir', 'Что нужно сделать') },
    done: { input: 'boolean', kind: 'intervention', label: loc('Done', 'Edilib', 'Выполнено') },
  },
});

/** An appeal, application or démarche on the person's behalf (HURIDOCS Intervention; legal remedies). */
export const Intervention = entity({
  type: v.intervention_type.schema,
  party: line(300).optional(),
  addressee: line(300).optional(),
  filedOn: date.optional(),
  reference: line(200).optional(),
  deadlines: entities(Deadline, 100),
  status: v.intervention_status.schema.optional(),
  respondedOn: date.optional(),
  response: prose().optional(),
  articlesViolated: z.array(v.echr_article.schema).max(30).default([]),
  notes: prose().optional(),
  exhibitIds: refs(),
});
export type Intervention = z.infer<typeof Intervention>;

export const interventionSpec = entitySpec<Intervention>({
  name: 'intervention',
  label: loc('Intervention or remedy', 'Müdaxilə və ya hüquqi vasitə', 'Обращение или средство защиты'),
  plural: loc('Interventions and remedies', 'Müdaxilələr və hüquqi vasitələr', 'Обращения и средства защиты'),
  fields: {
    type: { input: 'vocab', vocabulary: 'intervention_type', kind: 'intervention', primary: true, label: loc('Type', 'Növü', 'Вид') },
    party: { input: 'line', kind: 'intervention', label: loc('Filed by', 'Müraciət edən', 'Заявитель') },
    addressee: { input: 'line', kind: 'intervention', label: loc('Addressed to', 'Ünvan', 'Адресат') },
    filedOn: { input: 'date', kind: 'intervention', primary: true, label: loc('Filed on', 'Təqdim tarixi', 'Дата подачи') },
    reference: { input: 'line', kind: 'intervention', primary: true, label: loc('Reference (application or opinion no.)', 'İstinad (ərizə və ya rəy №)', 'Реквизиты (№ жалобы или мнения)') },
    deadlines: { input: 'entities', entity: deadlineSpec, kind: 'intervention', label: loc('Deadlines', 'Son müddətlər', 'Сроки') },
    status: { input: 'vocab', vocabulary: 'intervention_status', kind: 'intervention', primary: true, label: loc('Status', 'Vəziyyəti', 'Статус') },
    respondedOn: { input: 'date', kind: 'intervention', label: loc('Response on', 'Cavab tarixi', 'Дата ответа') },
    response: { input: 'prose', kind: 'intervention', label: loc('Response', 'Cavab', 'Ответ') },
    articlesViolated: { input: 'vocabs', vocabulary: 'echr_article', kind: 'intervention', label: loc('ECHR articles found violated', 'Pozulduğu müəyyən edilən AİHK maddələri', 'Признанные нарушенными статьи ЕКПЧ') },
    notes: { input: 'prose', kind: 'lawyer-notes', label: loc('Notes', 'Qeydlər', 'Заметки') },
    exhibitIds: { input: 'links', target: 'exhibits', kind: 'evidence', label: loc('Documents', 'Sənədlər', 'Документы') },
  },
});

import { z } from 'zod';
import { VOCABULARIES } from '../vocabularies';
import { loc } from '../vocabularies/types';
import { count, date, entities, entity, line, prose } from './common';
import { entitySpec, type FieldSpec } from './fields';

const v = VOCABULARIES;

/** A term of years, months and days, as courts write it ("7 years 6 months"). */
export const Term = z.strictObject({
  years: count(99).optional(),
  months: count(1200).optional(),
  days: count(36_600).optional(),
});
export type Term = z.infer<typeof Term>;

const termFields = (kind: 'sentence') =>
  ({
    years: { input: 'count', max: 99, kind, label: loc('Years', 'İl', 'Лет') },
    months: { input: 'count', max: 1200, kind, label: loc('Months', 'Ay', 'Месяцев') },
    days: { input: 'count', max: 36_600, kind, label: loc('Days', 'Gün', 'Дней') },
  }) satisfies Record<keyof Term, FieldSpec>;

/** A later change: appeal, pardon, amnesty, conversion to a non-custodial sentence… */
export const SentenceModification = entity({
  type: v.sentence_modification.schema,
  decidedOn: date.optional(),
  decidedBy: line(300).optional(),
  newTerm: Term.optional(),
  reference: line(200).optional(),
  notes: prose().optional(),
});
export type SentenceModification = z.infer<typeof SentenceModification>;

export const sentenceModificationSpec = entitySpec<SentenceModification>({
  name: 'sentenceModification',
  label: loc('Change to the sentence', 'Hökmdə dəyişiklik', 'Изменение приговора'),
  plural: loc('Changes to the sentence', 'Hökmdə dəyişikliklər', 'Изменения приговора'),
  fields: {
    type: { input: 'vocab', vocabulary: 'sentence_modification', kind: 'sentence', primary: true, label: loc('Change', 'Dəyişiklik', 'Изменение') },
    decidedOn: { input: 'date', kind: 'sentence', primary: true, label: loc('Decided on', 'Qərar tarixi', 'Дата решения') },
    decidedBy: { input: 'line', kind: 'court', label: loc('Decided by', 'Qərarı verən', 'Кем принято') },
    newTerm: { input: 'group', fields: termFields('sentence'), kind: 'sentence', label: loc('New term', 'Yeni müddət', 'Новый срок') },
    reference: { input: 'line', kind: 'sentence', label: loc('Reference (decree, decision no.)', 'İstinad (fərman, qərar №)', 'Реквизиты (указ, решение №)') },
    notes: { input: 'prose', kind: 'sentence', label: loc('Notes', 'Qeydlər', 'Заметки') },
  },
});

/** What the court imposed. The expected release date is computed (see sentence-release.ts), never typed. */
export const Sentence = entity({
  imposedOn: date.optional(),
  type: v.sentence_type.schema,
  term: Term.optional(),
  regime: v.detention_regime.schema.optional(),
  startsOn: date.optional(),
  creditedPreTrialDays: count(36_600).optional(),
  fineAmount: count(1e12).optional(),
  fineCurrency: z.string().regex(/^[A-Z]{3}$/, 'Use the three-letter currency code, e.g. AZN').optional(),
  modifications: entities(SentenceModification, 100),
  notes: prose().optional(),
});
export type Sentence = z.infer<typeof Sentence>;

export const sentenceSpec = entitySpec<Sentence>({
  name: 'sentence',
  label: loc('Sentence', 'Cəza', 'Наказание'),
  plural: loc('Sentences', 'Cəzalar', 'Наказания'),
  fields: {
    imposedOn: { input: 'date', kind: 'sentence', primary: true, label: loc('Imposed on', 'Hökm tarixi', 'Дата приговора') },
    type: { input: 'vocab', vocabulary: 'sentence_type', kind: 'sentence', primary: true, label: loc('Type', 'Növü', 'Вид') },
    term: { input: 'group', fields: termFields('sentence'), kind: 'sentence', primary: true, label: loc('Term', 'Müddət', 'Срок') },
    regime: { input: 'vocab', vocabulary: 'detention_regime', kind: 'sentence', label: loc('Regime', 'Rejim', 'Режим') },
    startsOn: { input: 'date', kind: 'sentence', label: loc('Term starts on', 'Müddətin başlanğıcı', 'Начало срока') },
    creditedPreTrialDays: { input: 'count', max: 36_600, kind: 'sentence', unit: loc('days', 'gün', 'дней'), label: loc('Pre-trial time credited', 'Hesaba alınan istintaq təcridi müddəti', 'Зачтённое время под стражей') },
    fineAmount: { input: 'count', max: 1e12, kind: 'sentence', label: loc('Fine', 'Cərimə', 'Штраф') },
    fineCurrency: { input: 'line', kind: 'sentence', label: loc('Currency', 'Valyuta', 'Валюта') },
    modifications: { input: 'entities', entity: sentenceModificationSpec, kind: 'sentence', label: loc('Later changes', 'Sonrakı dəyişikliklər', 'Последующие изменения') },
    notes: { input: 'prose', kind: 'sentence', label: loc('Notes', 'Qeydlər', 'Заметки') },
  },
});

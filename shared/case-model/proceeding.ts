import { z } from 'zod';
import { ChargeArticleRef } from '../catalogue/schemas';
import { VOCABULARIES } from '../vocabularies';
import { loc } from '../vocabularies/types';
import { date, EntityId, entities, entity, line, lines, prose, refs } from './common';
import { entitySpec } from './fields';
import { Sentence, sentenceSpec } from './sentence';

const v = VOCABULARIES;

/**
 * An accusation under one article. The article keeps its code version (the 1960 and 1999
 * Azerbaijani codes reuse numbers) and the charge keeps its date, because the wording and penalty
 * in force on that date are what matter. Requalification links two charges of the same case.
 */
export const Charge = entity({
  article: ChargeArticleRef,
  broughtOn: date.optional(),
  status: v.charge_status.schema.optional(),
  requalifiedFrom: EntityId.optional(),
  requalifiedTo: EntityId.optional(),
  notes: prose().optional(),
});
export type Charge = z.infer<typeof Charge>;

export const chargeSpec = entitySpec<Charge>({
  name: 'charge',
  label: loc('Charge', 'İttiham', 'Обвинение'),
  plural: loc('Charges', 'İttihamlar', 'Обвинения'),
  fields: {
    article: { input: 'article', kind: 'charges', primary: true, label: loc('Article', 'Maddə', 'Статья') },
    broughtOn: { input: 'date', kind: 'charges', primary: true, label: loc('Brought on', 'İttiham tarixi', 'Дата предъявления') },
    status: { input: 'vocab', vocabulary: 'charge_status', kind: 'charges', primary: true, label: loc('Status', 'Vəziyyəti', 'Статус') },
    requalifiedFrom: { input: 'link', target: 'charges', kind: 'charges', label: loc('Requalified from', 'Tövsifi dəyişdirilib (əvvəlki)', 'Переквалифицировано с') },
    requalifiedTo: { input: 'link', target: 'charges', kind: 'charges', label: loc('Requalified to', 'Tövsifi dəyişdirilib (yeni)', 'Переквалифицировано на') },
    notes: { input: 'prose', kind: 'charges', label: loc('Notes', 'Qeydlər', 'Заметки') },
  },
});

/** A hearing and the decision taken at it, with what was seen of the fairness of the trial. */
export const Hearing = entity({
  date: date.optional(),
  type: v.hearing_type.schema.optional(),
  court: line(300).optional(),
  judges: lines(200),
  prosecutor: line(200).optional(),
  counsel: lines(200),
  openness: v.hearing_openness.schema.optional(),
  interpreterProvided: z.boolean().optional(),
  languageInCourt: v.language_in_court.schema.optional(),
  outcome: v.hearing_outcome.schema.optional(),
  reasoning: prose().optional(),
  legalCounsel: z.array(v.legal_counsel.schema).max(30).default([]),
  statementsSigned: z.array(v.statements_signed.schema).max(10).default([]),
  observations: prose().optional(),
  observers: lines(200),
  exhibitIds: refs(),
});
export type Hearing = z.infer<typeof Hearing>;

export const hearingSpec = entitySpec<Hearing>({
  name: 'hearing',
  label: loc('Hearing', 'Məhkəmə iclası', 'Судебное заседание'),
  plural: loc('Hearings and decisions', 'Məhkəmə iclasları və qərarlar', 'Заседания и решения'),
  fields: {
    date: { input: 'date', kind: 'hearing-details', primary: true, label: loc('Date', 'Tarix', 'Дата') },
    type: { input: 'vocab', vocabulary: 'hearing_type', kind: 'hearing-details', primary: true, label: loc('Type', 'Növü', 'Вид') },
    court: { input: 'line', kind: 'court', label: loc('Court', 'Məhkəmə', 'Суд') },
    judges: { input: 'lines', kind: 'court', label: loc('Judges', 'Hakimlər', 'Судьи') },
    prosecutor: { input: 'line', kind: 'court', label: loc('Prosecutor', 'Prokuror', 'Прокурор') },
    counsel: { input: 'lines', kind: 'hearing-details', label: loc('Defence counsel', 'Müdafiəçilər', 'Защитники') },
    openness: { input: 'vocab', vocabulary: 'hearing_openness', kind: 'hearing-details', label: loc('Open or closed', 'Açıq və ya qapalı', 'Открытое или закрытое') },
    interpreterProvided: { input: 'boolean', kind: 'hearing-details', label: loc('Interpreter provided', 'Tərcüməçi təmin edilib', 'Предоставлен переводчик') },
    languageInCourt: { input: 'vocab', vocabulary: 'language_in_court', kind: 'hearing-details', label: loc('Language used in court', 'Məhkəmədə işlədilən dil', 'Язык судопроизводства') },
    outcome: { input: 'vocab', vocabulary: 'hearing_outcome', kind: 'hearing-details', primary: true, label: loc('Outcome', 'Nəticə', 'Итог') },
    reasoning: { input: 'prose', kind: 'hearing-details', label: loc('Reasoning (summary)', 'Əsaslandırma (xülasə)', 'Мотивировка (кратко)') },
    legalCounsel: { input: 'vocabs', vocabulary: 'legal_counsel', kind: 'hearing-details', label: loc('Legal counsel', 'Hüquqi yardım', 'Юридическая помощь') },
    statementsSigned: { input: 'vocabs', vocabulary: 'statements_signed', kind: 'hearing-details', label: loc('Statements signed', 'İmzalanmış ifadələr', 'Подписанные показания') },
    observations: { input: 'prose', kind: 'hearing-details', label: loc('Fair-trial observations', 'Ədalətli məhkəmə ilə bağlı müşahidələr', 'Наблюдения о справедливости суда') },
    observers: { input: 'lines', kind: 'witness-identity', label: loc('Trial observers', 'Məhkəmə müşahidəçiləri', 'Наблюдатели на процессе') },
    exhibitIds: { input: 'links', target: 'exhibits', kind: 'evidence', label: loc('Documents', 'Sənədlər', 'Документы') },
  },
});

/** One prosecution of the person (OVD-Info counts a person with eight prosecutions eight times). */
export const Proceeding = entity({
  jurisdiction: line(100).optional(),
  type: v.proceeding_type.schema.optional(),
  court: line(300).optional(),
  courtType: v.court_type.schema.optional(),
  caseNumber: line(200).optional(),
  caseName: line(300).optional(),
  investigatingBody: line(300).optional(),
  stage: v.proceeding_stage.schema.optional(),
  coDefendants: lines(300),
  detentionIds: refs(),
  charges: entities(Charge, 200),
  hearings: entities(Hearing, 1000),
  sentences: entities(Sentence, 50),
  notes: prose().optional(),
});
export type Proceeding = z.infer<typeof Proceeding>;

export const proceedingSpec = entitySpec<Proceeding>({
  name: 'proceeding',
  label: loc('Proceeding', 'İcraat', 'Производство'),
  plural: loc('Proceedings', 'İcraatlar', 'Производства'),
  fields: {
    jurisdiction: { input: 'line', kind: 'court', label: loc('Country', 'Ölkə', 'Страна') },
    type: { input: 'vocab', vocabulary: 'proceeding_type', kind: 'court', label: loc('Type', 'Növü', 'Вид') },
    court: { input: 'line', kind: 'court', primary: true, label: loc('Court', 'Məhkəmə', 'Суд') },
    courtType: { input: 'vocab', vocabulary: 'court_type', kind: 'court', label: loc('Type of court', 'Məhkəmənin növü', 'Тип суда') },
    caseNumber: { input: 'line', kind: 'court', primary: true, label: loc('Case number', 'İşin nömrəsi', 'Номер дела') },
    caseName: { input: 'line', kind: 'court', label: loc('Case name', 'İşin adı', 'Название дела') },
    investigatingBody: { input: 'line', kind: 'court', label: loc('Investigating body', 'İstintaq orqanı', 'Следственный орган') },
    stage: { input: 'vocab', vocabulary: 'proceeding_stage', kind: 'court', primary: true, label: loc('Stage', 'Mərhələ', 'Стадия') },
    coDefendants: { input: 'lines', kind: 'court', label: loc('Co-defendants', 'Digər təqsirləndirilənlər', 'Подельники') },
    detentionIds: { input: 'links', target: 'detentions', kind: 'court', label: loc('Detentions', 'Həbslər', 'Задержания') },
    charges: { input: 'entities', entity: chargeSpec, kind: 'charges', label: loc('Charges', 'İttihamlar', 'Обвинения') },
    hearings: { input: 'entities', entity: hearingSpec, kind: 'hearing-details', label: loc('Hearings and decisions', 'Məhkəmə iclasları və qərarlar', 'Заседания и решения') },
    sentences: { input: 'entities', entity: sentenceSpec, kind: 'sentence', label: loc('Sentences', 'Hökmlər (cəzalar)', 'Приговоры (наказания)') },
    notes: { input: 'prose', kind: 'court', label: loc('Notes', 'Qeydlər', 'Заметки') },
  },
});

import { z } from 'zod';
import { VOCABULARIES } from '../vocabularies';
import { loc } from '../vocabularies/types';
import { date, entities, entity, line, prose } from './common';
import { entitySpec } from './fields';

const v = VOCABULARIES;

/** One court order on a pre-trial measure: imposed, extended, replaced, lifted… */
export const MeasureOrder = entity({
  measure: v.pre_trial_measure.schema,
  action: v.measure_order_action.schema,
  orderedOn: date.optional(),
  orderedBy: line(300).optional(),
  until: date.optional(),
  reference: line(200).optional(),
  notes: prose().optional(),
});
export type MeasureOrder = z.infer<typeof MeasureOrder>;

export const measureOrderSpec = entitySpec<MeasureOrder>({
  name: 'measureOrder',
  label: loc('Pre-trial measure order', 'Qətimkan tədbiri qərarı', 'Постановление о мере пресечения'),
  plural: loc('Pre-trial measures', 'Qətimkan tədbirləri', 'Меры пресечения'),
  fields: {
    measure: { input: 'vocab', vocabulary: 'pre_trial_measure', kind: 'detention-details', primary: true, label: loc('Measure', 'Tədbir', 'Мера') },
    action: { input: 'vocab', vocabulary: 'measure_order_action', kind: 'detention-details', primary: true, label: loc('Order', 'Qərar', 'Решение') },
    orderedOn: { input: 'date', kind: 'detention-details', primary: true, label: loc('Ordered on', 'Qərar tarixi', 'Дата решения') },
    orderedBy: { input: 'line', kind: 'court', label: loc('Ordered by (court, judge)', 'Qərarı verən (məhkəmə, hakim)', 'Кем вынесено (суд, судья)') },
    until: { input: 'date', kind: 'detention-details', label: loc('Until', 'Müddəti', 'До') },
    reference: { input: 'line', kind: 'court', label: loc('Order number', 'Qərarın nömrəsi', 'Номер постановления') },
    notes: { input: 'prose', kind: 'detention-details', label: loc('Notes', 'Qeydlər', 'Заметки') },
  },
});

/** A stay in one facility; a transfer ends one placement and starts the next. */
export const Placement = entity({
  facilityName: line(300),
  facilityType: v.facility_type.schema.optional(),
  facilityLocation: line(300).optional(),
  from: date.optional(),
  to: date.optional(),
  regime: v.detention_regime.schema.optional(),
  conditions: z.array(v.detention_condition.schema).max(20).default([]),
  transferReason: line(500).optional(),
  notes: prose().optional(),
});
export type Placement = z.infer<typeof Placement>;

export const placementSpec = entitySpec<Placement>({
  name: 'placement',
  label: loc('Placement', 'Saxlanma yeri', 'Место содержания'),
  plural: loc('Placements', 'Saxlanma yerləri', 'Места содержания'),
  fields: {
    facilityName: { input: 'line', kind: 'facility', primary: true, label: loc('Facility', 'Müəssisə', 'Учреждение') },
    facilityType: { input: 'vocab', vocabulary: 'facility_type', kind: 'facility', label: loc('Facility type', 'Müəssisənin növü', 'Тип учреждения') },
    facilityLocation: { input: 'line', kind: 'facility', label: loc('Location', 'Yerləşdiyi yer', 'Местонахождение') },
    from: { input: 'date', kind: 'facility', primary: true, label: loc('From', 'Başlanğıc', 'С') },
    to: { input: 'date', kind: 'facility', label: loc('To', 'Son', 'По') },
    regime: { input: 'vocab', vocabulary: 'detention_regime', kind: 'facility', label: loc('Regime', 'Rejim', 'Режим') },
    conditions: { input: 'vocabs', vocabulary: 'detention_condition', kind: 'detention-details', label: loc('Conditions', 'Şərait', 'Условия') },
    transferReason: { input: 'line', kind: 'detention-details', label: loc('Reason for transfer', 'Köçürülmənin səbəbi', 'Причина перевода') },
    notes: { input: 'prose', kind: 'detention-details', label: loc('Notes', 'Qeydlər', 'Заметки') },
  },
});

/** One deprivation of liberty, from arrest to release (OHCHR register items; HURIDOCS Arrest). */
export const DetentionEpisode = entity({
  arrestedOn: date.optional(),
  arrestPlace: line(300).optional(),
  arrestingAuthority: v.detention_authority.schema.optional(),
  arrestingAuthorityName: line(300).optional(),
  legalBasis: v.legal_basis_type.schema.optional(),
  legalBasisDetails: prose(5000).optional(),
  detentionType: v.detention_type.schema.optional(),
  whereabouts: z.array(v.whereabouts.schema).max(20).default([]),
  incommunicadoFrom: date.optional(),
  incommunicadoUntil: date.optional(),
  firstAppearanceOn: date.optional(),
  measures: entities(MeasureOrder, 200),
  placements: entities(Placement, 200),
  releasedOn: date.optional(),
  releaseType: v.release_type.schema.optional(),
  releaseNotes: prose().optional(),
  notes: prose().optional(),
});
export type DetentionEpisode = z.infer<typeof DetentionEpisode>;

export const detentionSpec = entitySpec<DetentionEpisode>({
  name: 'detention',
  label: loc('Detention', 'Həbs', 'Задержание'),
  plural: loc('Detentions', 'Həbslər', 'Задержания'),
  fields: {
    arrestedOn: { input: 'date', kind: 'detention-details', primary: true, label: loc('Arrested on', 'Tutulma tarixi', 'Дата задержания') },
    arrestPlace: { input: 'line', kind: 'detention-details', label: loc('Place of arrest', 'Tutulma yeri', 'Место задержания') },
    arrestingAuthority: { input: 'vocab', vocabulary: 'detention_authority', kind: 'detention-details', label: loc('Arresting authority', 'Tutan orqan', 'Задержавший орган') },
    arrestingAuthorityName: { input: 'line', kind: 'detention-details', label: loc('Authority (name)', 'Orqanın adı', 'Название органа') },
    legalBasis: { input: 'vocab', vocabulary: 'legal_basis_type', kind: 'detention-details', label: loc('Legal basis invoked', 'İstinad edilən hüquqi əsas', 'Указанное правовое основание') },
    legalBasisDetails: { input: 'prose', kind: 'detention-details', label: loc('Legal basis (details)', 'Hüquqi əsas (ətraflı)', 'Правовое основание (подробно)') },
    detentionType: { input: 'vocab', vocabulary: 'detention_type', kind: 'detention-details', label: loc('Type of detention', 'Həbsin növü', 'Вид задержания') },
    whereabouts: { input: 'vocabs', vocabulary: 'whereabouts', kind: 'detention-details', label: loc('Whereabouts and contact', 'Yeri və əlaqə imkanı', 'Местонахождение и связь') },
    incommunicadoFrom: { input: 'date', kind: 'detention-details', label: loc('Incommunicado from', 'Əlaqəsiz saxlanma başlanğıcı', 'Без связи с') },
    incommunicadoUntil: { input: 'date', kind: 'detention-details', label: loc('Incommunicado until', 'Əlaqəsiz saxlanma sonu', 'Без связи по') },
    firstAppearanceOn: { input: 'date', kind: 'detention-details', label: loc('First appearance before a judge', 'Hakim qarşısına ilk çıxarılma', 'Первая доставка к судье') },
    measures: { input: 'entities', entity: measureOrderSpec, kind: 'detention-details', label: loc('Pre-trial measures', 'Qətimkan tədbirləri', 'Меры пресечения') },
    placements: { input: 'entities', entity: placementSpec, kind: 'facility', label: loc('Placements', 'Saxlanma yerləri', 'Места содержания') },
    releasedOn: { input: 'date', kind: 'detention-details', primary: true, label: loc('Released on', 'Azad edilmə tarixi', 'Дата освобождения') },
    releaseType: { input: 'vocab', vocabulary: 'release_type', kind: 'detention-details', label: loc('Release type', 'Azad edilmənin növü', 'Основание освобождения') },
    releaseNotes: { input: 'prose', kind: 'detention-details', label: loc('Release notes', 'Azad edilmə haqqında qeydlər', 'Заметки об освобождении') },
    notes: { input: 'prose', kind: 'detention-details', label: loc('Notes', 'Qeydlər', 'Заметки') },
  },
});

import { defineVocabulary, loc, term } from './types';

/** Kinds of places where people are held. */
export const facilityType = defineVocabulary({
  id: 'facility_type',
  version: 1,
  title: loc('Facility type', 'Saxlama yerinin növü', 'Тип места содержания'),
  source: 'domain model §b (Placement, Facility)',
  terms: [
    term('police_station', ['Police station', 'Polis bölməsi', 'Отдел полиции']),
    term('temporary_detention_facility', ['Temporary detention facility (police)', 'Müvəqqəti saxlama təcridxanası', 'Изолятор временного содержания']),
    term('pre_trial_detention_centre', ['Pre-trial detention centre (investigative prison)', 'İstintaq təcridxanası', 'Следственный изолятор']),
    term('security_service_detention_centre', ['Security-service detention centre', 'Təhlükəsizlik xidmətinin istintaq təcridxanası', 'Следственный изолятор службы безопасности']),
    term('administrative_detention_centre', ['Administrative detention centre', 'İnzibati həbs yeri', 'Место отбывания административного ареста']),
    term('penal_colony', ['Penal colony', 'Cəzaçəkmə müəssisəsi (koloniya)', 'Исправительная колония']),
    term('colony_settlement', ['Open-type colony (colony-settlement)', 'Açıq tipli müəssisə (koloniya-qəsəbə)', 'Колония-поселение']),
    term('prison', ['Closed prison', 'Həbsxana', 'Тюрьма']),
    term('juvenile_facility', ['Juvenile facility', 'Yetkinlik yaşına çatmayanlar üçün müəssisə', 'Учреждение для несовершеннолетних']),
    term('prison_hospital', ['Prison hospital', 'Penitensiar xidmətin müalicə müəssisəsi', 'Больница пенитенциарной службы']),
    term('psychiatric_institution', ['Psychiatric institution', 'Psixiatriya müəssisəsi', 'Психиатрическое учреждение']),
    term('military_detention', ['Military detention facility', 'Hərbi saxlama yeri', 'Военное место содержания']),
    term('migrant_detention', ['Migrant detention centre', 'Miqrantların saxlanılması mərkəzi', 'Центр содержания мигрантов']),
    term('unofficial_place', ['Unofficial place of detention', 'Qeyri-rəsmi saxlama yeri', 'Неофициальное место содержания']),
    term('other', ['Other', 'Digər', 'Другое']),
  ],
});

/** Regime of a sentence or a placement (post-Soviet terminology: general, strict, special…). */
export const detentionRegime = defineVocabulary({
  id: 'detention_regime',
  version: 1,
  title: loc('Regime', 'Rejim', 'Режим'),
  terms: [
    term('pre_trial', ['Pre-trial (not yet sentenced)', 'Məhkəməyədək (hələ məhkum edilməyib)', 'Досудебный (приговор не вынесен)']),
    term('general', ['General regime', 'Ümumi rejim', 'Общий режим']),
    term('strict', ['Strict regime', 'Ciddi rejim', 'Строгий режим']),
    term('special', ['Special regime', 'Xüsusi rejim', 'Особый режим']),
    term('prison', ['Prison (closed) regime', 'Həbsxana rejimi', 'Тюремный режим']),
    term('colony_settlement', ['Colony-settlement (open) regime', 'Koloniya-qəsəbə rejimi', 'Режим колонии-поселения']),
    term('educational_colony', ['Educational colony (juveniles)', 'Tərbiyə müəssisəsi (yetkinlik yaşına çatmayanlar)', 'Воспитательная колония (несовершеннолетние)']),
    term('medical', ['Medical or psychiatric treatment', 'Tibbi və ya psixiatrik müalicə', 'Медицинское или психиатрическое лечение']),
    term('other', ['Other', 'Digər', 'Другое']),
    term('unknown', ['Unknown', 'Məlum deyil', 'Неизвестно']),
  ],
});

/** Conditions inside a placement that monitors note (used alongside free-text notes). */
export const detentionCondition = defineVocabulary({
  id: 'detention_condition',
  version: 1,
  title: loc('Conditions of detention', 'Saxlanılma şəraiti', 'Условия содержания'),
  terms: [
    term('overcrowding', ['Overcrowding', 'Həddindən artıq sıxlıq', 'Переполненность']),
    term('poor_sanitation', ['Poor sanitation or hygiene', 'Pis sanitariya və ya gigiyena', 'Плохие санитарные условия']),
    term('inadequate_food', ['Inadequate food or water', 'Qeyri-adekvat qida və ya su', 'Неадекватное питание или вода']),
    term('extreme_temperature', ['Extreme heat or cold', 'Həddindən artıq isti və ya soyuq', 'Сильная жара или холод']),
    term('no_outdoor_exercise', ['No outdoor exercise', 'Açıq havada gəzintiyə çıxarılmır', 'Нет прогулок']),
    term('visits_restricted', ['Family visits restricted', 'Ailə görüşləri məhdudlaşdırılıb', 'Свидания с семьёй ограничены']),
    term('correspondence_restricted', ['Correspondence restricted', 'Yazışma məhdudlaşdırılıb', 'Переписка ограничена']),
    term('far_from_family', ['Held far from family', 'Ailəsindən uzaqda saxlanılır', 'Содержится далеко от семьи'], { source: 'AAPP: deliberate transfers far from family' }),
    term('other', ['Other', 'Digər', 'Другое']),
  ],
});

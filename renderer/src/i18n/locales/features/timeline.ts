import { RELEASE_STEP_WORDS, TIMELINE_FLAG_WORDS, TIMELINE_KIND_WORDS, TIMELINE_ROLE_WORDS } from '../../../../../shared/case-model/timeline-words';
import type { Lang, Localised } from '../../../../../shared/vocabularies/types';
import type { LocaleShape } from '../../types';

/**
 * The words of timeline events, label roles, flags and release explanations live in
 * shared/case-model/timeline-words.ts (the dossier prints the same ones); here they are taken in
 * `lang`, their `{name}` placeholders written as i18next's `{{name}}`.
 */
function words<K extends string>(shared: Readonly<Record<K, Localised>>, lang: Lang): Record<K, string> {
  return Object.fromEntries(Object.entries<Localised>(shared).map(([key, localised]) => [key, localised[lang].replace(/\{(\w+)\}/g, '{{$1}}')])) as Record<K, string>;
}

/** UI strings of the timeline feature, in the three languages (field labels live in shared/case-model). */
const en = {
  title: 'Timeline',
  intro: 'Built from the dates recorded in the case file. To change it, edit the sections.',
  emptyTitle: 'Nothing on the timeline yet',
  emptyBody:
    'The timeline fills itself from the dates you record: arrests, pre-trial measures, placements and transfers, charges, hearings, verdicts and appeals, sentences and their changes, treatment in custody, interventions and their deadlines, recognitions, assessments, tasks and release.',
  undatedTitle: 'Not yet dated',
  undatedIntro: 'Recorded without a date. Add the date in its section to place the entry on the timeline.',
  approximate: 'approximate',
  uncertain: 'uncertain',
  sensitivity: 'Sensitivity: {{level}}',
  unofficialTitle: 'unofficial translation of the title',
  kinds: words(TIMELINE_KIND_WORDS, 'en'),
  roles: words(TIMELINE_ROLE_WORDS, 'en'),
  flags: words(TIMELINE_FLAG_WORDS, 'en'),
  release: {
    explain: 'How this date is computed',
    ...words(RELEASE_STEP_WORDS, 'en'),
  },
};

const az: LocaleShape<typeof en> = {
  title: 'Xronologiya',
  intro: 'İş qovluğunda qeyd olunmuş tarixlərdən qurulur. Dəyişdirmək üçün bölmələri redaktə edin.',
  emptyTitle: 'Xronologiyada hələ heç nə yoxdur',
  emptyBody:
    'Xronologiya qeyd etdiyiniz tarixlərdən özü dolur: tutulmalar, qətimkan tədbirləri, saxlanma yerləri və köçürülmələr, ittihamlar, məhkəmə iclasları, hökmlər və şikayətlər, cəzalar və onlarda dəyişikliklər, həbsdə rəftar, müdaxilələr və onların son müddətləri, tanınmalar, qiymətləndirmələr, tapşırıqlar və azad edilmə.',
  undatedTitle: 'Hələ tarixi olmayanlar',
  undatedIntro: 'Tarixsiz qeyd olunub. Qeydi xronologiyada yerləşdirmək üçün tarixi onun bölməsində əlavə edin.',
  approximate: 'təxmini',
  uncertain: 'dəqiq deyil',
  sensitivity: 'Həssaslıq: {{level}}',
  unofficialTitle: 'başlığın qeyri-rəsmi tərcüməsi',
  kinds: words(TIMELINE_KIND_WORDS, 'az'),
  roles: words(TIMELINE_ROLE_WORDS, 'az'),
  flags: words(TIMELINE_FLAG_WORDS, 'az'),
  release: {
    explain: 'Bu tarix necə hesablanır',
    ...words(RELEASE_STEP_WORDS, 'az'),
  },
};

const ru: LocaleShape<typeof en> = {
  title: 'Хронология',
  intro: 'Строится по датам, записанным в деле. Чтобы изменить её, редактируйте разделы.',
  emptyTitle: 'В хронологии пока ничего нет',
  emptyBody:
    'Хронология заполняется сама по записанным датам: задержания, меры пресечения, места содержания и этапирования, обвинения, заседания, приговоры и обжалования, наказания и их изменения, обращение под стражей, обращения и их сроки, признания, оценки, задачи и освобождение.',
  undatedTitle: 'Без даты',
  undatedIntro: 'Записано без даты. Добавьте дату в соответствующем разделе, чтобы запись появилась в хронологии.',
  approximate: 'приблизительно',
  uncertain: 'не точно',
  sensitivity: 'Конфиденциальность: {{level}}',
  unofficialTitle: 'неофициальный перевод названия',
  kinds: words(TIMELINE_KIND_WORDS, 'ru'),
  roles: words(TIMELINE_ROLE_WORDS, 'ru'),
  flags: words(TIMELINE_FLAG_WORDS, 'ru'),
  release: {
    explain: 'Как рассчитана эта дата',
    ...words(RELEASE_STEP_WORDS, 'ru'),
  },
};

export const timeline = { en, az, ru };

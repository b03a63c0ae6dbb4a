import type { CustodyAction } from '../../../../../shared/exhibits/exhibit';
import type { DossierSection } from '../../../../../shared/reports';
import { loc, type Localised } from '../../../../../shared/vocabularies/types';

/**
 * Words of the case dossier that no field spec or vocabulary carries: section titles, the cover and
 * the joints between facts. Field labels come from the specs in shared/case-model and terms from
 * the vocabularies, so a label the editor shows is the label the dossier prints.
 */
export const SECTION_TITLES: Readonly<Record<DossierSection, Localised>> = {
  profile: loc('Profile', 'Profil', 'Профиль'),
  detention: loc('Detention and placements', 'Həbs və saxlanma yerləri', 'Задержание и места содержания'),
  proceedings: loc('Proceedings', 'İcraatlar', 'Производства'),
  sentence: loc('Sentence and expected release', 'Cəza və gözlənilən azad edilmə', 'Наказание и ожидаемое освобождение'),
  treatment: loc('Treatment in custody', 'Həbsdə rəftar', 'Обращение под стражей'),
  assessment: loc('PACE assessment', 'AŞPA meyarları üzrə qiymətləndirmə', 'Оценка по критериям ПАСЕ'),
  findings: loc('WGAD and Article 18 findings', 'WGAD və 18-ci maddə üzrə nəticələr', 'Выводы РГПЗ и по статье 18'),
  interventions: loc('Interventions and remedies', 'Müdaxilələr və hüquqi vasitələr', 'Обращения и средства защиты'),
  sources: loc('Sources', 'Mənbələr', 'Источники'),
  exhibits: loc('Exhibit index', 'Sübutların siyahısı', 'Перечень доказательств'),
  timeline: loc('Timeline', 'Xronologiya', 'Хронология'),
};

export const DOSSIER_LABELS = {
  title: loc('Case dossier', 'İş üzrə dosye', 'Досье по делу'),
  caseId: loc('Case ID', 'İşin ID-si', 'ID дела'),
  nothingRecorded: loc('Nothing recorded.', 'Heç nə qeyd edilməyib.', 'Ничего не записано.'),
  detailsWithheld: loc(
    'Some details in this section are withheld for this audience.',
    'Bu bölmədəki bəzi məlumatlar bu auditoriya üçün gizlədilib.',
    'Часть сведений в этом разделе скрыта для этого адресата.',
  ),
  caseFacts: loc('The case', 'İş', 'Дело'),
  person: loc('The person', 'Şəxs', 'Лицо'),
  detention: loc('Detention', 'Həbs', 'Задержание'),
  arrestOf: loc('Arrest of {date}', '{date} tarixli tutulma', 'Задержание {date}'),
  proceeding: loc('Proceeding', 'İcraat', 'Производство'),
  sentence: loc('Sentence', 'Cəza', 'Наказание'),
  undated: loc('undated', 'tarixsiz', 'без даты'),
  dates: loc('Dates', 'Tarixlər', 'Даты'),
  articleTitle: loc('Title of the article', 'Maddənin adı', 'Название статьи'),
  requalification: loc('Requalification', 'Tövsifin dəyişdirilməsi', 'Переквалификация'),
  requalifiedTo: loc('to {article}', 'yeni: {article}', 'на {article}'),
  requalifiedFrom: loc('from {article}', 'əvvəlki: {article}', 'с {article}'),
  notCatalogued: loc('not in the catalogue', 'kataloqda yoxdur', 'нет в каталоге'),
  withinArticle: loc('part of {article}', '{article} maddəsinin hissəsi', 'часть статьи {article}'),
  unofficialMark: loc(
    '* Unofficial translation of the title; the Azerbaijani text is authoritative.',
    '* Başlığın qeyri-rəsmi tərcüməsi; Azərbaycan dilindəki mətn əsasdır.',
    '* Неофициальный перевод названия; официальным является текст на азербайджанском языке.',
  ),
  unofficialTranslation: loc('Unofficial translation.', 'Qeyri-rəsmi tərcümə.', 'Неофициальный перевод.'),
  expectedRelease: loc('Expected release', 'Gözlənilən azad edilmə', 'Ожидаемое освобождение'),
  releaseNotComputed: loc('cannot be computed from what is recorded', 'qeyd olunanlardan hesablana bilməz', 'невозможно рассчитать по записанным данным'),
  releaseWithheld: loc(
    'withheld (part of the sentence is withheld for this audience)',
    'gizlədilib (cəzanın bir hissəsi bu auditoriya üçün gizlədilib)',
    'скрыто (часть сведений о наказании скрыта для этого адресата)',
  ),
  perpetrators: loc('Perpetrators', 'Törədənlər', 'Исполнители'),
  conclusion: loc('Overall conclusion', 'Yekun nəticə', 'Общий вывод'),
  derivedConclusion: loc('derived from the findings', 'nəticələrdən çıxarılıb', 'следует из выводов'),
  overriddenConclusion: loc('set by the assessor', 'qiymətləndirən tərəfindən müəyyən edilib', 'установлен оценщиком'),
  assessmentOf: loc('Assessment of {date}', '{date} tarixli qiymətləndirmə', 'Оценка от {date}'),
  earlierAssessments: loc('Earlier assessments', 'Əvvəlki qiymətləndirmələr', 'Предыдущие оценки'),
  paceCriteria: loc('PACE Resolution 1900 (2012), §3: criteria', 'AŞPA-nın 1900 (2012) saylı Qətnaməsi, §3: meyarlar', 'Резолюция ПАСЕ 1900 (2012), §3: критерии'),
  paceExclusion: loc('PACE Resolution 1900 (2012), §4: exclusion', 'AŞPA-nın 1900 (2012) saylı Qətnaməsi, §4: istisna', 'Резолюция ПАСЕ 1900 (2012), §4: исключение'),
  notAssessed: loc('Not assessed', 'Qiymətləndirilməyib', 'Не оценивался'),
  citedEvidence: loc('Cited evidence', 'İstinad edilən sübutlar', 'Приведённые доказательства'),
  noneCited: loc('none cited', 'göstərilməyib', 'не указаны'),
  sourcesWithheld: loc('sources withheld', 'mənbələr gizlədilib', 'источники скрыты'),
  exhibitsWithheld: loc('exhibits withheld', 'sübutlar gizlədilib', 'доказательства скрыты'),
  sourceWithheld: loc('source withheld', 'mənbə gizlədilib', 'источник скрыт'),
  exhibit: loc('Exhibit {n}', 'Sübut {n}', 'Доказательство {n}'),
  wgad: loc('UN Working Group on Arbitrary Detention', 'BMT-nin Özbaşına Həbslər üzrə İşçi Qrupu', 'Рабочая группа ООН по произвольным задержаниям'),
  article18: loc('ECHR Article 18', 'AİHK-nın 18-ci maddəsi', 'Статья 18 ЕКПЧ'),
  recognitions: loc('Recognitions', 'Tanınmalar', 'Признания'),
  noAssessment: loc('No assessment recorded.', 'Qiymətləndirmə qeyd edilməyib.', 'Оценка не записана.'),
  deadlines: loc('Deadlines', 'Son müddətlər', 'Сроки'),
  number: loc('No.', '№', '№'),
  file: loc('File', 'Fayl', 'Файл'),
  received: loc('Received', 'Alınıb', 'Получено'),
  custody: loc('Chain of custody', 'Saxlama zənciri', 'Цепочка хранения'),
  derivedFrom: loc('derived from Exhibit {n}', 'Sübut {n}-dən törəmə', 'производное от доказательства {n}'),
  linkedTo: loc('linked to', 'əlaqəlidir', 'связано с'),
  nameWithheld: loc('name withheld', 'adı gizlədilib', 'имя скрыто'),
  sourceN: loc('Source {n}', 'Mənbə {n}', 'Источник {n}'),
  hashNote: loc(
    'SHA-256 computed when the file was received; the file can be checked against it at any time.',
    'SHA-256 fayl alınarkən hesablanıb; fayl istənilən vaxt onunla yoxlanıla bilər.',
    'SHA-256 вычислен при получении файла; файл можно в любой момент сверить с ним.',
  ),
  dateCol: loc('Date', 'Tarix', 'Дата'),
  eventCol: loc('Event', 'Hadisə', 'Событие'),
  detailsCol: loc('Details', 'Təfsilat', 'Подробности'),
  notDated: loc('Not dated', 'Tarixsiz', 'Без даты'),
} satisfies Record<string, Localised>;

/** Custody actions and check outcomes, worded as the exhibits panel words them. */
export const CUSTODY_ACTIONS: Readonly<Record<CustodyAction, Localised>> = {
  received: loc('Received', 'Qəbul edilib', 'Получен'),
  copied: loc('Copied', 'Nüsxə çıxarılıb', 'Скопирован'),
  handed_over: loc('Handed over', 'Təhvil verilib', 'Передан'),
  exported: loc('Exported', 'İxrac edilib', 'Экспортирован'),
  verified: loc('Checked', 'Yoxlanılıb', 'Проверен'),
  removed: loc('Removed from case', 'İşdən çıxarılıb', 'Убран из дела'),
  purged: loc('File purged', 'Fayl silinib', 'Файл стёрт'),
};

export const CHECK_OUTCOMES: Readonly<Record<'intact' | 'damaged', Localised>> = {
  intact: loc('intact', 'toxunulmazdır', 'цел'),
  damaged: loc('damaged', 'zədələnib', 'повреждён'),
};

/** "Arrest of {date}" with its placeholders filled. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : whole));
}

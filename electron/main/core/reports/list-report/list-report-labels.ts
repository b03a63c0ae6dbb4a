import type { ReportLang } from '../../../../../shared/reports';
import type { Term } from '../../../../../shared/case-model/sentence';
import { formatFuzzyDate } from '../../../../../shared/domain/dates/format';
import { loc, type Localised } from '../../../../../shared/vocabularies/types';

/**
 * Words of the list report, in the reader's language (the data stays as it was written). Common
 * words (contents, withheld, page x of y) are in ../common-labels.ts.
 */
export const LIST_LABELS = {
  defaultTitle: loc('List of cases', 'İşlərin siyahısı', 'Список дел'),
  subject: loc('List report', 'Siyahı hesabatı', 'Отчёт-список'),
  footerSubject: loc('Report', 'Hesabat', 'Отчёт'),
  casesInReport: loc('Cases in this report', 'Hesabatdakı işlər', 'Дел в отчёте'),
  filtersUsed: loc('Filters', 'Filtrlər', 'Фильтры'),

  method: loc('Method', 'Metodologiya', 'Методология'),
  criteriaHeading: loc('Criteria', 'Meyarlar', 'Критерии'),
  criteriaIntro: loc(
    'The cases are listed as they are recorded in the case files. Assessments in the files apply the definition of a political prisoner in Resolution 1900 (2012) of the Parliamentary Assembly of the Council of Europe (PACE): a person deprived of liberty is to be regarded as a political prisoner when at least one of these criteria is met:',
    'İşlər iş fayllarında qeyd olunduğu kimi sadalanır. Fayllardakı qiymətləndirmələr Avropa Şurası Parlament Assambleyasının (AŞPA) 1900 (2012) saylı Qətnaməsindəki siyasi məhbus anlayışına əsaslanır: azadlıqdan məhrum edilmiş şəxs aşağıdakı meyarlardan ən azı biri ödənildikdə siyasi məhbus hesab edilir:',
    'Дела перечислены так, как они записаны в досье. Оценки в досье применяют определение политического заключённого из Резолюции 1900 (2012) Парламентской ассамблеи Совета Европы (ПАСЕ): лицо, лишённое свободы, считается политическим заключённым, если выполнен хотя бы один из критериев:',
  ),
  criteriaExclusion: loc(
    '§4 of the Resolution excludes persons prosecuted and sentenced for terrorist crimes in accordance with national law and the European Convention on Human Rights. Being on this list is not by itself a finding under these criteria; the dossier of each case gives the assessment and its reasoning.',
    'Qətnamənin 4-cü bəndi terror cinayətlərinə görə milli qanunvericiliyə və Avropa İnsan Hüquqları Konvensiyasına uyğun olaraq təqib edilib məhkum olunmuş şəxsləri istisna edir. Bu siyahıda olmaq özlüyündə həmin meyarlar üzrə nəticə deyil; hər işin dosyesində qiymətləndirmə və onun əsaslandırılması verilir.',
    '§4 Резолюции исключает лиц, преследуемых и осуждённых за террористические преступления в соответствии с национальным законодательством и Европейской конвенцией о защите прав человека. Включение в этот список само по себе не является выводом по этим критериям; оценка и её обоснование приводятся в досье каждого дела.',
  ),
  translationNote: loc('', 'Meyarların mətni qeyri-rəsmi tərcümədir.', 'Текст критериев — неофициальный перевод.'),
  audienceHeading: loc('Audience and what it withholds', 'Auditoriya və gizlədilənlər', 'Адресат и скрытые сведения'),
  namesWithheld: loc(
    'Names withheld for this audience: {n} of {total}. These persons are listed as “withheld”.',
    'Bu auditoriya üçün gizlədilən adlar: {n} / {total}. Bu şəxslər siyahıda “gizlədilib” kimi göstərilir.',
    'Имена, скрытые для этого адресата: {n} из {total}. Эти лица указаны в списке как «скрыто».',
  ),
  noNamesWithheld: loc('No names are withheld for this audience.', 'Bu auditoriya üçün heç bir ad gizlədilməyib.', 'Для этого адресата имена не скрыты.'),
  categoriesWithheld: loc(
    'Profile categories withheld: {n}. These persons are listed under “{group}”.',
    'Gizlədilən profil kateqoriyaları: {n}. Bu şəxslər “{group}” bölməsində göstərilir.',
    'Скрытые категории профиля: {n}. Эти лица указаны в разделе «{group}».',
  ),
  otherWithheld: loc(
    'Other details the audience may not see (arrest dates, facilities, occupations) are left blank in the list and counted as “not shown” in the statistics.',
    'Auditoriyanın görə bilmədiyi digər məlumatlar (tutulma tarixləri, müəssisələr, peşələr) siyahıda boş saxlanılır və statistikada “göstərilmir” kimi sayılır.',
    'Прочие сведения, которые адресату не показываются (даты задержания, учреждения, род занятий), в списке оставлены пустыми и в статистике учтены как «не указано».',
  ),
  dateHeading: loc('Date', 'Tarix', 'Дата'),
  dateText: loc(
    'Generated on {date}, from the case files as they were recorded at that time.',
    '{date} tarixində, iş fayllarının həmin andakı vəziyyətinə əsasən hazırlanıb.',
    'Составлен {date} по данным досье на этот момент.',
  ),
  filtersHeading: loc('Filters used', 'İstifadə olunan filtrlər', 'Применённые фильтры'),
  noFilters: loc('None: every case in the vault is included.', 'Yoxdur: anbardakı bütün işlər daxildir.', 'Нет: включены все дела хранилища.'),
  filterStatus: loc('Status', 'Vəziyyəti', 'Статус'),
  filterCategory: loc('Profile category', 'Profil kateqoriyası', 'Категория профиля'),
  filterArticle: loc('Article charged', 'İttiham maddəsi', 'Статья обвинения'),
  filterCases: loc('Chosen cases', 'Seçilmiş işlər', 'Выбранные дела'),
  filterCasesText: loc('{n} cases chosen in the case list', 'iş siyahısında seçilmiş {n} iş', 'выбрано в списке дел: {n}'),
  anyCodeVersion: loc('any code version, with its parts', 'istənilən məcəllə redaksiyası, hissələri ilə', 'любая редакция кодекса, включая части'),
  withParts: loc('with its parts', 'hissələri ilə', 'включая части'),
  filtersMeaning: loc(
    'A case is included when it matches every filter; within one filter any of the values listed is enough. Filters are applied to what this audience may see.',
    'İş bütün filtrlərə uyğun gəldikdə daxil edilir; bir filtr daxilində sadalanan dəyərlərdən hər hansı biri kifayətdir. Filtrlər bu auditoriyanın görə bildiyi məlumatlara tətbiq olunur.',
    'Дело включается, если оно соответствует всем фильтрам; внутри одного фильтра достаточно любого из перечисленных значений. Фильтры применяются к сведениям, доступным этому адресату.',
  ),
  readingHeading: loc('How to read the list', 'Siyahını necə oxumalı', 'Как читать список'),
  readingText: loc(
    'Persons are grouped by their first profile category and numbered through the whole list. The arrest date, facility and sentence are those of the latest detention and the latest verdict; a sentence term is shown as last changed on appeal or by a later decision. Articles are of the Criminal Code of the Republic of Azerbaijan (1999) unless marked otherwise.',
    'Şəxslər ilk profil kateqoriyasına görə qruplaşdırılır və bütün siyahı üzrə nömrələnir. Tutulma tarixi, müəssisə və cəza sonuncu həbsə və sonuncu hökmə aiddir; cəza müddəti apellyasiya və ya sonrakı qərarla sonuncu dəfə dəyişdirildiyi kimi göstərilir. Maddələr başqa cür qeyd edilmədikdə Azərbaycan Respublikasının Cinayət Məcəlləsinə (1999) aiddir.',
    'Лица сгруппированы по первой категории профиля и пронумерованы сквозной нумерацией. Дата задержания, учреждение и наказание относятся к последнему задержанию и последнему приговору; срок указан с учётом последнего изменения в апелляции или последующим решением. Статьи — Уголовного кодекса Азербайджанской Республики (1999), если не указано иное.',
  ),

  otherCodes: loc('Marks of other codes: {codes}.', 'Digər məcəllələrin işarələri: {codes}.', 'Обозначения других кодексов: {codes}.'),

  list: loc('List', 'Siyahı', 'Список'),
  noneMatched: loc(
    'No cases matched the filters of this report. Check the filters in the method note, or widen them.',
    'Bu hesabatın filtrlərinə uyğun heç bir iş tapılmadı. Metodologiya bölməsindəki filtrləri yoxlayın və ya genişləndirin.',
    'Ни одно дело не соответствует фильтрам этого отчёта. Проверьте фильтры в разделе «Методология» или ослабьте их.',
  ),
  notCategorised: loc('Not categorised or category withheld', 'Kateqoriyasız və ya kateqoriya gizlədilib', 'Без категории или категория скрыта'),
  colNumber: loc('№', '№', '№'),
  colName: loc('Name', 'Ad, soyad', 'Имя'),
  colProfile: loc('Profile / occupation', 'Profil / peşə', 'Профиль / род занятий'),
  colArrested: loc('Arrested', 'Tutulub', 'Задержан'),
  colArticles: loc('Articles', 'Maddələr', 'Статьи'),
  colSentence: loc('Sentence', 'Cəza', 'Наказание'),
  colFacility: loc('Facility', 'Müəssisə', 'Учреждение'),
  colStatus: loc('Status', 'Vəziyyəti', 'Статус'),
  alsoCategories: loc('also', 'həmçinin', 'также'),

  statistics: loc('Statistics', 'Statistika', 'Статистика'),
  statsIntro: loc(
    'Counts of the {total} cases in this report. Every case is counted once in each breakdown, except by article, where a case charged under several articles counts under each.',
    'Bu hesabatdakı {total} işin sayları. Hər iş hər bölgüdə bir dəfə sayılır; yalnız maddələr üzrə bölgüdə bir neçə maddə ilə ittiham olunan iş hər maddədə sayılır.',
    'Подсчёт {total} дел этого отчёта. Каждое дело учитывается в каждой разбивке один раз, кроме разбивки по статьям: дело с несколькими статьями учитывается по каждой из них.',
  ),
  byStatus: loc('By status', 'Vəziyyətə görə', 'По статусу'),
  byYear: loc('By year of arrest', 'Tutulma ilinə görə', 'По году задержания'),
  byCategory: loc('By profile category', 'Profil kateqoriyasına görə', 'По категории профиля'),
  byArticle: loc('By article', 'Maddəyə görə', 'По статьям'),
  figYear: loc('Figure 1. Cases by year of arrest', 'Şəkil 1. Tutulma ilinə görə işlər', 'Рис. 1. Дела по году задержания'),
  figCategory: loc('Figure 2. Cases by first profile category', 'Şəkil 2. İlk profil kateqoriyasına görə işlər', 'Рис. 2. Дела по первой категории профиля'),
  figArticle: loc('Figure 3. Cases by article charged (top 15)', 'Şəkil 3. İttiham maddəsinə görə işlər (ilk 15)', 'Рис. 3. Дела по статьям обвинения (первые 15)'),
  axisCases: loc('Number of cases', 'İşlərin sayı', 'Число дел'),
  axisYear: loc('Year of arrest', 'Tutulma ili', 'Год задержания'),
  axisCategory: loc('First profile category', 'İlk profil kateqoriyası', 'Первая категория профиля'),
  axisArticle: loc('Article', 'Maddə', 'Статья'),
  colCount: loc('Cases', 'İşlər', 'Дел'),
  colShare: loc('Share', 'Pay', 'Доля'),
  colYear: loc('Year of arrest', 'Tutulma ili', 'Год задержания'),
  colCategory: loc('Profile category', 'Profil kateqoriyası', 'Категория профиля'),
  colFirstCategory: loc('Listed under (first category)', 'Siyahıda (ilk kateqoriya)', 'В списке (первая категория)'),
  colAnyCategory: loc('With this category (any)', 'Bu kateqoriya ilə (hər hansı)', 'С этой категорией (любой)'),
  colArticle: loc('Article', 'Maddə', 'Статья'),
  colTitle: loc('Title', 'Adı', 'Название'),
  total: loc('Total', 'Cəmi', 'Всего'),
  yearNotShown: loc('Not recorded or withheld', 'Qeyd edilməyib və ya gizlədilib', 'Не указан или скрыт'),
  notInYearChart: loc(
    'Not in the figure: {n} cases whose arrest date is not recorded or is withheld for this audience.',
    'Şəkildə göstərilmir: tutulma tarixi qeyd edilməyən və ya bu auditoriya üçün gizlədilən {n} iş.',
    'Не показаны на рисунке: {n} дел, дата задержания которых не указана или скрыта для этого адресата.',
  ),
  noCharges: loc('No charge recorded or shown', 'İttiham qeyd edilməyib və ya göstərilmir', 'Обвинение не указано или скрыто'),
  otherArticles: loc('Other articles ({n})', 'Digər maddələr ({n})', 'Другие статьи ({n})'),
  otherArticlesNote: loc(
    '“Other articles” counts the cases charged under at least one article outside the first 15; the table below lists every article.',
    '“Digər maddələr” ilk 15-dən kənar ən azı bir maddə ilə ittiham olunan işləri sayır; aşağıdakı cədvəldə bütün maddələr var.',
    '«Другие статьи» — число дел, где есть хотя бы одна статья вне первых 15; в таблице ниже перечислены все статьи.',
  ),
  noStatistics: loc('No statistics: the report lists no cases.', 'Statistika yoxdur: hesabatda heç bir iş yoxdur.', 'Статистики нет: в отчёте нет дел.'),
} satisfies Record<string, Localised>;

/** Short names of codes other than the Criminal Code (1999), by code machine name. */
export const CODE_ABBREVIATIONS: Readonly<Record<string, Localised>> = {
  criminal: loc('CC', 'CM', 'УК'),
  administrative: loc('CAO', 'İXM', 'КоАП'),
};

export const CODE_NAMES: Readonly<Record<string, Localised>> = {
  criminal: loc('Criminal Code', 'Cinayət Məcəlləsi', 'Уголовный кодекс'),
  administrative: loc('Code of Administrative Offences', 'İnzibati Xətalar Məcəlləsi', 'Кодекс об административных правонарушениях'),
};

/** Replaces `{name}` placeholders. */
export function fill(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : whole));
}

/** Russian plural form: 1 год, 2 года, 5 лет. */
function ruPlural(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

/** "40 cases", "40 iş", "40 дел". */
export function casesCount(n: number, lang: ReportLang): string {
  if (lang === 'az') return `${n} iş`;
  if (lang === 'ru') return `${n} ${ruPlural(n, 'дело', 'дела', 'дел')}`;
  return `${n} ${n === 1 ? 'case' : 'cases'}`;
}

/** A sentence term as courts write it: "7 years 6 months", "7 il 6 ay", "7 лет 6 месяцев". */
export function formatTerm(term: Term | undefined, lang: ReportLang): string {
  if (!term) return '';
  const parts: string[] = [];
  const unit = (n: number | undefined, en: [string, string], az: string, ru: [string, string, string]) => {
    if (!n) return;
    if (lang === 'az') parts.push(`${n} ${az}`);
    else if (lang === 'ru') parts.push(`${n} ${ruPlural(n, ...ru)}`);
    else parts.push(`${n} ${n === 1 ? en[0] : en[1]}`);
  };
  unit(term.years, ['year', 'years'], 'il', ['год', 'года', 'лет']);
  unit(term.months, ['month', 'months'], 'ay', ['месяц', 'месяца', 'месяцев']);
  unit(term.days, ['day', 'days'], 'gün', ['день', 'дня', 'дней']);
  return parts.join(' ');
}

/** "12.5%" with one decimal, without locale formatting (deterministic). */
export function percent(part: number, whole: number): string {
  if (whole === 0) return '—';
  const tenths = Math.round((part * 1000) / whole);
  return `${Math.floor(tenths / 10)}.${tenths % 10}%`;
}

/** "31 January 2026, 12:00 UTC" from an ISO date-time, the same on every machine (no time zone, no locale). */
export function formatGeneratedAt(iso: string, lang: ReportLang): string {
  const utc = new Date(iso).toISOString();
  return `${formatFuzzyDate(utc.slice(0, 10), lang)}, ${utc.slice(11, 16)} UTC`;
}

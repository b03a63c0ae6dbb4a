import type { Localised, TranslationStatuses } from './types';
import { defineVocabulary, loc, term, UNOFFICIAL } from './types';

const PACE = 'PACE Resolution 1900 (2012), The definition of political prisoner, adopted 3 October 2012';

/**
 * The sentence that introduces criteria a–e in §3 of PACE Resolution 1900 (2012). English
 * verbatim; Azerbaijani and Russian are our translations.
 */
export const PACE_1900_CHAPEAU: Localised = loc(
  "A person deprived of his or her personal liberty is to be regarded as a 'political prisoner':",
  'Şəxsi azadlığından məhrum edilmiş şəxs aşağıdakı hallarda “siyasi məhbus” hesab edilməlidir:',
  'Лицо, лишённое личной свободы, должно считаться «политическим заключённым»:',
);
export const PACE_1900_CHAPEAU_TRANSLATION: TranslationStatuses = UNOFFICIAL;

/**
 * PACE Resolution 1900 (2012) §3 criteria a–e and the §4 terrorism exclusion. `text.en` is each
 * clause verbatim without the list punctuation that joins the clauses in the resolution
 * ("; ", "; or," and the closing quotation); Azerbaijani and Russian texts are unofficial.
 */
export const pace1900Criterion = defineVocabulary({
  id: 'pace_1900_criterion',
  version: 1,
  title: loc('PACE Resolution 1900 (2012) criterion', 'AŞPA-nın 1900 (2012) saylı Qətnaməsinin meyarı', 'Критерий Резолюции ПАСЕ 1900 (2012)'),
  source: `${PACE}; text https://pace.coe.int/en/files/19150/html`,
  terms: [
    term('criterion_a', ['(a) Detention violates fundamental ECHR guarantees', '(a) Həbs AİHK-nın əsas təminatlarını pozur', '(a) Задержание нарушает основные гарантии ЕКПЧ'], {
      notation: 'a',
      source: `${PACE}, §3.a`,
      text: loc(
        'if the detention has been imposed in violation of one of the fundamental guarantees set out in the European Convention on Human Rights and its Protocols (ECHR), in particular freedom of thought, conscience and religion, freedom of expression and information, freedom of assembly and association',
        'əgər həbs Avropa İnsan Hüquqları Konvensiyasında və onun Protokollarında (AİHK) təsbit olunmuş əsas təminatlardan birinin, xüsusilə fikir, vicdan və din azadlığının, ifadə və məlumat azadlığının, toplaşmaq və birləşmək azadlığının pozulması ilə tətbiq edilibsə',
        'если задержание было применено в нарушение одной из основных гарантий, закреплённых в Европейской конвенции о защите прав человека и основных свобод и Протоколах к ней (ЕКПЧ), в частности свободы мысли, совести и религии, свободы выражения мнения и информации, свободы собраний и объединений',
      ),
      translationStatus: UNOFFICIAL,
    }),
    term('criterion_b', ['(b) Purely political reasons, no offence', '(b) Heç bir əməllə əlaqəsi olmayan sırf siyasi səbəblər', '(b) Исключительно политические причины без связи с правонарушением'], {
      notation: 'b',
      source: `${PACE}, §3.b`,
      text: loc(
        'if the detention has been imposed for purely political reasons without connection to any offence',
        'əgər həbs heç bir hüquqpozma ilə əlaqəsi olmadan sırf siyasi səbəblərə görə tətbiq edilibsə',
        'если задержание было применено исключительно по политическим причинам без связи с каким-либо правонарушением',
      ),
      translationStatus: UNOFFICIAL,
    }),
    term('criterion_c', ['(c) Disproportionate length or conditions, political motives', '(c) Siyasi motivlərlə qeyri-mütənasib müddət və ya şərait', '(c) Несоразмерные срок или условия по политическим мотивам'], {
      notation: 'c',
      source: `${PACE}, §3.c`,
      text: loc(
        'if, for political motives, the length of the detention or its conditions are clearly out of proportion to the offence the person has been found guilty of or is suspected of',
        'əgər siyasi motivlərlə həbsin müddəti və ya şəraiti şəxsin təqsirli bilindiyi və ya törətməkdə şübhəli bilindiyi hüquqpozmaya açıq-aşkar mütənasib deyilsə',
        'если по политическим мотивам продолжительность содержания под стражей или его условия явно несоразмерны правонарушению, в совершении которого лицо признано виновным или подозревается',
      ),
      translationStatus: UNOFFICIAL,
    }),
    term('criterion_d', ['(d) Discriminatory detention, political motives', '(d) Siyasi motivlərlə ayrı-seçkilik əsasında həbs', '(d) Дискриминационное содержание под стражей по политическим мотивам'], {
      notation: 'd',
      source: `${PACE}, §3.d`,
      text: loc(
        'if, for political motives, he or she is detained in a discriminatory manner as compared to other persons',
        'əgər siyasi motivlərlə o, digər şəxslərlə müqayisədə ayrı-seçkilik yolu ilə həbsdə saxlanılırsa',
        'если по политическим мотивам лицо содержится под стражей дискриминационным образом по сравнению с другими лицами',
      ),
      translationStatus: UNOFFICIAL,
    }),
    term('criterion_e', ['(e) Clearly unfair proceedings, political motives', '(e) Siyasi motivlərlə bağlı açıq-aşkar ədalətsiz icraat', '(e) Явно несправедливое разбирательство по политическим мотивам'], {
      notation: 'e',
      source: `${PACE}, §3.e`,
      text: loc(
        'if the detention is the result of proceedings which were clearly unfair and this appears to be connected with political motives of the authorities',
        'əgər həbs açıq-aşkar ədalətsiz icraatın nəticəsidirsə və bu, hakimiyyət orqanlarının siyasi motivləri ilə bağlı görünürsə',
        'если задержание является результатом разбирательства, которое было явно несправедливым, и это, по-видимому, связано с политическими мотивами властей',
      ),
      translationStatus: UNOFFICIAL,
    }),
    term('exclusion_terrorism', ['§4 Terrorism exclusion', '§4 Terrorizm istisnası', '§4 Исключение для терроризма'], {
      notation: '§4',
      source: `${PACE}, §4 (as quoted in Doc. 13011 summary)`,
      text: loc(
        'those deprived of their personal liberty for terrorist crimes shall not be considered political prisoners if they have been prosecuted and sentenced for such crimes according to national legislation and the European Convention on Human Rights',
        'terror cinayətlərinə görə şəxsi azadlığından məhrum edilmiş şəxslər bu cinayətlərə görə milli qanunvericiliyə və Avropa İnsan Hüquqları Konvensiyasına uyğun olaraq təqib edilib məhkum olunublarsa, siyasi məhbus hesab edilmirlər',
        'лица, лишённые личной свободы за террористические преступления, не считаются политическими заключёнными, если они были подвергнуты уголовному преследованию и осуждены за такие преступления в соответствии с национальным законодательством и Европейской конвенцией о защите прав человека',
      ),
      translationStatus: UNOFFICIAL,
    }),
  ],
});

const WGAD = 'UN Working Group on Arbitrary Detention, methods of work (A/HRC/36/38), para. 8';

/**
 * WGAD categories of arbitrary detention. English as published by OHCHR (category I verbatim from
 * the OHCHR page; II–V from the methods of work). Azerbaijani and Russian are our translations,
 * not the UN's Russian text.
 */
export const wgadCategory = defineVocabulary({
  id: 'wgad_category',
  version: 1,
  title: loc('WGAD category', 'Özbaşına Həbslər üzrə İşçi Qrupun kateqoriyası', 'Категория РГПЗ'),
  source: WGAD,
  terms: [
    term('category_i', ['Category I — No legal basis', 'I kateqoriya — hüquqi əsas yoxdur', 'Категория I — отсутствие правового основания'], {
      notation: 'I',
      source: `${WGAD}(a)`,
      text: loc(
        'When it is clearly impossible to invoke any legal basis justifying the deprivation of liberty (as when a person is kept in detention after the completion of their sentence or despite an amnesty law applicable to them)',
        'Azadlıqdan məhrumetməyə haqq qazandıran hər hansı hüquqi əsasa istinad etmək açıq-aşkar mümkün olmadıqda (məsələn, şəxs cəzasını çəkib qurtardıqdan sonra və ya ona şamil edilən amnistiya aktına baxmayaraq həbsdə saxlanıldıqda)',
        'Когда явно невозможно сослаться на какое-либо правовое основание, оправдывающее лишение свободы (например, когда лицо содержится под стражей после отбытия наказания или вопреки применимому к нему акту об амнистии)',
      ),
      translationStatus: UNOFFICIAL,
    }),
    term('category_ii', ['Category II — Exercise of fundamental rights', 'II kateqoriya — əsas hüquqların həyata keçirilməsi', 'Категория II — осуществление основных прав'], {
      notation: 'II',
      source: `${WGAD}(b)`,
      text: loc(
        'When the deprivation of liberty results from the exercise of the rights or freedoms guaranteed by articles 7, 13, 14, 18, 19, 20 and 21 of the Universal Declaration of Human Rights and, insofar as States parties are concerned, by articles 12, 18, 19, 21, 22, 25, 26 and 27 of the International Covenant on Civil and Political Rights',
        'Azadlıqdan məhrumetmə İnsan Hüquqları Ümumi Bəyannaməsinin 7, 13, 14, 18, 19, 20 və 21-ci maddələri, iştirakçı dövlətlərə münasibətdə isə Mülki və Siyasi Hüquqlar haqqında Beynəlxalq Paktın 12, 18, 19, 21, 22, 25, 26 və 27-ci maddələri ilə təmin edilən hüquq və ya azadlıqların həyata keçirilməsinin nəticəsi olduqda',
        'Когда лишение свободы является результатом осуществления прав или свобод, гарантированных статьями 7, 13, 14, 18, 19, 20 и 21 Всеобщей декларации прав человека, а применительно к государствам-участникам — статьями 12, 18, 19, 21, 22, 25, 26 и 27 Международного пакта о гражданских и политических правах',
      ),
      translationStatus: UNOFFICIAL,
    }),
    term('category_iii', ['Category III — Grave violation of fair-trial norms', 'III kateqoriya — ədalətli məhkəmə normalarının ağır pozulması', 'Категория III — грубое нарушение норм справедливого судебного разбирательства'], {
      notation: 'III',
      source: `${WGAD}(c)`,
      text: loc(
        'When the total or partial non-observance of the international norms relating to the right to a fair trial, established in the Universal Declaration of Human Rights and in the relevant international instruments accepted by the States concerned, is of such gravity as to give the deprivation of liberty an arbitrary character',
        'İnsan Hüquqları Ümumi Bəyannaməsində və müvafiq dövlətlərin qəbul etdiyi beynəlxalq sənədlərdə təsbit olunmuş ədalətli məhkəmə araşdırması hüququna dair beynəlxalq normalara tam və ya qismən riayət edilməməsi azadlıqdan məhrumetməyə özbaşına xarakter verəcək qədər ağır olduqda',
        'Когда полное или частичное несоблюдение международных норм, касающихся права на справедливое судебное разбирательство, закреплённых во Всеобщей декларации прав человека и в соответствующих международных документах, принятых соответствующими государствами, является настолько серьёзным, что придаёт лишению свободы произвольный характер',
      ),
      translationStatus: UNOFFICIAL,
    }),
    term('category_iv', ['Category IV — Prolonged administrative custody of asylum seekers, immigrants or refugees', 'IV kateqoriya — sığınacaq axtaranların, immiqrantların və ya qaçqınların uzunmüddətli inzibati həbsi', 'Категория IV — длительное административное задержание просителей убежища, иммигрантов или беженцев'], {
      notation: 'IV',
      source: `${WGAD}(d)`,
      text: loc(
        'When asylum seekers, immigrants or refugees are subjected to prolonged administrative custody without the possibility of administrative or judicial review or remedy',
        'Sığınacaq axtaran şəxslər, immiqrantlar və ya qaçqınlar inzibati və ya məhkəmə yoxlaması və ya hüquqi müdafiə vasitəsi imkanı olmadan uzunmüddətli inzibati həbsə məruz qaldıqda',
        'Когда просители убежища, иммигранты или беженцы подвергаются длительному административному задержанию без возможности административного или судебного пересмотра или средства правовой защиты',
      ),
      translationStatus: UNOFFICIAL,
    }),
    term('category_v', ['Category V — Discrimination', 'V kateqoriya — ayrı-seçkilik', 'Категория V — дискриминация'], {
      notation: 'V',
      source: `${WGAD}(e)`,
      text: loc(
        'When the deprivation of liberty constitutes a violation of international law on the grounds of discrimination based on birth, national, ethnic or social origin, language, religion, economic condition, political or other opinion, gender, sexual orientation, disability, or any other status, that aims towards or can result in ignoring the equality of human beings',
        'Azadlıqdan məhrumetmə doğum, milli, etnik və ya sosial mənşə, dil, din, iqtisadi vəziyyət, siyasi və ya digər baxışlar, gender, cinsi oriyentasiya, əlillik və ya hər hansı digər status əsasında insanların bərabərliyinin nəzərə alınmamasına yönələn və ya buna gətirib çıxara bilən ayrı-seçkilik səbəbindən beynəlxalq hüququn pozulmasını təşkil etdikdə',
        'Когда лишение свободы представляет собой нарушение международного права по причине дискриминации по признаку рождения, национального, этнического или социального происхождения, языка, религии, экономического положения, политических или иных убеждений, гендера, сексуальной ориентации, инвалидности или любого иного статуса, которая направлена на игнорирование равенства людей или может привести к нему',
      ),
      translationStatus: UNOFFICIAL,
    }),
  ],
});

/** How the WGAD disposed of a communication (as coded by unwgaddatabase.org). */
export const wgadOpinionOutcome = defineVocabulary({
  id: 'wgad_opinion_outcome',
  version: 1,
  title: loc('WGAD opinion outcome', 'İşçi Qrupun rəyinin nəticəsi', 'Итог мнения РГПЗ'),
  source: 'unwgaddatabase.org outcome coding',
  terms: [
    term('arbitrary', ['Arbitrary (with categories)', 'Özbaşınadır (kateqoriyalarla)', 'Произвольное (с категориями)']),
    term('arbitrary_uncategorised', ['Arbitrary, no categorisation', 'Özbaşınadır, kateqoriyasız', 'Произвольное, без категории']),
    term('not_arbitrary', ['Not arbitrary', 'Özbaşına deyil', 'Не произвольное']),
    term('no_decision', ['No decision (filed or pending)', 'Qərar yoxdur (arxivləşdirilib və ya baxılır)', 'Решения нет (прекращено или на рассмотрении)']),
  ],
});

/** Which framework an assessment applies. */
export const assessmentFramework = defineVocabulary({
  id: 'assessment_framework',
  version: 1,
  title: loc('Assessment framework', 'Qiymətləndirmə çərçivəsi', 'Основа оценки'),
  terms: [
    term('pace_1900', ['PACE Resolution 1900 (2012)', 'AŞPA-nın 1900 (2012) saylı Qətnaməsi', 'Резолюция ПАСЕ 1900 (2012)'], { source: PACE }),
    term('wgad', ['UN WGAD categories I–V', 'BMT-nin Özbaşına Həbslər üzrə İşçi Qrupunun I–V kateqoriyaları', 'Категории I–V РГПЗ ООН'], { source: WGAD }),
    term('echr_article_18', ['ECHR Article 18', 'AİHK-nın 18-ci maddəsi', 'Статья 18 ЕКПЧ']),
    term('memorial_guidelines', ['Guidelines on the definition of political prisoner (2013)', 'Siyasi məhbus anlayışına dair Təlimatlar (2013)', 'Руководство по определению понятия «политический заключённый» (2013)'], {
      source: 'Vilnius Human Rights Forum working group, 2013; Memorial',
    }),
    term('other', ['Other', 'Digər', 'Другое']),
  ],
});

/** The finding on one criterion or category. */
export const assessmentFinding = defineVocabulary({
  id: 'assessment_finding',
  version: 1,
  title: loc('Finding', 'Nəticə', 'Вывод'),
  terms: [
    term('met', ['Met', 'Ödənilib', 'Соответствует']),
    term('not_met', ['Not met', 'Ödənilməyib', 'Не соответствует']),
    term('unclear', ['Unclear', 'Aydın deyil', 'Неясно']),
  ],
});

/** The overall conclusion of an assessment (derived, overridable with a reason). */
export const assessmentConclusion = defineVocabulary({
  id: 'assessment_conclusion',
  version: 1,
  title: loc('Overall conclusion', 'Yekun nəticə', 'Общий вывод'),
  terms: [
    term('political_prisoner', ['Political prisoner', 'Siyasi məhbus', 'Политический заключённый'], {
      description: loc('At least one PACE criterion met and the §4 exclusion does not apply', 'Ən azı bir AŞPA meyarı ödənilib və §4 istisnası tətbiq edilmir', 'Выполнен хотя бы один критерий ПАСЕ, и исключение §4 не применяется'),
    }),
    term('prisoner_of_conscience', ['Prisoner of conscience', 'Vicdan məhbusu', 'Узник совести'], {
      description: loc('Detained solely for exercising fundamental rights, without using or advocating violence', 'Yalnız əsas hüquqlarını həyata keçirdiyinə görə, zorakılığa əl atmadan və ya çağırmadan həbs edilib', 'Задержан исключительно за осуществление основных прав, не применяя насилия и не призывая к нему'),
      source: 'Amnesty International / Memorial usage',
    }),
    term('not_political_prisoner', ['Not a political prisoner', 'Siyasi məhbus deyil', 'Не политический заключённый']),
    term('excluded_terrorism', ['Excluded under §4 (terrorism)', '§4 üzrə istisna edilib (terrorizm)', 'Исключён по §4 (терроризм)']),
    term('insufficient_information', ['Insufficient information', 'Məlumat kifayət deyil', 'Недостаточно информации']),
    term('under_review', ['Under review', 'Nəzərdən keçirilir', 'На рассмотрении']),
  ],
});

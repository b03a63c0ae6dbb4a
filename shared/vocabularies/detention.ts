import { defineVocabulary, loc, term } from './types';

/** Which kind of body carried out the arrest. */
export const detentionAuthority = defineVocabulary({
  id: 'detention_authority',
  version: 1,
  title: loc('Arresting authority', 'Həbs edən orqan', 'Орган, осуществивший задержание'),
  terms: [
    term('police', ['Police', 'Polis', 'Полиция']),
    term('organised_crime_police', ['Police unit against organised crime', 'Mütəşəkkil cinayətkarlığa qarşı mübarizə üzrə polis bölməsi', 'Подразделение полиции по борьбе с организованной преступностью'], {
      description: loc(
        'e.g. the Main Department for Combating Organised Crime of the Ministry of Internal Affairs of Azerbaijan',
        'məs. Azərbaycan Daxili İşlər Nazirliyinin Mütəşəkkil Cinayətkarlığa Qarşı Mübarizə Baş İdarəsi',
        'напр. Главное управление по борьбе с организованной преступностью МВД Азербайджана',
      ),
    }),
    term('state_security_service', ['State security service', 'Dövlət təhlükəsizlik xidməti', 'Служба государственной безопасности']),
    term('prosecutor', ["Prosecutor's office", 'Prokurorluq', 'Прокуратура']),
    term('anti_corruption_body', ['Anti-corruption body', 'Korrupsiyaya qarşı mübarizə orqanı', 'Антикоррупционный орган']),
    term('military', ['Military or military police', 'Hərbi qurum və ya hərbi polis', 'Военные или военная полиция']),
    term('border_service', ['Border service', 'Sərhəd xidməti', 'Пограничная служба']),
    term('migration_service', ['Migration service', 'Miqrasiya xidməti', 'Миграционная служба']),
    term('customs', ['Customs', 'Gömrük', 'Таможня']),
    term('penitentiary_service', ['Penitentiary service', 'Penitensiar xidmət', 'Пенитенциарная служба']),
    term('foreign_authority', ['Foreign authority (on an extradition request)', 'Xarici dövlət orqanı (ekstradisiya sorğusu üzrə)', 'Иностранный орган (по запросу об экстрадиции)']),
    term('unidentified', ['Unidentified persons (plain clothes)', 'Naməlum şəxslər (mülki geyimdə)', 'Неустановленные лица (в штатском)']),
    term('other', ['Other', 'Digər', 'Другое']),
    term('unknown', ['Unknown', 'Məlum deyil', 'Неизвестно']),
  ],
});

/** The kind of legal basis the authorities invoked for the deprivation of liberty. */
export const legalBasisType = defineVocabulary({
  id: 'legal_basis_type',
  version: 1,
  title: loc('Legal basis invoked', 'İstinad edilən hüquqi əsas', 'Заявленное правовое основание'),
  terms: [
    term('criminal_suspicion', ['Detention as a criminal suspect', 'Cinayətdə şübhəli şəxs qismində tutulma', 'Задержание по подозрению в преступлении']),
    term('court_ordered_remand', ['Court-ordered detention on remand', 'Məhkəmənin qərarı ilə qətimkan tədbiri kimi həbs', 'Заключение под стражу по решению суда']),
    term('administrative_offence', ['Administrative offence (administrative detention)', 'İnzibati xəta (inzibati həbs)', 'Административное правонарушение (административный арест)']),
    term('criminal_conviction', ['Execution of a criminal sentence', 'Cinayət cəzasının icrası', 'Исполнение уголовного наказания']),
    term('extradition', ['Extradition request', 'Ekstradisiya sorğusu', 'Запрос об экстрадиции']),
    term('immigration', ['Immigration or deportation', 'İmmiqrasiya və ya deportasiya', 'Иммиграционное основание или депортация']),
    term('psychiatric_committal', ['Psychiatric committal', 'Məcburi psixiatrik yerləşdirmə', 'Принудительная психиатрическая госпитализация']),
    term('military_discipline', ['Military disciplinary measure', 'Hərbi intizam tədbiri', 'Воинская дисциплинарная мера']),
    term('emergency_law', ['Emergency or special law', 'Fövqəladə və ya xüsusi qanun', 'Чрезвычайное или специальное законодательство'], { source: 'HURIDOCS MT29 "Held under emergency, state of siege or special law suspending individual rights"' }),
    term('none_stated', ['No legal basis stated', 'Hüquqi əsas göstərilməyib', 'Правовое основание не указано']),
    term('other', ['Other', 'Digər', 'Другое']),
    term('unknown', ['Unknown', 'Məlum deyil', 'Неизвестно']),
  ],
});

/** The nature of the detention as characterised by the monitor (HURIDOCS MT29). */
export const detentionType = defineVocabulary({
  id: 'detention_type',
  version: 1,
  title: loc('Type of detention', 'Həbsin növü', 'Вид содержания под стражей'),
  source: 'HURIDOCS MT29 (Types of detention)',
  terms: [
    term('administrative', ['Held under administrative detention', 'İnzibati həbsdə saxlanılır', 'Содержится в административном порядке'], { source: 'HURIDOCS MT29 "Held under administrative detention"' }),
    term('emergency_law', ['Held under emergency, state of siege or special law suspending individual rights', 'Fərdi hüquqları dayandıran fövqəladə, mühasirə vəziyyəti və ya xüsusi qanun əsasında saxlanılır', 'Содержится на основании чрезвычайного, осадного положения или специального закона, приостанавливающего права личности'], { source: 'HURIDOCS MT29 "Held under emergency, state of siege or special law suspending individual rights"' }),
    term('free_speech_or_nonviolent_political', ['Held and charged for free speech or non-violent political crimes', 'Söz azadlığına və ya zorakılıqsız siyasi əməllərə görə saxlanılır və ittiham olunur', 'Содержится и обвиняется за свободу слова или ненасильственные политические деяния'], { source: 'HURIDOCS MT29 "Held and charged for free speech or non-violent political crimes"' }),
    term('disproportionate_ordinary_charge', ['Held and charged under ordinary law for non-grave crimes where sentence is disproportionate', 'Ağır olmayan cinayətlərə görə adi qanun əsasında saxlanılır və ittiham olunur, cəza qeyri-mütənasibdir', 'Содержится и обвиняется по общему закону в нетяжких преступлениях при несоразмерном наказании'], { source: 'HURIDOCS MT29 "Held and charged under ordinary law for non-grave crimes where sentence is disproportionate"' }),
    term('crime_against_persons_or_property', ['Held and charged with a specific crime against persons or property', 'Şəxsiyyət və ya mülkiyyət əleyhinə konkret cinayətdə ittiham olunaraq saxlanılır', 'Содержится и обвиняется в конкретном преступлении против личности или собственности'], { source: 'HURIDOCS MT29 "Held and charged with a specific crime against persons or property"' }),
    term('nonviolent_crime_against_state', ['Held and charged with non-violent crimes against the state', 'Dövlət əleyhinə zorakılıqsız cinayətlərdə ittiham olunaraq saxlanılır', 'Содержится и обвиняется в ненасильственных преступлениях против государства'], { source: 'HURIDOCS MT29 "Held and charged with non-violent crimes against the state"' }),
    term('violent_crime_against_state', ['Held and charged with violent crimes against the state', 'Dövlət əleyhinə zorakı cinayətlərdə ittiham olunaraq saxlanılır', 'Содержится и обвиняется в насильственных преступлениях против государства'], { source: 'HURIDOCS MT29 "Held and charged with violent crimes against the state"' }),
    term('other', ['Other', 'Digər', 'Другое'], { source: 'HURIDOCS MT29 "Other"' }),
    term('unknown', ['Unknown', 'Məlum deyil', 'Неизвестно'], { source: 'HURIDOCS MT29 "Unknown"' }),
  ],
});

/** Whether the detention is acknowledged and who may contact the detainee (HURIDOCS MT30). */
export const whereabouts = defineVocabulary({
  id: 'whereabouts',
  version: 1,
  title: loc('Whereabouts and outside contact', 'Olduğu yer və xarici əlaqə', 'Местонахождение и связь с внешним миром'),
  source: 'HURIDOCS MT30 (Whereabouts / outside contact)',
  terms: [
    term('capture_acknowledged', ['Capture is acknowledged', 'Tutulma etiraf edilir', 'Задержание признаётся'], { source: 'HURIDOCS MT30 "Capture is acknowledged"' }),
    term('location_disclosed', ['Location is disclosed', 'Saxlanılma yeri açıqlanıb', 'Место содержания раскрыто'], { parent: 'capture_acknowledged', source: 'HURIDOCS MT30 "Location is disclosed"' }),
    term('family_contact_permitted', ['Contact with family is permitted', 'Ailə ilə əlaqəyə icazə verilir', 'Связь с семьёй разрешена'], { parent: 'location_disclosed', source: 'HURIDOCS MT30 "Contact with family is permitted"' }),
    term('counsel_contact_permitted', ['Contact with legal counsel is permitted', 'Vəkillə əlaqəyə icazə verilir', 'Связь с адвокатом разрешена'], { parent: 'location_disclosed', source: 'HURIDOCS MT30 "Contact with legal counsel is permitted"' }),
    term('family_contact_denied', ['Contact with family is not permitted', 'Ailə ilə əlaqəyə icazə verilmir', 'Связь с семьёй не разрешена'], { parent: 'location_disclosed', source: 'HURIDOCS MT30 "Contact with family is not permitted"' }),
    term('counsel_contact_denied', ['Contact with legal counsel is not permitted', 'Vəkillə əlaqəyə icazə verilmir', 'Связь с адвокатом не разрешена'], { parent: 'location_disclosed', source: 'HURIDOCS MT30 "Contact with legal counsel is not permitted"' }),
    term('human_rights_contact_denied', ['Contact with human rights organisation is not permitted', 'Hüquq müdafiə təşkilatı ilə əlaqəyə icazə verilmir', 'Связь с правозащитной организацией не разрешена'], { parent: 'location_disclosed', source: 'HURIDOCS MT30 "Contact with human rights organisation is not permitted"' }),
    term('location_not_disclosed', ['Location is not disclosed', 'Saxlanılma yeri açıqlanmayıb', 'Место содержания не раскрыто'], { parent: 'capture_acknowledged', source: 'HURIDOCS MT30 "Location is not disclosed"' }),
    term('capture_denied', ['Capture is denied', 'Tutulma inkar edilir', 'Задержание отрицается'], { source: 'HURIDOCS MT30 "Capture is denied"' }),
    term('other', ['Other', 'Digər', 'Другое'], { source: 'HURIDOCS MT30 "Other"' }),
    term('unknown', ['Unknown', 'Məlum deyil', 'Неизвестно'], { source: 'HURIDOCS MT30 "Unknown"' }),
  ],
});

/** Measures of restraint before a verdict (Azerbaijani CPC terminology, generic enough for others). */
export const preTrialMeasure = defineVocabulary({
  id: 'pre_trial_measure',
  version: 1,
  title: loc('Pre-trial measure', 'Qətimkan tədbiri', 'Мера пресечения'),
  terms: [
    term('detention_on_remand', ['Detention on remand', 'Həbs qətimkan tədbiri', 'Заключение под стражу']),
    term('house_arrest', ['House arrest', 'Ev dustaqlığı', 'Домашний арест']),
    term('bail', ['Bail', 'Girov', 'Залог']),
    term('travel_ban', ['Undertaking not to leave (travel ban)', 'Getməmək barədə iltizam (səfər qadağası)', 'Подписка о невыезде (запрет на выезд)']),
    term('police_supervision', ['Police supervision', 'Polis nəzarəti', 'Надзор полиции']),
    term('personal_surety', ['Personal surety', 'Şəxsi zaminlik', 'Личное поручительство']),
    term('military_command_supervision', ['Supervision by military command', 'Hərbi komandanlığın nəzarəti', 'Наблюдение командования воинской части']),
    term('parental_supervision', ['Supervision of a minor by parents or guardians', 'Yetkinlik yaşına çatmayanın valideynlərin və ya qəyyumların nəzarətinə verilməsi', 'Присмотр родителей или опекунов за несовершеннолетним']),
    term('other', ['Other', 'Digər', 'Другое']),
  ],
});

/** What a court order did to a pre-trial measure. */
export const measureOrderAction = defineVocabulary({
  id: 'measure_order_action',
  version: 1,
  title: loc('Measure order', 'Qətimkan tədbiri üzrə qərar', 'Решение о мере пресечения'),
  terms: [
    term('imposed', ['Imposed', 'Seçilib', 'Избрана']),
    term('extended', ['Extended', 'Müddəti uzadılıb', 'Продлена']),
    term('replaced', ['Replaced by another measure', 'Başqa tədbirlə əvəz edilib', 'Заменена другой мерой']),
    term('lifted', ['Lifted', 'Ləğv edilib', 'Отменена']),
    term('upheld_on_appeal', ['Upheld on appeal', 'Apellyasiya qaydasında qüvvədə saxlanılıb', 'Оставлена в силе в апелляции']),
    term('quashed_on_appeal', ['Quashed on appeal', 'Apellyasiya qaydasında ləğv edilib', 'Отменена в апелляции']),
  ],
});

/** How a deprivation of liberty ended. */
export const releaseType = defineVocabulary({
  id: 'release_type',
  version: 1,
  title: loc('Release type', 'Azadlığa buraxılmanın növü', 'Вид освобождения'),
  source: 'domain model §b (DetentionEpisode); Viasna release digests; HURIDOCS MT25 liberty branch',
  terms: [
    term('served_sentence', ['Served sentence in full', 'Cəzanı tam çəkib', 'Полностью отбыл наказание'], { source: 'HURIDOCS MT25 "Arrested and released - underwent trial and served sentence"' }),
    term('pardon', ['Pardon', 'Əfv', 'Помилование']),
    term('amnesty', ['Amnesty', 'Amnistiya', 'Амнистия']),
    term('acquittal', ['Acquittal', 'Bəraət', 'Оправдание'], { source: 'HURIDOCS MT25 "Arrested and released - underwent trial and acquitted"' }),
    term('conditional_early_release', ['Conditional early release (parole)', 'Cəzadan şərti olaraq vaxtından əvvəl azad edilmə', 'Условно-досрочное освобождение']),
    term('sentence_converted', ['Sentence converted to a non-custodial penalty', 'Cəza azadlıqdan məhrumetmə ilə əlaqədar olmayan cəza ilə əvəz edilib', 'Наказание заменено на не связанное с лишением свободы']),
    term('sentence_suspended', ['Sentence made suspended (probation)', 'Cəza şərti hesab edilib', 'Наказание признано условным']),
    term('transfer_to_house_arrest', ['Transferred to house arrest', 'Ev dustaqlığına keçirilib', 'Переведён под домашний арест']),
    term('released_pending_trial', ['Released pending trial', 'Məhkəməyədək azad edilib', 'Освобождён до суда']),
    term('proceedings_discontinued', ['Proceedings discontinued', 'İcraata xitam verilib', 'Производство прекращено'], { source: 'HURIDOCS MT25 "Arrested and released - underwent investigation/trial and procedures stopped"' }),
    term('health_grounds', ['Released on health grounds', 'Səhhətinə görə azad edilib', 'Освобождён по состоянию здоровья']),
    term('exchange_or_exile', ['Prisoner exchange or forced exile', 'Məhbus mübadiləsi və ya məcburi sürgün', 'Обмен заключёнными или принудительная высылка']),
    term('escaped', ['Escaped', 'Qaçıb', 'Совершил побег'], { source: 'HURIDOCS MT25 "Arrested and escaped"' }),
    term('died_in_custody', ['Died in custody', 'Həbsdə vəfat edib', 'Умер под стражей'], { source: 'HURIDOCS MT4 "Death in detention or police custody"' }),
    term('other', ['Other', 'Digər', 'Другое']),
  ],
});

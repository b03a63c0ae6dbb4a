import { defineVocabulary, loc, term } from './types';

const mt4 = (en: string) => ({ source: `HURIDOCS MT4 "${en}"` });

/**
 * Kinds of ill-treatment or rights violation in custody. Built for detention monitoring; where a
 * HURIDOCS "Types of acts" (MT4) term fits, it is named in `source`.
 */
export const treatmentAct = defineVocabulary({
  id: 'treatment_act',
  version: 1,
  title: loc('Type of act', 'Əməlin növü', 'Вид действия'),
  source: 'HURIDOCS MT4 (Types of acts), detention-relevant branches, extended',
  terms: [
    term('torture', ['Torture', 'İşgəncə', 'Пытки'], mt4('Torture')),
    term('ill_treatment', ['Ill-treatment (beating, inhuman or degrading treatment)', 'Pis rəftar (döyülmə, qeyri-insani və ya ləyaqəti alçaldan rəftar)', 'Жестокое обращение (избиение, бесчеловечное или унижающее достоинство обращение)']),
    term('psychological_harassment', ['Psychological pressure or harassment', 'Psixoloji təzyiq və ya təqib', 'Психологическое давление или преследование'], mt4('Psychological assault, harassment')),
    term('sexual_violence', ['Sexual violence or harassment', 'Cinsi zorakılıq və ya təcavüz', 'Сексуальное насилие или домогательства'], mt4('Sexual harassment')),
    term('threats', ['Threats (including against relatives)', 'Hədə-qorxu (o cümlədən qohumlara qarşı)', 'Угрозы (в том числе в адрес родственников)']),
    term('forced_confession', ['Forced confession or testimony', 'Məcburi etiraf və ya ifadə', 'Принуждение к признанию или даче показаний']),
    term('denial_of_medical_care', ['Denial of medical care', 'Tibbi yardımdan imtina', 'Отказ в медицинской помощи'], mt4('Denial of appropriate conditions of detained or imprisoned persons')),
    term('denial_of_counsel', ['Denial of access to counsel', 'Vəkildən istifadə imkanının verilməməsi', 'Отказ в доступе к защитнику'], mt4('Denial of legal rights of detained or imprisoned persons')),
    term('incommunicado', ['Incommunicado detention', 'Xarici aləmlə əlaqəsiz saxlanma', 'Содержание без связи с внешним миром']),
    term('enforced_disappearance', ['Enforced disappearance', 'Məcburi yoxa çıxarılma', 'Насильственное исчезновение'], mt4('Disappearance')),
    term('solitary_confinement', ['Solitary confinement or punishment cell', 'Təkadamlıq kamera və ya cərimə təcridxanası', 'Одиночное заключение или штрафной изолятор']),
    term('denial_of_family_contact', ['Denial of family visits or calls', 'Ailə görüşlərindən və ya zənglərdən məhrum etmə', 'Лишение свиданий или звонков с семьёй']),
    term('denial_of_correspondence', ['Denial of correspondence', 'Yazışmadan məhrum etmə', 'Лишение переписки']),
    term('inhuman_conditions', ['Inhuman conditions of detention', 'Qeyri-insani saxlanılma şəraiti', 'Бесчеловечные условия содержания'], mt4('Denial of appropriate conditions of detained or imprisoned persons')),
    term('punitive_transfer', ['Punitive or distant transfer', 'Cəza məqsədli və ya uzaq yerə köçürülmə', 'Карательный перевод или этапирование далеко от дома']),
    term('disciplinary_punishment', ['Arbitrary disciplinary punishment', 'Özbaşına intizam cəzası', 'Произвольное дисциплинарное взыскание']),
    term('religious_restrictions', ['Restrictions on religious practice', 'Dini ayinlərin icrasına məhdudiyyətlər', 'Ограничения на отправление религиозных обрядов']),
    term('pressure_to_seek_pardon', ['Pressure to request a pardon or recant', 'Əfv istəməyə və ya fikrindən dönməyə məcbur etmə', 'Давление с целью добиться прошения о помиловании или отказа от взглядов']),
    term('violence_by_inmates', ['Violence by other inmates tolerated or instigated by staff', 'Əməkdaşların göz yumduğu və ya təhrik etdiyi digər məhbusların zorakılığı', 'Насилие со стороны других заключённых с ведома или по указанию персонала']),
    term('death_in_custody', ['Death in custody', 'Həbsdə ölüm', 'Смерть под стражей'], mt4('Death in detention or police custody')),
    term('other', ['Other', 'Digər', 'Другое'], mt4('Other')),
  ],
});

const mt18 = (en: string) => ({ source: `HURIDOCS MT18 "${en}"` });

/** How a perpetrator was involved in an act (HURIDOCS MT18, all terms, hierarchy kept). */
export const perpetratorInvolvement = defineVocabulary({
  id: 'perpetrator_involvement',
  version: 1,
  title: loc('Degree of involvement', 'İştirak dərəcəsi', 'Степень участия'),
  source: 'HURIDOCS MT18 (Degrees of involvement), as shipped in OpenEvSys',
  terms: [
    term('violent_or_coercive_acts', ['Involvement in violent or coercive acts', 'Zorakı və ya məcburi əməllərdə iştirak', 'Участие в насильственных или принудительных действиях'], mt18('Involvement in violent or coercive acts')),
    term('directly_carried_out', ['Directly carried out the act', 'Əməli bilavasitə törədib', 'Непосредственно совершил действие'], { parent: 'violent_or_coercive_acts', ...mt18('Directly carried out the act') }),
    term('gave_orders', ['Gave orders that led to the act', 'Əmələ səbəb olan əmrlər verib', 'Отдал приказы, приведшие к действию'], { parent: 'violent_or_coercive_acts', ...mt18('Gave orders that led to the act') }),
    term('passive_accomplice', ['Passive accomplice in the act', 'Əməldə passiv iştirakçı', 'Пассивный соучастник действия'], { parent: 'violent_or_coercive_acts', ...mt18('Passive accomplice in the act') }),
    term('confirmed_present', ['Confirmed to be present in the execution of the act', 'Əməlin icrası zamanı orada olduğu təsdiqlənib', 'Подтверждено присутствие при совершении действия'], { parent: 'violent_or_coercive_acts', ...mt18('Confirmed to be present in the execution of the act') }),
    term('planned', ['Planned the act', 'Əməli planlaşdırıb', 'Планировал действие'], { parent: 'violent_or_coercive_acts', ...mt18('Planned the act') }),
    term('suspected', ['Suspected of involvement in the act', 'Əməldə iştirakda şübhəli bilinir', 'Подозревается в причастности к действию'], { parent: 'violent_or_coercive_acts', ...mt18('Suspected of involvement in the act') }),
    term('other_direct_violations', ['Involvement in other direct acts of violations', 'Digər birbaşa pozuntu əməllərində iştirak', 'Участие в других прямых нарушениях'], mt18('Involvement in other direct acts of violations')),
    term('exploitation', ['As perpetrator of exploitation', 'İstismarın törədicisi kimi', 'Как виновник эксплуатации'], { parent: 'other_direct_violations', ...mt18('As perpetrator of exploitation') }),
    term('discrimination', ['As perpetrator of discrimination', 'Ayrı-seçkiliyin törədicisi kimi', 'Как виновник дискриминации'], { parent: 'other_direct_violations', ...mt18('As perpetrator of discrimination') }),
    term('other_direct_forms', ['As perpetrator of other direct forms of violations', 'Digər birbaşa pozuntu formalarının törədicisi kimi', 'Как виновник других прямых форм нарушений'], { parent: 'other_direct_violations', ...mt18('As perpetrator of other direct forms of violations') }),
    term('legislation_or_policy', ['Involvement in terms of legislation or policy-making', 'Qanunvericilik və ya siyasətin hazırlanması baxımından iştirak', 'Участие в законотворчестве или выработке политики'], mt18('Involvement in terms of legislation or policy-making')),
    term('authored_law', ['Authored the violative law or policy', 'Pozuntuya səbəb olan qanunun və ya siyasətin müəllifidir', 'Автор нарушающего права закона или политики'], { parent: 'legislation_or_policy', ...mt18('Authored the violative law or policy') }),
    term('supported_law', ['Supported the passage of the violative law or policy', 'Pozuntuya səbəb olan qanunun və ya siyasətin qəbulunu dəstəkləyib', 'Поддержал принятие нарушающего права закона или политики'], { parent: 'legislation_or_policy', ...mt18('Supported the passage of the violative law or policy') }),
    term('legislative_inaction', ['Inaction in terms of law- or policy-making', 'Qanunvericilik və ya siyasətin hazırlanmasında fəaliyyətsizlik', 'Бездействие в законотворчестве или выработке политики'], { parent: 'legislation_or_policy', ...mt18('Inaction in terms of law- or policy-making') }),
    term('implementor', ['Involvement as implementor of a violative law or policy', 'Pozuntuya səbəb olan qanunun və ya siyasətin icraçısı kimi iştirak', 'Участие в качестве исполнителя нарушающего права закона или политики'], mt18('Involvement as implementor of a violative law or policy')),
    term('failure_to_protect', ['Involvement by state agents through failure to offer protection', 'Dövlət əməkdaşlarının müdafiə təmin etməməsi yolu ilə iştirak', 'Участие государственных агентов через непредоставление защиты'], mt18('Involvement by state agents through failure to offer protection')),
    term('failure_to_exercise_authority', ['Failure to exercise authority over subordinates', 'Tabeliyində olanlar üzərində səlahiyyətdən istifadə etməmə', 'Неосуществление власти над подчинёнными'], { parent: 'failure_to_protect', ...mt18('Failure to exercise authority over subordinates') }),
    term('failure_to_act_on_knowledge', ['Failure to act upon knowledge that subordinates planned or carried out an unlawful act', 'Tabeliyində olanların qanunsuz əməl planlaşdırdığını və ya törətdiyini bildiyi halda tədbir görməmə', 'Бездействие при осведомлённости о том, что подчинённые планировали или совершили незаконное действие'], { parent: 'failure_to_protect', ...mt18('Failure to act upon knowledge that subordinates planned or carried out an unlawful act') }),
    term('failure_to_prevent', ['Failure to take the necessary steps to prevent an unlawful act', 'Qanunsuz əməlin qarşısını almaq üçün zəruri tədbirlər görməmə', 'Непринятие необходимых мер для предотвращения незаконного действия'], { parent: 'failure_to_protect', ...mt18('Failure to take the necessary steps to prevent an unlawful act') }),
    term('political_responsibility', ['Involvement in terms of general political responsibility', 'Ümumi siyasi məsuliyyət baxımından iştirak', 'Участие в силу общей политической ответственности'], mt18('Involvement in terms of general political responsibility')),
    term('other', ['Other', 'Digər', 'Другое'], mt18('Other')),
    term('unknown', ['Unknown', 'Məlum deyil', 'Неизвестно'], mt18('Unknown')),
  ],
});

const mt24 = (en: string) => ({ source: `HURIDOCS MT24 "${en}"` });

/** Who the perpetrators were (HURIDOCS MT24, branches relevant to custody). */
export const perpetratorType = defineVocabulary({
  id: 'perpetrator_type',
  version: 1,
  title: loc('Type of perpetrator', 'Törədicinin növü', 'Тип виновника'),
  source: 'HURIDOCS MT24 (Types of perpetrators), filtered',
  terms: [
    term('national_officials', ['National-level officials', 'Mərkəzi hakimiyyət vəzifəliləri', 'Должностные лица общегосударственного уровня'], mt24('National-level officials')),
    term('local_officials', ['Local government officials', 'Yerli hakimiyyət vəzifəliləri', 'Должностные лица местных органов власти'], mt24('Local government officials')),
    term('police', ['Police', 'Polis', 'Полиция'], mt24('Police')),
    term('prison_officials', ['Prison officials', 'Penitensiar müəssisə əməkdaşları', 'Сотрудники мест лишения свободы'], mt24('Prison officials')),
    term('security_service', ['Intelligence agency; secret service', 'Kəşfiyyat orqanı; xüsusi xidmət', 'Разведка; спецслужба'], mt24('Intelligence agency; secret service')),
    term('prosecutors_investigators', ['Prosecutors or investigators', 'Prokurorlar və ya müstəntiqlər', 'Прокуроры или следователи']),
    term('judiciary', ['Judiciary', 'Məhkəmə hakimiyyəti', 'Судебная власть'], mt24('Judiciary')),
    term('armed_forces', ['Armed forces', 'Silahlı qüvvələr', 'Вооружённые силы'], mt24('Armed forces')),
    term('medical_staff', ['Medical staff in custody', 'Saxlama yerinin tibb işçiləri', 'Медицинский персонал мест содержания'], mt24('Professionals performing activities in abuse of their profession')),
    term('pro_government_groups', ['Pro-government groups', 'Hökumətyönlü qruplar', 'Проправительственные группы'], mt24('Pro-government forces')),
    term('fellow_inmates', ['Fellow inmates', 'Digər məhbuslar', 'Другие заключённые']),
    term('civilian_mob', ['Civilian crowd or mob', 'Mülki izdiham', 'Толпа'], mt24('Civilian crowd or mob')),
    term('other', ['Others', 'Digərləri', 'Другие'], mt24('Others')),
    term('unknown', ['Unknown', 'Məlum deyil', 'Неизвестно'], mt24('Unknown')),
  ],
});

/** What the act did to the person. */
export const treatmentConsequence = defineVocabulary({
  id: 'treatment_consequence',
  version: 1,
  title: loc('Consequence', 'Nəticə', 'Последствие'),
  source: 'HURIDOCS MT25 life/integrity branch, extended',
  terms: [
    term('physical_injury', ['Physical injury', 'Bədən xəsarəti', 'Телесные повреждения'], { source: 'HURIDOCS MT25 "Wounded; injured"' }),
    term('permanent_injury', ['Permanent injury or disability', 'Daimi xəsarət və ya əlillik', 'Необратимые повреждения или инвалидность'], { source: 'HURIDOCS MT25 "Wounded/injured and healed, with permanent effects"' }),
    term('health_deterioration', ['Serious deterioration of health', 'Səhhətin ciddi pisləşməsi', 'Серьёзное ухудшение здоровья']),
    term('psychological_harm', ['Psychological harm', 'Psixoloji zərər', 'Психологическая травма']),
    term('hospitalisation', ['Hospitalisation', 'Xəstəxanaya yerləşdirilmə', 'Госпитализация']),
    term('self_harm_or_hunger_strike', ['Hunger strike or self-harm in protest', 'Etiraz olaraq aclıq aksiyası və ya özünə xəsarət yetirmə', 'Голодовка или самоповреждение в знак протеста']),
    term('confession_obtained', ['Confession or testimony obtained', 'Etiraf və ya ifadə alınıb', 'Получены признание или показания']),
    term('death', ['Death', 'Ölüm', 'Смерть'], { source: 'HURIDOCS MT25 "Dead"' }),
    term('none_known', ['No known consequence', 'Məlum nəticə yoxdur', 'Последствия неизвестны']),
    term('other', ['Other', 'Digər', 'Другое']),
  ],
});

/** What happened to a complaint about ill-treatment. */
export const complaintOutcome = defineVocabulary({
  id: 'complaint_outcome',
  version: 1,
  title: loc('Complaint outcome', 'Şikayətin nəticəsi', 'Результат жалобы'),
  terms: [
    term('not_filed', ['No complaint filed', 'Şikayət verilməyib', 'Жалоба не подавалась']),
    term('pending', ['Pending', 'Baxılır', 'Рассматривается']),
    term('no_response', ['No response', 'Cavab verilməyib', 'Ответа нет']),
    term('refused_to_investigate', ['Refusal to open a criminal investigation', 'Cinayət işinin başlanmasından imtina edilib', 'Отказ в возбуждении уголовного дела']),
    term('investigation_opened', ['Investigation opened', 'Araşdırma başlanıb', 'Начато расследование']),
    term('investigation_closed', ['Investigation closed without charges', 'Araşdırma ittiham irəli sürülmədən dayandırılıb', 'Расследование прекращено без предъявления обвинений']),
    term('perpetrators_disciplined', ['Perpetrators disciplined', 'Təqsirkarlar intizam məsuliyyətinə cəlb edilib', 'Виновные привлечены к дисциплинарной ответственности']),
    term('perpetrators_charged', ['Perpetrators charged', 'Təqsirkarlara ittiham elan edilib', 'Виновным предъявлены обвинения']),
    term('perpetrators_convicted', ['Perpetrators convicted', 'Təqsirkarlar məhkum edilib', 'Виновные осуждены']),
    term('complaint_rejected', ['Complaint rejected', 'Şikayət rədd edilib', 'Жалоба отклонена']),
    term('retaliation', ['Retaliation against the complainant', 'Şikayətçiyə qarşı təqib', 'Преследование заявителя']),
    term('compensation', ['Compensation awarded', 'Kompensasiya təyin edilib', 'Присуждена компенсация']),
    term('other', ['Other', 'Digər', 'Другое']),
  ],
});

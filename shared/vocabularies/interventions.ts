import { defineVocabulary, loc, term } from './types';

const mt20 = (en: string) => ({ source: `HURIDOCS MT20 "${en}"` });

/** Legal remedies and advocacy actions taken for the person (HURIDOCS MT20 plus legal remedies). */
export const interventionType = defineVocabulary({
  id: 'intervention_type',
  version: 1,
  title: loc('Intervention or remedy', 'Müdaxilə və ya hüquqi müdafiə vasitəsi', 'Вмешательство или средство защиты'),
  source: 'domain model §b (Intervention / Remedy); HURIDOCS MT20 (Types of intervention)',
  terms: [
    term('domestic_appeal', ['Domestic appeal or cassation', 'Daxili apellyasiya və ya kassasiya şikayəti', 'Внутренняя апелляционная или кассационная жалоба'], mt20('Petition to overturn a decision')),
    term('domestic_complaint', ['Domestic complaint (prosecutor, ombudsperson, court)', 'Daxili şikayət (prokurorluq, ombudsman, məhkəmə)', 'Внутренняя жалоба (прокуратура, омбудсмен, суд)'], mt20('Demand for investigation')),
    term('constitutional_complaint', ['Constitutional complaint', 'Konstitusiya şikayəti', 'Конституционная жалоба']),
    term('pardon_request', ['Pardon request', 'Əfv ərizəsi', 'Прошение о помиловании']),
    term('ecthr_application', ['ECtHR application', 'AİHM-ə şikayət', 'Жалоба в ЕСПЧ']),
    term('ecthr_rule_39', ['Rule 39 interim measure request', 'Məhkəmə Reqlamentinin 39-cu qaydası üzrə müvəqqəti tədbir sorğusu', 'Запрос об обеспечительной мере по правилу 39']),
    term('wgad_petition', ['WGAD petition', 'BMT-nin Özbaşına Həbslər üzrə İşçi Qrupuna müraciət', 'Обращение в РГПЗ']),
    term('un_special_rapporteur', ['UN Special Rapporteur communication', 'BMT Xüsusi Məruzəçisinə müraciət', 'Обращение к специальному докладчику ООН']),
    term('un_treaty_body', ['UN treaty-body individual communication', 'BMT müqavilə orqanına fərdi şikayət', 'Индивидуальное сообщение в договорный орган ООН']),
    term('pace_question', ['PACE written question or rapporteur referral', 'AŞPA-da yazılı sual və ya məruzəçiyə müraciət', 'Письменный вопрос в ПАСЕ или обращение к докладчику']),
    term('coe_commissioner', ['Council of Europe Commissioner for Human Rights', 'Avropa Şurasının İnsan Hüquqları üzrə Komissarına müraciət', 'Обращение к Комиссару Совета Европы по правам человека']),
    term('cm_execution_submission', ['Submission to the Committee of Ministers (execution of judgments)', 'Nazirlər Komitəsinə müraciət (qərarların icrası)', 'Сообщение в Комитет министров (исполнение постановлений)']),
    term('osce', ['OSCE appeal', 'ATƏT-ə müraciət', 'Обращение в ОБСЕ']),
    term('eu_institutions', ['EU institutions appeal', 'AB qurumlarına müraciət', 'Обращение в институты ЕС']),
    term('embassy_consular', ['Embassy or consular démarche', 'Səfirlik və ya konsulluq müraciəti', 'Обращение в посольство или консульство']),
    term('trial_monitoring', ['Trial monitoring', 'Məhkəmə prosesinin monitorinqi', 'Мониторинг судебного процесса']),
    term('media_campaign', ['Media or public campaign', 'Media və ya ictimai kampaniya', 'Медийная или общественная кампания'], mt20('Publicity about the victim')),
    term('legal_aid', ['Legal aid', 'Hüquqi yardım', 'Юридическая помощь'], mt20('Legal aid')),
    term('medical_aid', ['Medical aid', 'Tibbi yardım', 'Медицинская помощь'], mt20('Medical aid')),
    term('financial_assistance', ['Financial assistance', 'Maddi yardım', 'Финансовая помощь'], mt20('Financial assistance')),
    term('confidential_contacts', ['Use of confidential contacts to obtain relief', 'Vəziyyəti yüngülləşdirmək üçün məxfi əlaqələrdən istifadə', 'Использование конфиденциальных контактов для облегчения положения'], mt20('Use of confidential contacts to obtain relief')),
    term('other', ['Other', 'Digər', 'Другое'], mt20('Other')),
  ],
});

/** Where an intervention or remedy stands (procedural status). */
export const interventionStatus = defineVocabulary({
  id: 'intervention_status',
  version: 1,
  title: loc('Status', 'Vəziyyət', 'Статус'),
  source: 'procedural stages of ECtHR/UN proceedings; HURIDOCS MT45 (Intervention status) for advocacy actions',
  terms: [
    term('planned', ['Planned', 'Planlaşdırılıb', 'Запланировано'], { source: 'HURIDOCS MT45 "Action pending"' }),
    term('filed', ['Filed', 'Təqdim edilib', 'Подано']),
    term('registered', ['Registered', 'Qeydiyyata alınıb', 'Зарегистрировано']),
    term('communicated', ['Communicated to the government', 'Hökumətə kommunikasiya edilib', 'Коммуницировано правительству']),
    term('pending', ['Pending', 'Baxılır', 'На рассмотрении'], { source: 'HURIDOCS MT45 "Some action taken and continuing"' }),
    term('decided_favourably', ['Decided in favour', 'Lehinə qərar çıxarılıb', 'Решено в пользу заявителя']),
    term('decided_unfavourably', ['Decided against', 'Əleyhinə qərar çıxarılıb', 'Решено не в пользу заявителя']),
    term('inadmissible', ['Declared inadmissible', 'Qəbuledilməz elan edilib', 'Признано неприемлемым']),
    term('struck_out', ['Struck out or settled', 'Baxılmaqdan çıxarılıb və ya barışıqla bitib', 'Исключено из списка или урегулировано']),
    term('withdrawn', ['Withdrawn', 'Geri götürülüb', 'Отозвано']),
    term('no_response', ['No response', 'Cavab verilməyib', 'Ответа нет'], { source: 'HURIDOCS MT27 "No response"' }),
    term('closed', ['Closed', 'Bağlanıb', 'Закрыто'], { source: 'HURIDOCS MT45 "Intervention closed"' }),
  ],
});

import { defineVocabulary, loc, term } from './types';

/**
 * Bodies and lists that recognise a person as a political prisoner, prisoner of conscience or
 * arbitrarily detained. Organisation names are proper nouns; where an organisation has an
 * established name in Azerbaijani or Russian it is used, otherwise the original is kept.
 */
export const recognisingBody = defineVocabulary({
  id: 'recognising_body',
  version: 1,
  title: loc('Recognising body or list', 'Tanıyan qurum və ya siyahı', 'Признающая организация или список'),
  source: 'domain model §b (Recognition); OVD-Info aggregation practice',
  terms: [
    term('union_for_freedom_az', ['Union "For Freedom of Political Prisoners of Azerbaijan"', '"Azərbaycanın siyasi məhbuslarına azadlıq" İttifaqı', 'Союз «За свободу политзаключённых Азербайджана»'], {
      source: 'Azerbaijani civil-society union publishing periodic lists (2021–23, via IRFS)',
    }),
    term('az_hrd_working_group_list', ['Azerbaijani human-rights defenders\u2019 working-group list', 'Azərbaycan hüquq müdafiəçilərinin işçi qrupunun siyahısı', 'Список рабочей группы азербайджанских правозащитников'], {
      source: 'Joint lists of Azerbaijani HRDs, e.g. the 2014 list and the 2019 Unified List',
    }),
    term('pace_rapporteur', ['PACE rapporteur', 'AŞPA məruzəçisi', 'Докладчик ПАСЕ'], { source: 'Parliamentary Assembly of the Council of Europe' }),
    term('council_of_europe', ['Council of Europe (Secretary General, Commissioner for Human Rights, Committee of Ministers)', 'Avropa Şurası (Baş Katib, İnsan Hüquqları üzrə Komissar, Nazirlər Komitəsi)', 'Совет Европы (Генеральный секретарь, Комиссар по правам человека, Комитет министров)'], { source: 'generic' }),
    term('european_parliament', ['European Parliament resolution', 'Avropa Parlamentinin qətnaməsi', 'Резолюция Европейского парламента']),
    term('un_wgad', ['UN Working Group on Arbitrary Detention opinion', 'BMT-nin Özbaşına Həbslər üzrə İşçi Qrupunun rəyi', 'Мнение Рабочей группы ООН по произвольным задержаниям']),
    term('un_special_procedures', ['Other UN special procedures', 'BMT-nin digər xüsusi prosedurları', 'Другие специальные процедуры ООН'], { source: 'generic' }),
    term('ecthr_article_18', ['European Court of Human Rights (Article 18 judgment)', 'Avropa İnsan Hüquqları Məhkəməsi (18-ci maddə üzrə qərar)', 'Европейский суд по правам человека (постановление по статье 18)']),
    term('amnesty_international', ['Amnesty International (prisoner of conscience)', 'Amnesty International (vicdan məhbusu)', 'Amnesty International (узник совести)']),
    term('memorial', ['Memorial Human Rights Centre', '"Memorial" Hüquq Müdafiə Mərkəzi', 'Правозащитный центр «Мемориал»']),
    term('human_rights_watch', ['Human Rights Watch', 'Human Rights Watch', 'Human Rights Watch']),
    term('viasna', ['Viasna Human Rights Centre', '"Vyasna" Hüquq Müdafiə Mərkəzi', 'Правозащитный центр «Весна»']),
    term('cpj', ['Committee to Protect Journalists', 'Jurnalistləri Müdafiə Komitəsi', 'Комитет защиты журналистов']),
    term('rsf', ['Reporters Without Borders', 'Sərhədsiz Reportyorlar', 'Репортёры без границ']),
    term('front_line_defenders', ['Front Line Defenders', 'Front Line Defenders', 'Front Line Defenders']),
    term('osce', ['OSCE (ODIHR or Representative on Freedom of the Media)', 'ATƏT (DTİHB və ya Media Azadlığı üzrə Nümayəndə)', 'ОБСЕ (БДИПЧ или Представитель по вопросам свободы СМИ)'], { source: 'generic' }),
    term('other', ['Other', 'Digər', 'Другое']),
  ],
});

/** The status a recognition grants. */
export const recognitionStatus = defineVocabulary({
  id: 'recognition_status',
  version: 1,
  title: loc('Status recognised', 'Tanınan status', 'Признанный статус'),
  terms: [
    term('political_prisoner', ['Political prisoner', 'Siyasi məhbus', 'Политический заключённый']),
    term('prisoner_of_conscience', ['Prisoner of conscience', 'Vicdan məhbusu', 'Узник совести']),
    term('arbitrarily_detained', ['Arbitrarily detained', 'Özbaşına həbs edilmiş', 'Произвольно задержанный']),
    term('politically_persecuted', ['Politically persecuted (not detained)', 'Siyasi təqibə məruz qalan (həbsdə deyil)', 'Политически преследуемый (не под стражей)']),
    term('jailed_journalist', ['Jailed journalist', 'Həbsdə olan jurnalist', 'Журналист в заключении']),
    term('at_risk_hrd', ['Human-rights defender at risk', 'Təhlükə altında olan hüquq müdafiəçisi', 'Правозащитник в опасности']),
    term('other', ['Other', 'Digər', 'Другое']),
  ],
});

import { defineVocabulary, loc, term } from './types';

/**
 * Why the person is in the case file: the groups the Azerbaijani political-prisoner lists
 * (2014, 2019, Union lists 2021–23) and AAPP/CECC use. A person can have several.
 */
export const profileCategory = defineVocabulary({
  id: 'profile_category',
  version: 1,
  title: loc('Profile category', 'Profil kateqoriyası', 'Категория профиля'),
  source: 'Azerbaijani political-prisoner lists (sections A–G); AAPP; CECC issue categories',
  terms: [
    term('journalist_blogger', ['Journalist / blogger', 'Jurnalist / bloqer', 'Журналист / блогер']),
    term('human_rights_defender', ['Human-rights defender', 'Hüquq müdafiəçisi', 'Правозащитник']),
    term('opposition_politician', ['Opposition politician / activist', 'Müxalifət siyasətçisi / fəalı', 'Оппозиционный политик / активист']),
    term('civil_society_activist', ['Civil-society activist', 'Vətəndaş cəmiyyəti fəalı', 'Гражданский активист']),
    term('religious_believer', ['Religious believer', 'Dindar / dini icma üzvü', 'Верующий / член религиозной общины']),
    term('lawyer', ['Lawyer', 'Vəkil / hüquqşünas', 'Адвокат / юрист']),
    term('academic', ['Academic / scholar', 'Alim / akademik', 'Учёный / преподаватель']),
    term('youth_activist', ['Youth activist', 'Gənclər fəalı', 'Молодёжный активист']),
    term('trade_unionist', ['Trade unionist', 'Həmkarlar ittifaqı fəalı', 'Профсоюзный активист']),
    term('artist_writer', ['Artist / writer / poet', 'Sənətkar / yazıçı / şair', 'Деятель искусства / писатель / поэт']),
    term('relative_of_targeted_person', ['Relative of a targeted person ("political hostage")', 'Təqib olunan şəxsin qohumu ("siyasi girov")', 'Родственник преследуемого ("политический заложник")'], {
      source: 'Azerbaijani lists: relatives detained to pressure émigrés or activists',
    }),
    term('political_emigre', ['Political émigré (extradited or abducted)', 'Siyasi mühacir (ekstradisiya edilmiş və ya qaçırılmış)', 'Политический эмигрант (экстрадирован или похищен)']),
    term('other', ['Other', 'Digər', 'Другое']),
  ],
});

/** Sex as recorded in the case file (HURIDOCS MT39 with an explicit "other"). */
export const sex = defineVocabulary({
  id: 'sex',
  version: 1,
  title: loc('Sex', 'Cins', 'Пол'),
  source: 'HURIDOCS MT39 (Sex)',
  terms: [
    term('female', ['Female', 'Qadın', 'Женский'], { source: 'HURIDOCS MT39 "Female"' }),
    term('male', ['Male', 'Kişi', 'Мужской'], { source: 'HURIDOCS MT39 "Male"' }),
    term('other', ['Other', 'Digər', 'Другое']),
    term('unknown', ['Unknown', 'Məlum deyil', 'Неизвестно'], { source: 'HURIDOCS MT39 "Unknown"' }),
  ],
});

/** What kind of body an Organisation record is (affiliations, perpetrators' employers, courts, operators). */
export const organisationType = defineVocabulary({
  id: 'organisation_type',
  version: 1,
  title: loc('Organisation type', 'Təşkilatın növü', 'Тип организации'),
  source: 'domain model §b (Organisation); HURIDOCS MT23 affiliation branch',
  terms: [
    term('political_party', ['Political party or movement', 'Siyasi partiya və ya hərəkat', 'Политическая партия или движение']),
    term('ngo', ['Non-governmental organisation', 'Qeyri-hökumət təşkilatı', 'Неправительственная организация']),
    term('media_outlet', ['Media outlet', 'Media qurumu', 'СМИ']),
    term('religious_community', ['Religious community', 'Dini icma', 'Религиозная община']),
    term('trade_union', ['Trade union', 'Həmkarlar ittifaqı', 'Профсоюз']),
    term('academic_institution', ['University or research institution', 'Universitet və ya elmi müəssisə', 'Университет или научное учреждение']),
    term('bar_association', ['Bar association / law firm', 'Vəkillər kollegiyası / hüquq bürosu', 'Коллегия адвокатов / юридическая фирма']),
    term('state_body', ['State body', 'Dövlət orqanı', 'Государственный орган']),
    term('court', ['Court', 'Məhkəmə', 'Суд']),
    term('facility_operator', ['Detention facility operator', 'Saxlama yerinin idarəedicisi', 'Администрация места содержания']),
    term('international_organisation', ['International organisation', 'Beynəlxalq təşkilat', 'Международная организация']),
    term('business', ['Business', 'Kommersiya təşkilatı', 'Коммерческая организация']),
    term('informal_group', ['Informal group or movement', 'Qeyri-formal qrup və ya hərəkat', 'Неформальная группа или движение']),
    term('other', ['Other', 'Digər', 'Другое']),
  ],
});

/** Whether a record is about one person or a group (HURIDOCS MT7). */
export const countingUnit = defineVocabulary({
  id: 'counting_unit',
  version: 1,
  title: loc('Counting unit', 'Hesablama vahidi', 'Единица учёта'),
  source: 'HURIDOCS MT7 (Counting units)',
  terms: [
    term('individual', ['Individual', 'Fərd', 'Отдельное лицо'], { source: 'HURIDOCS MT7 "Individual"' }),
    term('family', ['Family', 'Ailə', 'Семья'], { source: 'HURIDOCS MT7 "Family"' }),
    term('group', ['Group, organisation or institution', 'Qrup, təşkilat və ya qurum', 'Группа, организация или учреждение'], { source: 'HURIDOCS MT7 "Group, organisation or institution"' }),
    term('community', ['Community', 'İcma', 'Община'], { source: 'HURIDOCS MT7 "Community"' }),
  ],
});

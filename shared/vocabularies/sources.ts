import { defineVocabulary, loc, term } from './types';

/** What kind of source an assertion comes from. */
export const sourceType = defineVocabulary({
  id: 'source_type',
  version: 1,
  title: loc('Source type', 'Mənbənin növü', 'Тип источника'),
  terms: [
    term('individual', ['Individual', 'Fərdi şəxs', 'Частное лицо']),
    term('ngo', ['Non-governmental organisation', 'Qeyri-hökumət təşkilatı', 'Неправительственная организация']),
    term('media', ['Media outlet or journalist', 'Media qurumu və ya jurnalist', 'СМИ или журналист']),
    term('official_body', ['Official body (government, prosecutor, police)', 'Rəsmi orqan (hökumət, prokurorluq, polis)', 'Официальный орган (правительство, прокуратура, полиция)']),
    term('court', ['Court', 'Məhkəmə', 'Суд']),
    term('international_body', ['International body', 'Beynəlxalq qurum', 'Международный орган']),
    term('publication', ['Publication or report', 'Nəşr və ya hesabat', 'Публикация или доклад']),
    term('online', ['Online or social media', 'Onlayn və ya sosial media', 'Интернет или социальные сети']),
    term('other', ['Other', 'Digər', 'Другое']),
  ],
});

const mt16 = (en: string) => ({ source: `HURIDOCS MT16 "${en}"` });

/** Form of the source material (HURIDOCS MT16, extended with digital forms). */
export const sourceMaterialType = defineVocabulary({
  id: 'source_material_type',
  version: 1,
  title: loc('Type of source material', 'Mənbə materialının növü', 'Вид исходного материала'),
  source: 'HURIDOCS MT16 (Types of source material), extended',
  terms: [
    term('court_records', ['Court records', 'Məhkəmə sənədləri', 'Судебные документы'], mt16('Court records')),
    term('victim_testimony', ['Victim testimony', 'Zərərçəkmişin ifadəsi', 'Показания пострадавшего'], mt16('Victim testimony')),
    term('witness_testimony', ['Witness testimony', 'Şahid ifadəsi', 'Показания свидетеля'], mt16('Witness testimony')),
    term('interview', ['Interview', 'Müsahibə', 'Интервью'], mt16('Interview')),
    term('signed_affidavit', ['Signed affidavit', 'İmzalanmış yazılı ifadə', 'Подписанное письменное заявление'], mt16('Signed affidavit')),
    term('letter', ['Letter', 'Məktub', 'Письмо'], mt16('Letter')),
    term('medical_examination', ["Physician's examination", 'Həkim müayinəsi', 'Врачебное освидетельствование'], mt16("Physician's examination")),
    term('autopsy', ['Autopsy results', 'Yarılmanın nəticələri', 'Результаты вскрытия'], mt16('Autopsy results')),
    term('photograph', ['Photograph', 'Fotoşəkil', 'Фотография'], mt16('Photograph')),
    term('video', ['Video or film', 'Video və ya film', 'Видео или фильм'], mt16('Videotape or film')),
    term('audio', ['Audio recording', 'Audio yazı', 'Аудиозапись'], mt16('Audiotape')),
    term('press_article', ['Newspaper, magazine or publication write-up', 'Qəzet, jurnal və ya nəşrdə yazı', 'Статья в газете, журнале или издании'], mt16('Newspaper, magazine or publication write-up')),
    term('broadcast', ['Radio or television broadcast', 'Radio və ya televiziya verilişi', 'Радио- или телепередача'], mt16('Television broadcast')),
    term('government_statement', ['Press release of government', 'Hökumətin mətbuat bəyanatı', 'Пресс-релиз правительства'], mt16('Press release of government')),
    term('ngo_statement', ['Press release of human rights organisation', 'Hüquq müdafiə təşkilatının mətbuat bəyanatı', 'Пресс-релиз правозащитной организации'], mt16('Press release of human rights organisation')),
    term('ngo_appeal', ['Appeal from human rights group', 'Hüquq müdafiə qrupunun müraciəti', 'Обращение правозащитной группы'], mt16('Appeal from human rights group')),
    term('perpetrator_statement', ['Press release of perpetrator', 'Törədicinin mətbuat bəyanatı', 'Пресс-релиз виновной стороны'], mt16('Press release of perpetrator')),
    term('telephone_conversation', ['Telephone conversation', 'Telefon danışığı', 'Телефонный разговор'], mt16('Telephone conversation')),
    term('translated_document', ['Translated documents', 'Tərcümə edilmiş sənədlər', 'Переведённые документы'], mt16('Translated documents')),
    term('leaflets', ['Leaflets, posters or banners', 'Vərəqələr, plakatlar və ya transparantlar', 'Листовки, плакаты или транспаранты'], mt16('Leaflets, propaganda materials')),
    term('social_media_post', ['Social-media post', 'Sosial mediada paylaşım', 'Публикация в социальных сетях']),
    term('messenger_or_email', ['Messenger message or e-mail', 'Messencer mesajı və ya e-poçt', 'Сообщение в мессенджере или электронное письмо']),
    term('official_document', ['Official document (decision, notice, certificate)', 'Rəsmi sənəd (qərar, bildiriş, arayış)', 'Официальный документ (постановление, уведомление, справка)']),
    term('other', ['Other', 'Digər', 'Другое']),
  ],
});

/** Reliability of the source, Admiralty/NATO scale A–F (HURIDOCS MT42 is coarser; mapping in `source`). */
export const sourceReliability = defineVocabulary({
  id: 'source_reliability',
  version: 1,
  title: loc('Reliability of source', 'Mənbənin etibarlılığı', 'Надёжность источника'),
  source: 'Admiralty / NATO source-reliability scale (AJP-2.1 / STANAG 2511)',
  terms: [
    term('completely_reliable', ['A — Completely reliable', 'A — Tam etibarlı', 'A — Полностью надёжный'], { notation: 'A', source: 'HURIDOCS MT42 "Highly reliable"' }),
    term('usually_reliable', ['B — Usually reliable', 'B — Adətən etibarlı', 'B — Обычно надёжный'], { notation: 'B', source: 'HURIDOCS MT42 "Likely reliable"' }),
    term('fairly_reliable', ['C — Fairly reliable', 'C — Kifayət qədər etibarlı', 'C — Достаточно надёжный'], { notation: 'C', source: 'HURIDOCS MT42 "Unsure"' }),
    term('not_usually_reliable', ['D — Not usually reliable', 'D — Adətən etibarsız', 'D — Обычно ненадёжный'], { notation: 'D', source: 'HURIDOCS MT42 "Likely unreliable"' }),
    term('unreliable', ['E — Unreliable', 'E — Etibarsız', 'E — Ненадёжный'], { notation: 'E', source: 'HURIDOCS MT42 "Highly unreliable"' }),
    term('cannot_be_judged', ['F — Reliability cannot be judged', 'F — Etibarlılığı qiymətləndirilə bilməz', 'F — Надёжность невозможно оценить'], { notation: 'F', source: 'HURIDOCS MT42 "Unknown"' }),
  ],
});

/** Credibility of one item of information, Admiralty/NATO scale 1–6. */
export const informationReliability = defineVocabulary({
  id: 'information_reliability',
  version: 1,
  title: loc('Reliability of information', 'Məlumatın etibarlılığı', 'Достоверность информации'),
  source: 'Admiralty / NATO information-credibility scale (AJP-2.1 / STANAG 2511)',
  terms: [
    term('confirmed', ['1 — Confirmed by other sources', '1 — Digər mənbələrlə təsdiqlənib', '1 — Подтверждена другими источниками'], { notation: '1' }),
    term('probably_true', ['2 — Probably true', '2 — Ehtimal ki, doğrudur', '2 — Вероятно, достоверна'], { notation: '2' }),
    term('possibly_true', ['3 — Possibly true', '3 — Doğru ola bilər', '3 — Возможно, достоверна'], { notation: '3' }),
    term('doubtful', ['4 — Doubtful', '4 — Şübhəlidir', '4 — Сомнительна'], { notation: '4' }),
    term('improbable', ['5 — Improbable', '5 — Ağlabatan deyil', '5 — Маловероятна'], { notation: '5' }),
    term('cannot_be_judged', ['6 — Truth cannot be judged', '6 — Doğruluğu qiymətləndirilə bilməz', '6 — Достоверность невозможно оценить'], { notation: '6' }),
  ],
});

/** How close the source is to what it reports. */
export const informationAccess = defineVocabulary({
  id: 'information_access',
  version: 1,
  title: loc('Connection to the information', 'Məlumatla əlaqə', 'Связь с информацией'),
  terms: [
    term('first_hand', ['First-hand (experienced or witnessed it)', 'Birbaşa (özü yaşayıb və ya şahidi olub)', 'Из первых рук (сам пережил или видел)']),
    term('second_hand', ['Second-hand (told by someone who experienced or witnessed it)', 'Dolayı (yaşayan və ya şahidi olan şəxsdən eşidib)', 'Из вторых рук (со слов очевидца или пострадавшего)']),
    term('further_removed', ['Further removed (rumour, third-hand)', 'Daha uzaq mənbə (şayiə, üçüncü əldən)', 'Более отдалённый источник (слухи, из третьих рук)']),
    term('documentary', ['From documents', 'Sənədlərdən', 'Из документов']),
    term('public_reporting', ['From public reporting', 'Açıq mənbələrdən', 'Из открытых источников']),
    term('unknown', ['Unknown', 'Məlum deyil', 'Неизвестно']),
  ],
});

const mt19 = (en: string) => ({ source: `HURIDOCS MT19 "${en}"` });

/** Who the source is in relation to the events (HURIDOCS MT19, all terms, hierarchy kept). */
export const sourceConnection = defineVocabulary({
  id: 'source_connection',
  version: 1,
  title: loc('Source connection to the event', 'Mənbənin hadisə ilə əlaqəsi', 'Связь источника с событием'),
  source: 'HURIDOCS MT19 (Source connection to information), as shipped in OpenEvSys',
  terms: [
    term('involved', ['Involved in the event', 'Hadisədə iştirak edib', 'Участник события'], mt19('Involved in the event')),
    term('victim', ['Victim themselves', 'Zərərçəkmişin özü', 'Сам пострадавший'], { parent: 'involved', ...mt19('Victim him/herself') }),
    term('witness', ['Witness', 'Şahid', 'Свидетель'], { parent: 'involved', ...mt19('Witness') }),
    term('perpetrator', ['Perpetrator', 'Törədici', 'Виновник'], { parent: 'involved', ...mt19('Perpetrator') }),
    term('related_to_participants', ['Related to participants in the event', 'Hadisə iştirakçıları ilə əlaqəlidir', 'Связан с участниками события'], mt19('Related to participants in the event')),
    term('related_to_victim', ['Related to the victim', 'Zərərçəkmişlə əlaqəlidir', 'Связан с пострадавшим'], { parent: 'related_to_participants', ...mt19('Related to the victim') }),
    term('victim_relative', ['Relative of victim', 'Zərərçəkmişin qohumu', 'Родственник пострадавшего'], { parent: 'related_to_victim', ...mt19('Relative of victim') }),
    term('victim_colleague', ['Colleague at work of victim', 'Zərərçəkmişin iş yoldaşı', 'Коллега пострадавшего'], { parent: 'related_to_victim', ...mt19('Colleague at work of victim') }),
    term('victim_organisation_member', ['Member of the same organisation as victim', 'Zərərçəkmişlə eyni təşkilatın üzvü', 'Член той же организации, что и пострадавший'], { parent: 'related_to_victim', ...mt19('Member of the same organisation as victim') }),
    term('related_to_perpetrator', ['Related to the perpetrator', 'Törədici ilə əlaqəlidir', 'Связан с виновником'], { parent: 'related_to_participants', ...mt19('Related to the perpetrator') }),
    term('perpetrator_relative', ['Relative of perpetrator', 'Törədicinin qohumu', 'Родственник виновника'], { parent: 'related_to_perpetrator', ...mt19('Relative of perpetrator') }),
    term('perpetrator_colleague', ['Colleague at work of perpetrator', 'Törədicinin iş yoldaşı', 'Коллега виновника'], { parent: 'related_to_perpetrator', ...mt19('Colleague at work of perpetrator') }),
    term('perpetrator_organisation_member', ['Member of the same organisation as perpetrator', 'Törədici ilə eyni təşkilatın üzvü', 'Член той же организации, что и виновник'], { parent: 'related_to_perpetrator', ...mt19('Member of the same organisation as perpetrator') }),
    term('third_party', ['Third party (relayed information from witnesses or participants)', 'Üçüncü tərəf (məlumatı şahidlərdən və ya iştirakçılardan ötürüb)', 'Третья сторона (передаёт сведения свидетелей или участников)'], mt19('Third party (relayed information from witnesses or participants in the event)')),
    term('reporter', ['Reporter', 'Reportyor', 'Репортёр'], { parent: 'third_party', ...mt19('Reporter') }),
    term('service_provider', ['Provided a service to the victim or other actors', 'Zərərçəkmişə və ya digər iştirakçılara xidmət göstərib', 'Оказывал услуги пострадавшему или другим участникам'], mt19('Provided a service to the victim or to other actors in the event, such as a witness')),
    term('lawyer', ['Lawyer', 'Vəkil', 'Адвокат'], { parent: 'service_provider', ...mt19('Lawyer') }),
    term('medical_provider', ['Provider of medical service', 'Tibbi xidmət göstərən', 'Медицинский работник'], { parent: 'service_provider', ...mt19('Provider of medical service') }),
    term('financial_provider', ['Provider of financial service', 'Maliyyə xidməti göstərən', 'Поставщик финансовых услуг'], { parent: 'service_provider', ...mt19('Provider of financial service') }),
    term('ngo', ['Non-governmental organisation', 'Qeyri-hökumət təşkilatı', 'Неправительственная организация'], { parent: 'service_provider', ...mt19('Non-governmental organisation') }),
    term('human_rights_ngo', ['Non-governmental human rights organisation', 'Qeyri-hökumət hüquq müdafiə təşkilatı', 'Неправительственная правозащитная организация'], { parent: 'ngo', ...mt19('Non-governmental human rights organisation') }),
    term('unknown', ['Unknown', 'Məlum deyil', 'Неизвестно'], mt19('Unknown')),
  ],
});

/** Consent of the person concerned (or family) to use the information. */
export const consent = defineVocabulary({
  id: 'consent',
  version: 1,
  title: loc('Consent', 'Razılıq', 'Согласие'),
  source: 'WGAD submissions require the consent of the victim or family',
  terms: [
    term('given', ['Given', 'Verilib', 'Дано']),
    term('given_with_restrictions', ['Given with restrictions', 'Məhdudiyyətlərlə verilib', 'Дано с ограничениями']),
    term('refused', ['Refused', 'İmtina edilib', 'Отказано']),
    term('not_asked', ['Not asked', 'Soruşulmayıb', 'Не запрашивалось']),
    term('withdrawn', ['Withdrawn', 'Geri götürülüb', 'Отозвано']),
  ],
});

/** How the identity of a source may be handled. */
export const sourceConfidentiality = defineVocabulary({
  id: 'source_confidentiality',
  version: 1,
  title: loc('Confidentiality of source', 'Mənbənin məxfiliyi', 'Конфиденциальность источника'),
  terms: [
    term('may_be_named', ['May be named', 'Adı çəkilə bilər', 'Можно назвать']),
    term('name_withheld', ['Known to us; name withheld', 'Bizə məlumdur; adı açıqlanmır', 'Известен нам; имя не раскрывается']),
    term('anonymous', ['Anonymous (identity unknown to us)', 'Anonim (şəxsiyyəti bizə məlum deyil)', 'Анонимный (личность нам неизвестна)']),
    term('background_only', ['Background only; do not cite', 'Yalnız arxa plan üçün; istinad edilməsin', 'Только для сведения; не цитировать']),
  ],
});

import { defineVocabulary, loc, term } from './types';

const mt31 = (en: string) => ({ source: `HURIDOCS MT31 "${en}"` });

/**
 * Fair-trial observations on legal counsel (HURIDOCS MT31, all terms, codes re-derived; the
 * English labels are HURIDOCS's, so the original term is kept in `source`).
 */
export const legalCounsel = defineVocabulary({
  id: 'legal_counsel',
  version: 1,
  title: loc('Legal counsel', 'Hüquqi yardım (vəkil)', 'Юридическая помощь (защитник)'),
  source: 'HURIDOCS MT31 (Legal counsel), as shipped in OpenEvSys',
  terms: [
    term('no_counsel_permitted', ['No legal counsel permitted', 'Vəkilə icazə verilməyib', 'Защитник не допущен'], mt31('No legal counsel permitted')),
    term('no_counsel_requested', ['No legal counsel requested', 'Vəkil tələb olunmayıb', 'Защитник не запрашивался'], mt31('No legal counsel requested')),
    term('counsel_before_indictment', ['Legal counsel provided before indictment', 'Vəkil ittiham elan edilənədək təmin edilib', 'Защитник предоставлен до предъявления обвинения'], mt31('Legal counsel provided before indictment')),
    term('counsel_after_indictment_before_trial', ['Legal counsel provided after the indictment but before the trial', 'Vəkil ittiham elan edildikdən sonra, lakin məhkəmədən əvvəl təmin edilib', 'Защитник предоставлен после предъявления обвинения, но до суда'], mt31('Legal counsel provided after the indictment but before the trial')),
    term('counsel_during_interrogation', ['Legal counsel provided during interrogation', 'Vəkil dindirmə zamanı təmin edilib', 'Защитник предоставлен во время допроса'], mt31('Legal counsel provided during interrogation')),
    term('counsel_before_signing_statement', ['Legal counsel provided before signing a statement', 'Vəkil ifadə imzalanmazdan əvvəl təmin edilib', 'Защитник предоставлен до подписания показаний'], mt31('Legal counsel provided before signing a statement')),
    term('counsel_after_signing_statement', ['Legal counsel provided after signing a statement', 'Vəkil ifadə imzalandıqdan sonra təmin edilib', 'Защитник предоставлен после подписания показаний'], mt31('Legal counsel provided after signing a statement')),
    term('counsel_at_trial_permitted_to_defend', ['Legal counsel present at trial and permitted to defend', 'Vəkil məhkəmədə iştirak edib və müdafiə etməsinə imkan verilib', 'Защитник присутствовал на суде и мог осуществлять защиту'], mt31('Legal counsel present at trial and permitted to defend the victim')),
    term('counsel_at_trial_not_permitted_to_defend', ['Legal counsel present at trial, but not permitted to defend', 'Vəkil məhkəmədə iştirak edib, lakin müdafiə etməsinə imkan verilməyib', 'Защитник присутствовал на суде, но не мог осуществлять защиту'], mt31('Legal counsel present at trial, but not permitted to defend the victim')),
    term('private_consultation_permitted', ['Private consultation with legal counsel permitted', 'Vəkillə təkbətək görüşə icazə verilib', 'Разрешены конфиденциальные свидания с защитником'], mt31('Private consultation with legal counsel permitted')),
    term('consultation_with_others_present', ['Consultation with legal counsel permitted with others present', 'Vəkillə görüşə yalnız kənar şəxslərin iştirakı ilə icazə verilib', 'Свидания с защитником разрешены только в присутствии посторонних'], mt31('Consultation with legal counsel permitted with others present')),
    term('no_consultation_permitted', ['No consultation with legal counsel permitted', 'Vəkillə görüşə icazə verilməyib', 'Свидания с защитником не разрешены'], mt31('No consultation with legal counsel permitted')),
    term('accused_not_present', ['Accused not present during trial', 'Təqsirləndirilən şəxs məhkəmədə iştirak etməyib', 'Обвиняемый не присутствовал на суде'], mt31('Accused not present during trial')),
    term('accused_not_informed', ['Accused not kept informed', 'Təqsirləndirilən şəxsə məlumat verilməyib', 'Обвиняемого не информировали о ходе дела'], mt31('Accused not kept informed')),
    term('accused_compelled_to_testify', ['Accused compelled to testify against themselves', 'Təqsirləndirilən şəxs özü əleyhinə ifadə verməyə məcbur edilib', 'Обвиняемого принуждали свидетельствовать против себя'], mt31('Accused compelled to testify against her/himself')),
    term('witness_examination_not_permitted', ['Examination of witnesses not permitted', 'Şahidlərin dindirilməsinə icazə verilməyib', 'Допрос свидетелей не разрешён'], mt31('Examination of witnesses not permitted')),
    term('counsel_appointed_by_state', ['Counsel appointed by the state', 'Vəkil dövlət tərəfindən təyin edilib', 'Защитник назначен государством'], mt31('Counsel appointed by the state')),
    term('counsel_from_ngo', ['Counsel provided by a voluntary or human-rights organisation', 'Vəkil könüllü və ya hüquq müdafiə təşkilatı tərəfindən təmin edilib', 'Защитник предоставлен общественной или правозащитной организацией'], mt31('Counsel provided by voluntary or human rights organisation')),
    term('counsel_chosen_by_client', ['Counsel chosen by client', 'Vəkil müdafiə olunan tərəfindən seçilib', 'Защитник выбран подзащитным'], mt31('Counsel chosen by client')),
    term('counsel_paid_by_client', ['Counsel paid for by client', 'Vəkilin xidmətini müdafiə olunan ödəyib', 'Услуги защитника оплатил подзащитный'], mt31('Counsel paid for by client')),
    term('other', ['Other', 'Digər', 'Другое'], mt31('Other')),
    term('unknown', ['Unknown', 'Məlum deyil', 'Неизвестно'], mt31('Unknown')),
  ],
});

const mt36 = (en: string) => ({ source: `HURIDOCS MT36 "${en}"` });

/** Statements signed by the accused (HURIDOCS MT36). */
export const statementsSigned = defineVocabulary({
  id: 'statements_signed',
  version: 1,
  title: loc('Statements signed', 'İmzalanmış ifadələr', 'Подписанные показания'),
  source: 'HURIDOCS MT36 (Statements signed), as shipped in OpenEvSys',
  terms: [
    term('forced_to_sign', ['Forced to sign', 'İmzalamağa məcbur edilib', 'Принуждён к подписанию'], mt36('Forced to sign')),
    term('not_requested_to_sign', ['Not requested or forced to sign anything', 'Heç nə imzalaması tələb olunmayıb və ya buna məcbur edilməyib', 'Подписать ничего не просили и не принуждали'], mt36('Not requested or forced to sign anything')),
    term('requested_but_refused', ['Requested to sign but refused', 'İmzalaması tələb olunub, lakin imtina edib', 'Просили подписать, но отказался'], mt36('Requested to sign but refused')),
    term('signed_voluntarily_understood', ['Signed a statement voluntarily with full understanding', 'İfadəni könüllü və tam başa düşərək imzalayıb', 'Подписал показания добровольно, полностью понимая их'], mt36('Signed a statement voluntarily with full understanding')),
    term('signed_voluntarily_not_understood', ['Signed a statement voluntarily but without understanding it', 'İfadəni könüllü, lakin başa düşmədən imzalayıb', 'Подписал показания добровольно, но не понимая их'], mt36('Signed a statement voluntarily but without understanding it')),
    term('unknown', ['Unknown', 'Məlum deyil', 'Неизвестно'], mt36('Unknown')),
  ],
});

const mt33 = (en: string) => ({ source: `HURIDOCS MT33 "${en}"` });

/** Language used in court (HURIDOCS MT33). */
export const languageInCourt = defineVocabulary({
  id: 'language_in_court',
  version: 1,
  title: loc('Language used in court', 'Məhkəmədə istifadə edilən dil', 'Язык судопроизводства'),
  source: 'HURIDOCS MT33 (Language used in court), as shipped in OpenEvSys',
  terms: [
    term('mother_tongue', ["Accused's mother tongue", 'Təqsirləndirilən şəxsin ana dili', 'Родной язык обвиняемого'], mt33("Victim's mother tongue")),
    term('fluent', ['Accused speaks, reads, writes and understands the language', 'Təqsirləndirilən şəxs bu dildə danışır, oxuyur, yazır və başa düşür', 'Обвиняемый говорит, читает, пишет на этом языке и понимает его'], mt33('Victim can speak, read, write and understand the language')),
    term('some_understanding_translated', ['Some understanding; interpretation provided', 'Dili qismən başa düşür; tərcümə təmin edilib', 'Частично понимает язык; перевод предоставлен'], mt33('Victim has some understanding of the language and translation was provided')),
    term('some_understanding_not_translated', ['Some understanding; no interpretation provided', 'Dili qismən başa düşür; tərcümə təmin edilməyib', 'Частично понимает язык; перевод не предоставлен'], mt33('Victim has some understanding of the language but no translation was provided')),
    term('little_understanding_translated', ['Little or no understanding; interpretation provided', 'Dili az başa düşür və ya heç başa düşmür; tərcümə təmin edilib', 'Почти не понимает язык; перевод предоставлен'], mt33('Victim has little or no understanding of the language, and translation was provided')),
    term('little_understanding_not_translated', ['Little or no understanding; no interpretation provided', 'Dili az başa düşür və ya heç başa düşmür; tərcümə təmin edilməyib', 'Почти не понимает язык; перевод не предоставлен'], mt33('Victim has little or no understanding of the language, but no translation was provided')),
    term('unknown', ['Unknown', 'Məlum deyil', 'Неизвестно'], mt33('Unknown')),
  ],
});

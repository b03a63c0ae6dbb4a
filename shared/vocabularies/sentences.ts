import { defineVocabulary, loc, term } from './types';

/** Kinds of penalty; a person may receive several (main and additional). */
export const sentenceType = defineVocabulary({
  id: 'sentence_type',
  version: 1,
  title: loc('Sentence type', 'Cəzanın növü', 'Вид наказания'),
  source: 'domain model §b (Sentence); OVD-Info sentence types',
  terms: [
    term('imprisonment', ['Imprisonment for a fixed term', 'Müəyyən müddətə azadlıqdan məhrumetmə', 'Лишение свободы на определённый срок']),
    term('life_imprisonment', ['Life imprisonment', 'Ömürlük azadlıqdan məhrumetmə', 'Пожизненное лишение свободы']),
    term('restricted_freedom', ['Restriction of liberty', 'Azadlığın məhdudlaşdırılması', 'Ограничение свободы']),
    term('suspended_sentence', ['Suspended sentence (probation)', 'Şərti məhkum etmə', 'Условное осуждение']),
    term('fine', ['Fine', 'Cərimə', 'Штраф']),
    term('ban_on_positions_or_activities', ['Ban on holding positions or on certain activities', 'Müəyyən vəzifə tutma və ya müəyyən fəaliyyətlə məşğul olma hüququndan məhrumetmə', 'Лишение права занимать определённые должности или заниматься определённой деятельностью']),
    term('correctional_labour', ['Correctional labour', 'İslah işləri', 'Исправительные работы']),
    term('public_works', ['Public works', 'İctimai işlər', 'Общественные работы']),
    term('administrative_detention', ['Administrative detention', 'İnzibati həbs', 'Административный арест']),
    term('confiscation', ['Confiscation of property', 'Əmlakın müsadirəsi', 'Конфискация имущества']),
    term('expulsion', ['Expulsion from the country', 'Ölkədən inzibati qaydada çıxarılma', 'Выдворение из страны']),
    term('compulsory_medical_measures', ['Compulsory medical measures', 'Tibbi xarakterli məcburi tədbirlər', 'Принудительные меры медицинского характера']),
    term('other', ['Other', 'Digər', 'Другое']),
  ],
});

/** A later change to a sentence. */
export const sentenceModification = defineVocabulary({
  id: 'sentence_modification',
  version: 1,
  title: loc('Change to the sentence', 'Cəzada dəyişiklik', 'Изменение наказания'),
  terms: [
    term('reduced_on_appeal', ['Reduced on appeal or cassation', 'Apellyasiya və ya kassasiya qaydasında azaldılıb', 'Смягчено в апелляции или кассации']),
    term('increased_on_appeal', ['Increased on appeal or cassation', 'Apellyasiya və ya kassasiya qaydasında ağırlaşdırılıb', 'Ужесточено в апелляции или кассации']),
    term('quashed', ['Quashed', 'Ləğv edilib', 'Отменено']),
    term('pardon', ['Pardon', 'Əfv', 'Помилование']),
    term('amnesty', ['Amnesty', 'Amnistiya', 'Амнистия']),
    term('converted', ['Converted to a milder penalty', 'Daha yüngül cəza ilə əvəz edilib', 'Заменено более мягким наказанием']),
    term('conditional_early_release', ['Conditional early release', 'Şərti olaraq vaxtından əvvəl azad edilmə', 'Условно-досрочное освобождение']),
    term('regime_changed', ['Regime changed', 'Rejim dəyişdirilib', 'Изменён режим']),
    term('new_sentence_added', ['New sentence added (cumulated)', 'Yeni cəza əlavə edilib (cəzaların məcmusu)', 'Назначено новое наказание (по совокупности)']),
    term('other', ['Other', 'Digər', 'Другое']),
  ],
});

import { defineVocabulary, loc, term } from './types';

/** Criminal or administrative persecution (OVD-Info distinguishes them). */
export const proceedingType = defineVocabulary({
  id: 'proceeding_type',
  version: 1,
  title: loc('Proceeding type', 'İcraatın növü', 'Вид производства'),
  terms: [
    term('criminal', ['Criminal', 'Cinayət', 'Уголовное']),
    term('administrative', ['Administrative offence', 'İnzibati xəta', 'Об административном правонарушении']),
    term('civil', ['Civil', 'Mülki', 'Гражданское']),
    term('extradition', ['Extradition', 'Ekstradisiya', 'Экстрадиционное']),
    term('other', ['Other', 'Digər', 'Другое']),
  ],
});

/** Where the proceeding currently stands. */
export const proceedingStage = defineVocabulary({
  id: 'proceeding_stage',
  version: 1,
  title: loc('Stage', 'Mərhələ', 'Стадия'),
  terms: [
    term('investigation', ['Investigation', 'İstintaq', 'Следствие']),
    term('trial_first_instance', ['Trial at first instance', 'Birinci instansiya məhkəməsi', 'Суд первой инстанции']),
    term('appeal', ['Appeal', 'Apellyasiya', 'Апелляция']),
    term('cassation', ['Cassation / Supreme Court', 'Kassasiya / Ali Məhkəmə', 'Кассация / Верховный суд']),
    term('constitutional_court', ['Constitutional Court', 'Konstitusiya Məhkəməsi', 'Конституционный суд']),
    term('ecthr', ['European Court of Human Rights', 'Avropa İnsan Hüquqları Məhkəməsi', 'Европейский суд по правам человека']),
    term('un_body', ['UN body (WGAD, treaty body)', 'BMT orqanı (Özbaşına Həbslər üzrə İşçi Qrup, müqavilə orqanı)', 'Орган ООН (РГПЗ, договорный орган)']),
    term('reopening', ['Reopening after an international judgment', 'Beynəlxalq qərardan sonra işin yenidən baxılması', 'Пересмотр после международного решения']),
    term('closed', ['Closed', 'Başa çatıb', 'Завершено']),
  ],
});

/** Type of court (HURIDOCS MT32). */
export const courtType = defineVocabulary({
  id: 'court_type',
  version: 1,
  title: loc('Type of court', 'Məhkəmənin növü', 'Вид суда'),
  source: 'HURIDOCS MT32 (Types of courts)',
  terms: [
    term('civilian', ['Civilian court', 'Ümumi məhkəmə', 'Гражданский суд'], { source: 'HURIDOCS MT32 "Civilian court"' }),
    term('serious_crimes', ['Serious crimes court', 'Ağır cinayətlər məhkəməsi', 'Суд по тяжким преступлениям']),
    term('military', ['Military court', 'Hərbi məhkəmə', 'Военный суд'], { source: 'HURIDOCS MT32 "Military court"' }),
    term('administrative_tribunal', ['Administrative tribunal', 'İnzibati məhkəmə', 'Административный суд'], { source: 'HURIDOCS MT32 "Administrative tribunal"' }),
    term('other', ['Other', 'Digər', 'Другое'], { source: 'HURIDOCS MT32 "Other"' }),
    term('unknown', ['Unknown', 'Məlum deyil', 'Неизвестно'], { source: 'HURIDOCS MT32 "Unknown"' }),
  ],
});

/** What became of one charge. */
export const chargeStatus = defineVocabulary({
  id: 'charge_status',
  version: 1,
  title: loc('Charge status', 'İttihamın statusu', 'Статус обвинения'),
  terms: [
    term('pending', ['Pending', 'Baxılır', 'Рассматривается']),
    term('dropped', ['Dropped', 'İttiham götürülüb', 'Снято']),
    term('requalified', ['Requalified', 'Yenidən tövsif edilib', 'Переквалифицировано']),
    term('convicted', ['Convicted', 'Məhkum edilib', 'Осуждён']),
    term('acquitted', ['Acquitted', 'Bəraət verilib', 'Оправдан']),
  ],
});

/** What a hearing was for. */
export const hearingType = defineVocabulary({
  id: 'hearing_type',
  version: 1,
  title: loc('Hearing type', 'Məhkəmə iclasının növü', 'Вид судебного заседания'),
  terms: [
    term('measure_of_restraint', ['Measure of restraint (detention hearing)', 'Qətimkan tədbirinin seçilməsi', 'Избрание меры пресечения']),
    term('extension_of_detention', ['Extension of detention', 'Həbs müddətinin uzadılması', 'Продление срока содержания под стражей']),
    term('preliminary_hearing', ['Preliminary hearing', 'İlkin dinləmə', 'Предварительное слушание']),
    term('trial_session', ['Trial session', 'Məhkəmə baxışı iclası', 'Заседание по существу']),
    term('verdict', ['Verdict', 'Hökmün elanı', 'Оглашение приговора']),
    term('appeal_hearing', ['Appeal hearing', 'Apellyasiya baxışı', 'Апелляционное заседание']),
    term('cassation_hearing', ['Cassation hearing', 'Kassasiya baxışı', 'Кассационное заседание']),
    term('complaint_review', ['Review of a complaint against investigators', 'İstintaq orqanının hərəkətlərindən şikayətə baxılması', 'Рассмотрение жалобы на действия следствия']),
    term('early_release_hearing', ['Conditional early release hearing', 'Şərti olaraq vaxtından əvvəl azad etmə üzrə iclas', 'Заседание об условно-досрочном освобождении']),
    term('administrative_hearing', ['Administrative offence hearing', 'İnzibati xəta işi üzrə iclas', 'Заседание по административному делу']),
    term('other', ['Other', 'Digər', 'Другое']),
  ],
});

/** What a hearing decided. */
export const hearingOutcome = defineVocabulary({
  id: 'hearing_outcome',
  version: 1,
  title: loc('Hearing outcome', 'Məhkəmə iclasının nəticəsi', 'Итог судебного заседания'),
  terms: [
    term('adjourned', ['Adjourned', 'Təxirə salınıb', 'Отложено']),
    term('detention_ordered', ['Detention ordered', 'Həbs qətimkan tədbiri seçilib', 'Избрано заключение под стражу']),
    term('detention_extended', ['Detention extended', 'Həbs müddəti uzadılıb', 'Срок содержания под стражей продлён']),
    term('measure_changed', ['Measure changed', 'Qətimkan tədbiri dəyişdirilib', 'Мера пресечения изменена']),
    term('release_ordered', ['Release ordered', 'Azad edilməsi qərara alınıb', 'Постановлено освободить']),
    term('convicted', ['Convicted', 'Təqsirli bilinib', 'Признан виновным']),
    term('acquitted', ['Acquitted', 'Bəraət verilib', 'Оправдан']),
    term('returned_to_prosecutor', ['Case returned to the prosecutor', 'İş prokurora qaytarılıb', 'Дело возвращено прокурору']),
    term('appeal_dismissed', ['Appeal dismissed', 'Şikayət təmin edilməyib', 'Жалоба оставлена без удовлетворения']),
    term('appeal_partly_granted', ['Appeal partly granted', 'Şikayət qismən təmin edilib', 'Жалоба удовлетворена частично']),
    term('appeal_granted', ['Appeal granted', 'Şikayət təmin edilib', 'Жалоба удовлетворена']),
    term('sentence_reduced', ['Sentence reduced', 'Cəza azaldılıb', 'Наказание смягчено']),
    term('sentence_increased', ['Sentence increased', 'Cəza ağırlaşdırılıb', 'Наказание ужесточено']),
    term('judgment_quashed', ['Judgment quashed', 'Qərar ləğv edilib', 'Решение отменено']),
    term('retrial_ordered', ['Retrial ordered', 'İş yenidən baxılmaq üçün göndərilib', 'Дело направлено на новое рассмотрение']),
    term('proceedings_discontinued', ['Proceedings discontinued', 'İcraata xitam verilib', 'Производство прекращено']),
    term('other', ['Other', 'Digər', 'Другое']),
  ],
});

/** Whether the public could attend. */
export const hearingOpenness = defineVocabulary({
  id: 'hearing_openness',
  version: 1,
  title: loc('Open or closed', 'Açıq və ya qapalı', 'Открытое или закрытое'),
  terms: [
    term('open', ['Open', 'Açıq', 'Открытое']),
    term('closed', ['Closed', 'Qapalı', 'Закрытое']),
    term('partly_closed', ['Partly closed', 'Qismən qapalı', 'Частично закрытое']),
    term('open_but_access_restricted', ['Formally open, access restricted in practice', 'Formal olaraq açıq, faktiki girişi məhdudlaşdırılıb', 'Формально открытое, доступ фактически ограничен']),
  ],
});

/**
 * How timeline events and expected-release computations are worded, in the three languages, and
 * how an event's labels and a release's steps are put into those words. The one source for the
 * timeline view (renderer/src/i18n/locales/features/timeline.ts builds its strings from these) and
 * the dossier (electron/main/core/reports/dossier), so a reader comparing the app with the PDF finds
 * the same wording. The Record types make a new event kind, role or release step a compile error
 * here until it is worded.
 *
 * Placeholders are written `{name}`: the dossier fills them as they are, the renderer turns them
 * into i18next's `{{name}}`.
 */
import type { ChargeArticleRef } from '../catalogue/schemas';
import type { VocabularyId } from '../vocabularies';
import { loc, type Localised } from '../vocabularies/types';
import type { Term } from './sentence';
import type { ExpectedRelease, ModificationEffect, ReleaseStartSource } from './sentence-release';
import type { TimelineEventKind, TimelineLabel, TimelineLabelRole } from './timeline';

export const TIMELINE_KIND_WORDS: Readonly<Record<TimelineEventKind, Localised>> = {
  arrest: loc('Arrest', 'Tutulma', 'Задержание'),
  incommunicado_from: loc('Held incommunicado', 'Əlaqəsiz saxlanma', 'Содержание без связи'),
  incommunicado_until: loc('Contact restored', 'Əlaqə bərpa olunub', 'Связь восстановлена'),
  first_appearance: loc('First appearance before a judge', 'Hakim qarşısına ilk çıxarılma', 'Первая доставка к судье'),
  measure: loc('Pre-trial measure', 'Qətimkan tədbiri', 'Мера пресечения'),
  placement: loc('Placed in custody', 'Həbsə yerləşdirilmə', 'Помещение под стражу'),
  transfer: loc('Transfer', 'Köçürülmə', 'Перевод'),
  charge: loc('Charge brought', 'İttiham irəli sürülüb', 'Предъявлено обвинение'),
  requalification: loc('Charge requalified', 'İttihamın tövsifi dəyişdirilib', 'Обвинение переквалифицировано'),
  hearing: loc('Hearing', 'Məhkəmə iclası', 'Заседание'),
  verdict: loc('Verdict', 'Hökm', 'Приговор'),
  appeal: loc('Appeal or cassation', 'Apellyasiya və ya kassasiya', 'Апелляция или кассация'),
  sentence: loc('Sentence imposed', 'Cəza təyin edilib', 'Назначено наказание'),
  sentence_modification: loc('Sentence changed', 'Cəza dəyişdirilib', 'Наказание изменено'),
  expected_release: loc('Expected release', 'Gözlənilən azad edilmə', 'Ожидаемое освобождение'),
  incident: loc('Treatment in custody', 'Həbsdə rəftar', 'Обращение под стражей'),
  complaint: loc('Complaint filed', 'Şikayət verilib', 'Подана жалоба'),
  intervention_filed: loc('Intervention filed', 'Müraciət təqdim edilib', 'Подано обращение'),
  intervention_response: loc('Response received', 'Cavab alınıb', 'Получен ответ'),
  deadline: loc('Deadline', 'Son müddət', 'Срок'),
  recognition: loc('Recognised', 'Tanınıb', 'Признан'),
  recognition_withdrawn: loc('Recognition withdrawn', 'Tanınma geri götürülüb', 'Признание отозвано'),
  assessment: loc('Assessment', 'Qiymətləndirmə', 'Оценка'),
  task_due: loc('Task due', 'Tapşırığın son müddəti', 'Срок задачи'),
  release: loc('Release', 'Azad edilmə', 'Освобождение'),
  death: loc('Death', 'Ölüm', 'Смерть'),
};

/** "{value}" is the label's own text (a place, a court, a reference…). */
export const TIMELINE_ROLE_WORDS: Readonly<Record<TimelineLabelRole, Localised>> = {
  place: loc('in {value}', 'yer: {value}', 'место: {value}'),
  authority: loc('{value}', '{value}', '{value}'),
  court: loc('{value}', '{value}', '{value}'),
  by: loc('by {value}', 'icraçı: {value}', 'кем: {value}'),
  until: loc('until {value}', 'son tarix: {value}', 'до {value}'),
  outcome: loc('outcome: {value}', 'nəticə: {value}', 'итог: {value}'),
  status: loc('status: {value}', 'vəziyyəti: {value}', 'статус: {value}'),
  from: loc('from {value}', 'əvvəlki: {value}', 'прежнее: {value}'),
  addressee: loc('to {value}', 'ünvan: {value}', 'адресат: {value}'),
  reference: loc('ref. {value}', 'istinad: {value}', '№ {value}'),
  reason: loc('reason: {value}', 'səbəb: {value}', 'причина: {value}'),
  assessor: loc('by {value}', 'qiymətləndirən: {value}', 'оценщик: {value}'),
  new_term: loc('new term: {value}', 'yeni müddət: {value}', 'новый срок: {value}'),
  regime: loc('regime: {value}', 'rejim: {value}', 'режим: {value}'),
  as: loc('as {value}', 'statusu: {value}', 'в качестве: {value}'),
};

export type TimelineFlag = Extract<TimelineLabel, { kind: 'flag' }>['flag'];

export const TIMELINE_FLAG_WORDS: Readonly<Record<TimelineFlag, Localised>> = {
  done: loc('done', 'edilib', 'выполнено'),
  ended_early: loc('ended before the end of the term', 'müddət bitməzdən əvvəl başa çatıb', 'окончено до истечения срока'),
};

/** A sentence of an expected-release explanation (see explainExpectedRelease), or a word inside one. */
export type ReleaseStepWord = `start_${ReleaseStartSource}` | ModificationEffect | 'no_start' | 'term' | 'credit' | 'credit_included' | 'undated' | 'imprecise' | 'range';

/** One sentence per step of an expected-release computation (see sentence-release.ts). */
export const RELEASE_STEP_WORDS: Readonly<Record<ReleaseStepWord, Localised>> = {
  start_startsOn: loc('Term counted from the start set by the court, {date}.', 'Müddət məhkəmənin müəyyən etdiyi başlanğıcdan hesablanır: {date}.', 'Срок исчисляется с начала, установленного судом: {date}.'),
  start_imposedOn: loc('Term counted from the verdict, {date}.', 'Müddət hökm tarixindən hesablanır: {date}.', 'Срок исчисляется с даты приговора: {date}.'),
  start_arrestedOn: loc('Term counted from the arrest, {date}.', 'Müddət tutulma tarixindən hesablanır: {date}.', 'Срок исчисляется с даты задержания: {date}.'),
  no_start: loc('The start of the term is not recorded.', 'Müddətin başlanğıcı qeyd olunmayıb.', 'Начало срока не записано.'),
  term: loc('Term: {term}; release is due on its last day.', 'Müddət: {term}; azad edilmə müddətin son günündədir.', 'Срок: {term}; освобождение — в последний день срока.'),
  credit: loc('{days} days of pre-trial detention credited.', 'İstintaq təcridində keçirilmiş {days} gün hesaba alınıb.', 'Зачтено {days} дн. содержания под стражей до приговора.'),
  credit_included: loc('{days} credited days are already inside the term, which counts from the arrest.', 'Hesaba alınan {days} gün artıq müddətin içindədir, çünki müddət tutulmadan hesablanır.', 'Зачтённые {days} дн. уже входят в срок, который исчисляется с задержания.'),
  term_replaced: loc('{change} ({date}): new term {term}.', '{change} ({date}): yeni müddət {term}.', '{change} ({date}): новый срок {term}.'),
  ended: loc('{change} ({date}) ended the sentence.', '{change} ({date}) cəzaya son qoyub.', '{change} ({date}): наказание окончено.'),
  no_new_term: loc('{change} ({date}): no new term recorded, so the term is unchanged.', '{change} ({date}): yeni müddət qeyd olunmayıb, müddət dəyişmir.', '{change} ({date}): новый срок не записан, срок не меняется.'),
  no_effect: loc('{change} ({date}) does not change the date.', '{change} ({date}) tarixi dəyişmir.', '{change} ({date}) не меняет дату.'),
  after_end: loc('{change} ({date}) came after the end and does not change the date.', '{change} ({date}) müddət bitdikdən sonra olub və tarixi dəyişmir.', '{change} ({date}) — после окончания срока, дата не меняется.'),
  undated: loc('date not recorded', 'tarix qeyd olunmayıb', 'дата не записана'),
  imprecise: loc('Approximate: {date} is not an exact day.', 'Təxminidir: {date} dəqiq gün deyil.', 'Приблизительно: {date} — не точный день.'),
  range: loc('Falls between {earliest} and {latest}.', '{earliest} ilə {latest} arasındadır.', 'Между {earliest} и {latest}.'),
};

/**
 * What describing a timeline needs from its caller: how values are printed (the app and the dossier
 * each have their own formats) and the words above in the caller's language, placeholders filled
 * (the app through i18next, the dossier directly).
 */
export interface TimelineWording {
  readonly vocab: (vocabulary: VocabularyId, code: string) => string;
  readonly article: (ref: ChargeArticleRef) => TimelineText;
  readonly term: (term: Term) => string;
  readonly date: (edtf: string) => string;
  readonly role: (role: TimelineLabelRole, value: string) => string;
  readonly flag: (flag: TimelineFlag) => string;
  readonly releaseStep: (step: ReleaseStepWord, values?: Readonly<Record<string, string | number>>) => string;
}

/** A worded label; `unofficial` marks an article title that is a translation. */
export interface TimelineText {
  readonly text: string;
  readonly unofficial?: boolean;
}

/** One label of a timeline event, worded. */
export function describeTimelineLabel(label: TimelineLabel, wording: TimelineWording): TimelineText {
  let value: string;
  let unofficial = false;
  switch (label.kind) {
    case 'vocab':
      value = wording.vocab(label.vocabulary, label.code);
      break;
    case 'text':
      value = label.text;
      break;
    case 'article': {
      const article = wording.article(label.article);
      value = article.text;
      unofficial = article.unofficial === true;
      break;
    }
    case 'term':
      value = wording.term(label.term);
      break;
    case 'date':
      value = wording.date(label.date);
      break;
    case 'flag':
      return { text: wording.flag(label.flag) };
  }
  const text = label.role ? wording.role(label.role, value) : value;
  return unofficial ? { text, unofficial } : { text };
}

/** The computation of an expected release date, one sentence per step. */
export function explainExpectedRelease(release: ExpectedRelease, wording: TimelineWording): string[] {
  const lines: string[] = [];
  const say = (step: ReleaseStepWord, values?: Readonly<Record<string, string | number>>) => lines.push(wording.releaseStep(step, values));
  for (const step of release.basis) {
    switch (step.kind) {
      case 'start':
        say(`start_${step.source}`, { date: wording.date(step.date) });
        break;
      case 'no_start':
        say('no_start');
        break;
      case 'term':
        say('term', { term: wording.term(step.term) });
        break;
      case 'last_day':
        break; // said with the term
      case 'credit':
        say('credit', { days: step.days });
        break;
      case 'credit_included':
        say('credit_included', { days: step.days });
        break;
      case 'modification':
        say(step.effect, {
          change: wording.vocab('sentence_modification', step.type),
          date: step.decidedOn !== undefined ? wording.date(step.decidedOn) : wording.releaseStep('undated'),
          term: step.term ? wording.term(step.term) : '',
        });
        break;
      case 'imprecise':
        say('imprecise', { date: wording.date(step.date) });
        break;
    }
  }
  if (release.earliest !== release.latest) say('range', { earliest: wording.date(release.earliest), latest: wording.date(release.latest) });
  return lines;
}

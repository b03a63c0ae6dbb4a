/**
 * Words for timeline events in the UI language: the one-line description made of an event's
 * labels, and the explanation of an expected release date.
 */
import type { TFunction } from 'i18next';
import { describeTimelineLabel, explainExpectedRelease, type ExpectedRelease, type TimelineEvent, type TimelineEventKind, type TimelineText, type TimelineWording } from '../../../../shared/case-model';
import { dateRange } from '../../../../shared/domain/dates';
import type { Lang } from '../../../../shared/vocabularies';
import { formatArticle, formatDate, formatTerm, vocabLabel } from './format';

/** How the timeline view words events: the UI's formats, the shared words through i18next. */
function timelineWording(t: TFunction, lang: Lang): TimelineWording {
  return {
    vocab: (vocabulary, code) => vocabLabel(vocabulary, code, lang),
    article: (ref) => {
      const formatted = formatArticle(ref, lang);
      return { text: formatted.text, unofficial: formatted.unofficialTranslation };
    },
    term: (term) => formatTerm(term, lang),
    date: (edtf) => formatDate(edtf, lang),
    role: (role, value) => t(`timeline.roles.${role}`, { value }),
    flag: (flag) => t(`timeline.flags.${flag}`),
    releaseStep: (step, values = {}) => t(`timeline.release.${step}`, values),
  };
}

/** The one-line description of an event, a part per label (`unofficial` marks a translated article title). */
export function describeEvent(event: Pick<TimelineEvent, 'labels'>, t: TFunction, lang: Lang): TimelineText[] {
  const wording = timelineWording(t, lang);
  return event.labels.map((label) => describeTimelineLabel(label, wording));
}

/** The computation of an expected release date, one sentence per step. */
export function explainRelease(release: ExpectedRelease, t: TFunction, lang: Lang): string[] {
  return explainExpectedRelease(release, timelineWording(t, lang));
}

/** Year an event is grouped under: the year it starts in (or ends in, for an open start). */
export function yearOf(date: string): number {
  try {
    const range = dateRange(date);
    return Number((range.openStart ? range.latest : range.earliest).slice(0, 4));
  } catch {
    return Number(date.slice(0, 4)) || 0;
  }
}

/** Families of events, for the icon and its colour. */
export type KindGroup = 'detention' | 'custody' | 'charges' | 'court' | 'sentence' | 'treatment' | 'intervention' | 'recognition' | 'assessment' | 'task' | 'release' | 'death';

export const KIND_GROUP: Record<TimelineEventKind, KindGroup> = {
  arrest: 'detention',
  incommunicado_from: 'detention',
  incommunicado_until: 'detention',
  first_appearance: 'court',
  measure: 'detention',
  placement: 'custody',
  transfer: 'custody',
  charge: 'charges',
  requalification: 'charges',
  hearing: 'court',
  verdict: 'court',
  appeal: 'court',
  sentence: 'sentence',
  sentence_modification: 'sentence',
  expected_release: 'sentence',
  incident: 'treatment',
  complaint: 'treatment',
  intervention_filed: 'intervention',
  intervention_response: 'intervention',
  deadline: 'intervention',
  recognition: 'recognition',
  recognition_withdrawn: 'recognition',
  assessment: 'assessment',
  task_due: 'task',
  release: 'release',
  death: 'death',
};

/** A glyph per kind (decorative: the kind is always also written out). */
export const KIND_ICON: Record<TimelineEventKind, string> = {
  arrest: '■',
  incommunicado_from: '◧',
  incommunicado_until: '◨',
  first_appearance: '⚖',
  measure: '▤',
  placement: '⌂',
  transfer: '⇄',
  charge: '§',
  requalification: '§',
  hearing: '⚖',
  verdict: '⚖',
  appeal: '⚖',
  sentence: '◷',
  sentence_modification: '◶',
  expected_release: '◯',
  incident: '⚠',
  complaint: '✉',
  intervention_filed: '✉',
  intervention_response: '✉',
  deadline: '◔',
  recognition: '★',
  recognition_withdrawn: '☆',
  assessment: '✓',
  task_due: '☐',
  release: '○',
  death: '◆',
};

/**
 * Words for timeline events in the UI language: the one-line description made of an event's
 * labels, and the explanation of an expected release date.
 */
import type { TFunction } from 'i18next';
import type { ExpectedRelease, TimelineEvent, TimelineEventKind, TimelineLabel } from '../../../../shared/case-model';
import { dateRange } from '../../../../shared/domain/dates';
import type { Lang } from '../../../../shared/vocabularies';
import { formatArticle, formatDate, formatTerm, vocabLabel } from './format';

/** One piece of an event's description; `unofficial` marks an article title that is a translation. */
export interface DescriptionPart {
  readonly text: string;
  readonly unofficial?: boolean;
}

export function describeLabel(label: TimelineLabel, t: TFunction, lang: Lang): DescriptionPart {
  let value: string;
  let unofficial = false;
  switch (label.kind) {
    case 'vocab':
      value = vocabLabel(label.vocabulary, label.code, lang);
      break;
    case 'text':
      value = label.text;
      break;
    case 'article': {
      const formatted = formatArticle(label.article, lang);
      value = formatted.text;
      unofficial = formatted.unofficialTranslation;
      break;
    }
    case 'term':
      value = formatTerm(label.term, lang);
      break;
    case 'date':
      value = formatDate(label.date, lang);
      break;
    case 'flag':
      return { text: t(`timeline.flags.${label.flag}`) };
  }
  const text = label.role ? t(`timeline.roles.${label.role}`, { value }) : value;
  return unofficial ? { text, unofficial } : { text };
}

export function describeEvent(event: Pick<TimelineEvent, 'labels'>, t: TFunction, lang: Lang): DescriptionPart[] {
  return event.labels.map((label) => describeLabel(label, t, lang));
}

/** The computation of an expected release date, one sentence per step. */
export function explainRelease(release: ExpectedRelease, t: TFunction, lang: Lang): string[] {
  const lines: string[] = [];
  for (const step of release.basis) {
    switch (step.kind) {
      case 'start':
        lines.push(t(`timeline.release.start_${step.source}`, { date: formatDate(step.date, lang) }));
        break;
      case 'no_start':
        lines.push(t('timeline.release.no_start'));
        break;
      case 'term':
        lines.push(t('timeline.release.term', { term: formatTerm(step.term, lang) }));
        break;
      case 'last_day':
        break; // said with the term
      case 'credit':
        lines.push(t('timeline.release.credit', { days: step.days }));
        break;
      case 'credit_included':
        lines.push(t('timeline.release.credit_included', { days: step.days }));
        break;
      case 'modification':
        lines.push(
          t(`timeline.release.${step.effect}`, {
            change: vocabLabel('sentence_modification', step.type, lang),
            date: step.decidedOn !== undefined ? formatDate(step.decidedOn, lang) : t('timeline.release.undated'),
            term: step.term ? formatTerm(step.term, lang) : '',
          }),
        );
        break;
      case 'imprecise':
        lines.push(t('timeline.release.imprecise', { date: formatDate(step.date, lang) }));
        break;
    }
  }
  if (release.earliest !== release.latest) {
    lines.push(t('timeline.release.range', { earliest: formatDate(release.earliest, lang), latest: formatDate(release.latest, lang) }));
  }
  return lines;
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

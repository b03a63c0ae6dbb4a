/**
 * The case timeline, generated from the data (never stored): every dated fact of the case file as
 * one event, in date order, with undated entities listed after the dated ones. Events carry their
 * labels as data (vocabulary codes, articles, terms, free text), so the UI words them in the
 * reader's language and dossiers can filter them by sensitivity.
 */
import type { ChargeArticleRef } from '../catalogue/schemas';
import { compareFuzzyDates } from '../domain/dates';
import type { VocabularyId } from '../vocabularies';
import { maxSensitivity, type Sensitivity } from '../vocabularies/sensitivity';
import type { CaseFile } from './case-file';
import { effectiveConclusion } from './conclusion';
import type { DetentionEpisode } from './detention';
import { assessmentSpec } from './assessment';
import { detentionSpec, measureOrderSpec, placementSpec } from './detention';
import { incidentSpec } from './incident';
import { deadlineSpec, interventionSpec } from './intervention';
import { noteSpec } from './note';
import { personSpec } from './person';
import { chargeSpec, hearingSpec, type Proceeding } from './proceeding';
import { recognitionSpec } from './recognition';
import { expectedRelease, type ExpectedRelease } from './sentence-release';
import { effectiveFieldSensitivity, type Sensitive } from './sensitivity';
import { sentenceModificationSpec, sentenceSpec, type Term } from './sentence';

export const TIMELINE_EVENT_KINDS = [
  'arrest',
  'incommunicado_from',
  'incommunicado_until',
  'first_appearance',
  'measure',
  'placement',
  'transfer',
  'charge',
  'requalification',
  'hearing',
  'verdict',
  'appeal',
  'sentence',
  'sentence_modification',
  'expected_release',
  'incident',
  'complaint',
  'intervention_filed',
  'intervention_response',
  'deadline',
  'recognition',
  'recognition_withdrawn',
  'assessment',
  'task_due',
  'release',
  'death',
] as const;
export type TimelineEventKind = (typeof TIMELINE_EVENT_KINDS)[number];

/** What a label says about the event, so the UI can put "until", "by", "to"… before it. */
export type TimelineLabelRole =
  | 'place'
  | 'authority'
  | 'court'
  | 'by'
  | 'until'
  | 'outcome'
  | 'status'
  | 'from'
  | 'addressee'
  | 'reference'
  | 'reason'
  | 'assessor'
  | 'new_term'
  | 'regime'
  | 'as';

export type TimelineLabel =
  | { readonly kind: 'vocab'; readonly vocabulary: VocabularyId; readonly code: string; readonly role?: TimelineLabelRole }
  | { readonly kind: 'text'; readonly text: string; readonly role?: TimelineLabelRole }
  | { readonly kind: 'article'; readonly article: ChargeArticleRef; readonly role?: TimelineLabelRole }
  | { readonly kind: 'term'; readonly term: Term; readonly role?: TimelineLabelRole }
  | { readonly kind: 'date'; readonly date: string; readonly role?: TimelineLabelRole }
  | { readonly kind: 'flag'; readonly flag: 'done' | 'ended_early' };

export interface TimelineEvent {
  /** Stable across revisions: the entity's id and the kind (`<id>:arrest`). */
  readonly id: string;
  /** EDTF; absent for entities recorded without this date (they come last, in document order). */
  readonly date?: string;
  readonly kind: TimelineEventKind;
  /** Field names and entity ids from the case file down to the entity, for navigation. */
  readonly path: readonly string[];
  /** The field of that entity the date comes from (for expected release: the sentence's term). */
  readonly field: string;
  readonly labels: readonly TimelineLabel[];
  /** Effective sensitivity of the date: a dossier may show the event only at this level or above. */
  readonly sensitivity: Sensitivity;
  /** For expected release: the computation, for the explanation. */
  readonly release?: ExpectedRelease;
}

/** Explicit levels set on the containers above an entity (see effectiveFieldSensitivity). */
function below(inherited: readonly Sensitivity[], container: Sensitive, field: string): Sensitivity[] {
  const level = container.sensitivity?.[field];
  return level === undefined ? [...inherited] : [...inherited, level];
}

const vocab = (vocabulary: VocabularyId, code: string | undefined, role?: TimelineLabelRole): TimelineLabel[] =>
  code === undefined ? [] : [{ kind: 'vocab', vocabulary, code, ...(role ? { role } : {}) }];
const text = (value: string | undefined, role?: TimelineLabelRole): TimelineLabel[] => (value === undefined ? [] : [{ kind: 'text', text: value, ...(role ? { role } : {}) }]);
const dateLabel = (value: string | undefined, role: TimelineLabelRole): TimelineLabel[] => (value === undefined ? [] : [{ kind: 'date', date: value, role }]);
const termLabel = (term: Term | undefined, role?: TimelineLabelRole): TimelineLabel[] => (term === undefined ? [] : [{ kind: 'term', term, ...(role ? { role } : {}) }]);
const flag = (on: boolean | undefined, value: 'done' | 'ended_early'): TimelineLabel[] => (on ? [{ kind: 'flag', flag: value }] : []);

/** Every event of the case: dated ones by date (stable for equal dates), then undated ones. */
export function buildTimeline(file: CaseFile): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const root = file as Sensitive;
  const add = (entityId: string, kind: TimelineEventKind, date: string | undefined, path: readonly string[], field: string, labels: TimelineLabel[], sensitivity: Sensitivity, release?: ExpectedRelease) => {
    events.push({ id: `${entityId}:${kind}`, ...(date !== undefined ? { date } : {}), kind, path, field, labels, sensitivity, ...(release ? { release } : {}) });
  };

  // Detentions: arrest to release.
  for (const d of file.detentions) {
    const inherited = below([], root, 'detentions');
    const path = ['detentions', d.id];
    const level = (field: string) => effectiveFieldSensitivity(d, detentionSpec, field, inherited);
    add(d.id, 'arrest', d.arrestedOn, path, 'arrestedOn', [...vocab('detention_authority', d.arrestingAuthority, 'authority'), ...text(d.arrestingAuthorityName, 'authority'), ...text(d.arrestPlace, 'place'), ...vocab('detention_type', d.detentionType)], level('arrestedOn'));
    if (d.incommunicadoFrom !== undefined) add(d.id, 'incommunicado_from', d.incommunicadoFrom, path, 'incommunicadoFrom', [], level('incommunicadoFrom'));
    if (d.incommunicadoUntil !== undefined) add(d.id, 'incommunicado_until', d.incommunicadoUntil, path, 'incommunicadoUntil', [], level('incommunicadoUntil'));
    if (d.firstAppearanceOn !== undefined) add(d.id, 'first_appearance', d.firstAppearanceOn, path, 'firstAppearanceOn', [], level('firstAppearanceOn'));
    const measures = below(inherited, d, 'measures');
    for (const m of d.measures) {
      add(m.id, 'measure', m.orderedOn, [...path, 'measures', m.id], 'orderedOn', [...vocab('measure_order_action', m.action), ...vocab('pre_trial_measure', m.measure), ...dateLabel(m.until, 'until'), ...text(m.orderedBy, 'by')], effectiveFieldSensitivity(m, measureOrderSpec, 'orderedOn', measures));
    }
    const placements = below(inherited, d, 'placements');
    const firstDated = [...d.placements].filter((p) => p.from !== undefined).sort((a, b) => compareFuzzyDates(a.from!, b.from!))[0];
    for (const p of d.placements) {
      const transfer = p.from !== undefined && p !== firstDated;
      add(p.id, transfer ? 'transfer' : 'placement', p.from, [...path, 'placements', p.id], 'from', [...text(p.facilityName), ...vocab('facility_type', p.facilityType), ...vocab('detention_regime', p.regime, 'regime'), ...text(transfer ? p.transferReason : undefined, 'reason')], effectiveFieldSensitivity(p, placementSpec, 'from', placements));
    }
    if (d.releasedOn !== undefined || d.releaseType !== undefined) add(d.id, 'release', d.releasedOn, path, 'releasedOn', vocab('release_type', d.releaseType), level('releasedOn'));
  }

  // Proceedings: charges, hearings, sentences.
  for (const p of file.proceedings) {
    const inherited = below([], root, 'proceedings');
    const path = ['proceedings', p.id];
    const charges = below(inherited, p, 'charges');
    for (const c of p.charges) {
      const from = c.requalifiedFrom === undefined ? undefined : p.charges.find((x) => x.id === c.requalifiedFrom);
      const labels: TimelineLabel[] = [...(from ? [{ kind: 'article', article: from.article, role: 'from' } as const] : []), { kind: 'article', article: c.article }, ...vocab('charge_status', c.status, 'status')];
      add(c.id, from ? 'requalification' : 'charge', c.broughtOn, [...path, 'charges', c.id], 'broughtOn', labels, effectiveFieldSensitivity(c, chargeSpec, 'broughtOn', charges));
    }
    const hearings = below(inherited, p, 'hearings');
    for (const h of p.hearings) {
      const kind: TimelineEventKind = h.type === 'verdict' ? 'verdict' : h.type === 'appeal_hearing' || h.type === 'cassation_hearing' ? 'appeal' : 'hearing';
      add(h.id, kind, h.date, [...path, 'hearings', h.id], 'date', [...vocab('hearing_type', h.type), ...vocab('hearing_outcome', h.outcome, 'outcome'), ...text(h.court ?? p.court, 'court')], effectiveFieldSensitivity(h, hearingSpec, 'date', hearings));
    }
    const sentences = below(inherited, p, 'sentences');
    const arrest = arrestFor(file, p);
    for (const s of p.sentences) {
      const sPath = [...path, 'sentences', s.id];
      const level = (field: string) => effectiveFieldSensitivity(s, sentenceSpec, field, sentences);
      add(s.id, 'sentence', s.imposedOn, sPath, 'imposedOn', [...vocab('sentence_type', s.type), ...termLabel(s.term), ...vocab('detention_regime', s.regime, 'regime')], level('imposedOn'));
      const modifications = below(sentences, s, 'modifications');
      for (const m of s.modifications) {
        add(m.id, 'sentence_modification', m.decidedOn, [...sPath, 'modifications', m.id], 'decidedOn', [...vocab('sentence_modification', m.type), ...termLabel(m.newTerm, 'new_term'), ...text(m.decidedBy, 'by')], effectiveFieldSensitivity(m, sentenceModificationSpec, 'decidedOn', modifications));
      }
      const release = expectedRelease(s, arrest ? { arrestedOn: arrest.date } : {});
      if (release) {
        const inputs = [level('term'), level('imposedOn'), level('startsOn'), level('creditedPreTrialDays')];
        const start = release.basis.find((b) => b.kind === 'start');
        if (start?.kind === 'start' && start.source === 'arrestedOn' && arrest) inputs.push(arrest.sensitivity);
        const ender = release.endedBy && s.modifications.find((m) => m.id === release.endedBy?.id);
        if (ender) inputs.push(effectiveFieldSensitivity(ender, sentenceModificationSpec, 'decidedOn', modifications));
        add(s.id, 'expected_release', release.date, sPath, 'term', [...vocab('sentence_modification', release.endedBy?.type), ...flag(release.endedBy !== undefined, 'ended_early')], maxSensitivity(...inputs), release);
      }
    }
  }

  // Treatment in custody.
  for (const i of file.incidents) {
    const inherited = below([], root, 'incidents');
    const path = ['incidents', i.id];
    add(i.id, 'incident', i.date, path, 'date', [...vocab('treatment_act', i.act), ...text(i.place, 'place')], effectiveFieldSensitivity(i, incidentSpec, 'date', inherited));
    if (i.complaintFiledOn !== undefined) {
      add(i.id, 'complaint', i.complaintFiledOn, path, 'complaintFiledOn', [...vocab('treatment_act', i.act), ...text(i.complaintTo, 'addressee'), ...vocab('complaint_outcome', i.complaintOutcome, 'outcome')], effectiveFieldSensitivity(i, incidentSpec, 'complaintFiledOn', inherited));
    }
  }

  // Interventions, their answers and deadlines.
  for (const iv of file.interventions) {
    const inherited = below([], root, 'interventions');
    const path = ['interventions', iv.id];
    add(iv.id, 'intervention_filed', iv.filedOn, path, 'filedOn', [...vocab('intervention_type', iv.type), ...text(iv.addressee, 'addressee'), ...text(iv.reference, 'reference'), ...vocab('intervention_status', iv.status, 'status')], effectiveFieldSensitivity(iv, interventionSpec, 'filedOn', inherited));
    if (iv.respondedOn !== undefined) {
      add(iv.id, 'intervention_response', iv.respondedOn, path, 'respondedOn', [...vocab('intervention_type', iv.type), ...text(iv.reference, 'reference'), ...vocab('intervention_status', iv.status, 'status')], effectiveFieldSensitivity(iv, interventionSpec, 'respondedOn', inherited));
    }
    const deadlines = below(inherited, iv, 'deadlines');
    for (const dl of iv.deadlines) {
      add(dl.id, 'deadline', dl.due, [...path, 'deadlines', dl.id], 'due', [...text(dl.what), ...vocab('intervention_type', iv.type), ...flag(dl.done, 'done')], effectiveFieldSensitivity(dl, deadlineSpec, 'due', deadlines));
    }
  }

  // Recognitions.
  for (const r of file.recognitions) {
    const inherited = below([], root, 'recognitions');
    const path = ['recognitions', r.id];
    add(r.id, 'recognition', r.recognisedOn, path, 'recognisedOn', [...vocab('recognising_body', r.body), ...vocab('recognition_status', r.status, 'as'), ...text(r.listEdition, 'reference')], effectiveFieldSensitivity(r, recognitionSpec, 'recognisedOn', inherited));
    if (r.withdrawnOn !== undefined) add(r.id, 'recognition_withdrawn', r.withdrawnOn, path, 'withdrawnOn', vocab('recognising_body', r.body), effectiveFieldSensitivity(r, recognitionSpec, 'withdrawnOn', inherited));
  }

  // Assessments.
  for (const a of file.assessments) {
    add(a.id, 'assessment', a.assessedOn, ['assessments', a.id], 'assessedOn', [...vocab('assessment_conclusion', effectiveConclusion(a)), ...text(a.assessor, 'assessor')], effectiveFieldSensitivity(a, assessmentSpec, 'assessedOn', below([], root, 'assessments')));
  }

  // Tasks: notes with a due date.
  for (const n of file.notes) {
    if (n.dueOn === undefined) continue;
    add(n.id, 'task_due', n.dueOn, ['notes', n.id], 'dueOn', [...text(n.title), ...text(n.assignedTo, 'by'), ...flag(n.done, 'done')], effectiveFieldSensitivity(n, noteSpec, 'dueOn', below([], root, 'notes')));
  }

  // Death.
  const person = file.person;
  if (person.diedOn !== undefined) add(person.id, 'death', person.diedOn, ['person'], 'diedOn', [], effectiveFieldSensitivity(person, personSpec, 'diedOn', below([], root, 'person')));

  const dated = events.filter((e) => e.date !== undefined);
  const undated = events.filter((e) => e.date === undefined);
  // Array.prototype.sort is stable, so events on the same date keep the order above.
  dated.sort((a, b) => compareFuzzyDates(a.date!, b.date!));
  return [...dated, ...undated];
}

/**
 * The arrest a sentence counts from when the court gave no start: the earliest arrest among the
 * detentions linked to the proceeding, else the only detention of the case.
 */
function arrestFor(file: CaseFile, proceeding: Proceeding): { date: string; sensitivity: Sensitivity } | undefined {
  const linked = file.detentions.filter((d) => proceeding.detentionIds.includes(d.id));
  const candidates: DetentionEpisode[] = linked.length > 0 ? linked : file.detentions.length === 1 ? file.detentions : [];
  const dated = candidates.filter((d) => d.arrestedOn !== undefined).sort((a, b) => compareFuzzyDates(a.arrestedOn!, b.arrestedOn!));
  const first = dated[0];
  if (!first?.arrestedOn) return undefined;
  return { date: first.arrestedOn, sensitivity: effectiveFieldSensitivity(first, detentionSpec, 'arrestedOn', below([], file as Sensitive, 'detentions')) };
}

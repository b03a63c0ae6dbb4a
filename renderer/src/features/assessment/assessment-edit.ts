/**
 * Edits of assessments as pure functions on the case file, so the section only wires them to
 * controls and the rules (versions, copying, validation) are tested without a DOM.
 */
import { Assessment, type CaseFile, type CriterionFinding, type WgadFinding } from '../../../../shared/case-model';
import { compareFuzzyDates, type FuzzyDate } from '../../../../shared/domain/dates';
import type { CodeOf } from '../../../../shared/vocabularies';

export type PaceCode = CodeOf<'pace_1900_criterion'>;
export type WgadCode = CodeOf<'wgad_category'>;
export type FindingCode = CodeOf<'assessment_finding'>;

/** Assessments newest first: by date, then (same date) the one recorded later first. */
export function versionsNewestFirst(assessments: readonly Assessment[]): Assessment[] {
  return assessments
    .map((a, index) => ({ a, index }))
    .sort((x, y) => compareFuzzyDates(y.a.assessedOn, x.a.assessedOn) || y.index - x.index)
    .map(({ a }) => a);
}

/** Today in the local calendar, as a stored day (YYYY-MM-DD). */
export function today(now: Date = new Date()): FuzzyDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}` as FuzzyDate;
}

/**
 * A new version: dated and signed as given, with the findings of `latest` copied (new ids, so each
 * version's findings are its own) for the assessor to review. The conclusion override, its reason,
 * the reviewer and the notes are the earlier assessor's judgement and are not copied.
 */
export function newVersion(latest: Assessment | undefined, init: { assessedOn: FuzzyDate; assessor: string }, newId: () => string = () => crypto.randomUUID()): Assessment {
  const copyFinding = <F extends CriterionFinding | WgadFinding>(f: F): F => ({ ...f, id: newId(), sourceIds: [...f.sourceIds], exhibitIds: [...f.exhibitIds] });
  return {
    id: newId(),
    assessedOn: init.assessedOn,
    assessor: init.assessor,
    paceCriteria: latest ? latest.paceCriteria.map(copyFinding) : [],
    wgadCategories: latest ? latest.wgadCategories.map(copyFinding) : [],
    ...(latest?.wgadOpinion !== undefined ? { wgadOpinion: latest.wgadOpinion } : {}),
    ...(latest?.wgadOpinionReference !== undefined ? { wgadOpinionReference: latest.wgadOpinionReference } : {}),
    ...(latest?.article18 !== undefined ? { article18: latest.article18 } : {}),
    ...(latest?.article18Reference !== undefined ? { article18Reference: latest.article18Reference } : {}),
    ...(latest?.article18Reasoning !== undefined ? { article18Reasoning: latest.article18Reasoning } : {}),
    ...(latest?.sensitivity !== undefined ? { sensitivity: { ...latest.sensitivity } } : {}),
  };
}

export function addAssessment(file: CaseFile, assessment: Assessment): CaseFile {
  return { ...file, assessments: [...file.assessments, assessment] };
}

export function replaceAssessment(file: CaseFile, next: Assessment): CaseFile {
  return { ...file, assessments: file.assessments.map((a) => (a.id === next.id ? next : a)) };
}

/** Sets (or clears, with undefined) a field of an assessment; an absent optional field is left out. */
export function withField<K extends keyof Assessment>(a: Assessment, key: K, value: Assessment[K] | undefined): Assessment {
  const next = { ...a };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

type Group = 'pace' | 'wgad';
type FindingOf<G extends Group> = G extends 'pace' ? CriterionFinding : WgadFinding;

export function findingOf(a: Assessment, group: 'pace', code: PaceCode): CriterionFinding | undefined;
export function findingOf(a: Assessment, group: 'wgad', code: WgadCode): WgadFinding | undefined;
export function findingOf(a: Assessment, group: Group, code: string): CriterionFinding | WgadFinding | undefined {
  return group === 'pace' ? a.paceCriteria.find((f) => f.criterion === code) : a.wgadCategories.find((f) => f.category === code);
}

/**
 * Records the finding on one criterion or category: creates the entry, changes it, or (for
 * undefined, "not assessed") removes it with its reasoning and links.
 */
export function setFinding(a: Assessment, group: Group, code: string, finding: FindingCode | undefined, newId: () => string = () => crypto.randomUUID()): Assessment {
  if (group === 'pace') {
    const list = a.paceCriteria;
    const at = list.findIndex((f) => f.criterion === code);
    if (finding === undefined) return { ...a, paceCriteria: list.filter((_, i) => i !== at) };
    if (at === -1) return { ...a, paceCriteria: [...list, { id: newId(), criterion: code as PaceCode, finding, sourceIds: [], exhibitIds: [] }] };
    return { ...a, paceCriteria: list.map((f, i) => (i === at ? { ...f, finding } : f)) };
  }
  const list = a.wgadCategories;
  const at = list.findIndex((f) => f.category === code);
  if (finding === undefined) return { ...a, wgadCategories: list.filter((_, i) => i !== at) };
  if (at === -1) return { ...a, wgadCategories: [...list, { id: newId(), category: code as WgadCode, finding, sourceIds: [], exhibitIds: [] }] };
  return { ...a, wgadCategories: list.map((f, i) => (i === at ? { ...f, finding } : f)) };
}

/** Changes reasoning or source links of an existing finding (no-op when there is none). */
export function updateFinding<G extends Group>(a: Assessment, group: G, code: string, patch: { reasoning?: string | undefined; sourceIds?: string[] }): Assessment {
  const apply = <F extends FindingOf<G>>(f: F): F => {
    const next = { ...f, ...(patch.sourceIds ? { sourceIds: patch.sourceIds } : {}) };
    if ('reasoning' in patch) {
      if (patch.reasoning === undefined) delete next.reasoning;
      else next.reasoning = patch.reasoning;
    }
    return next;
  };
  if (group === 'pace') return { ...a, paceCriteria: a.paceCriteria.map((f) => (f.criterion === code ? apply(f as FindingOf<G>) : f)) as CriterionFinding[] };
  return { ...a, wgadCategories: a.wgadCategories.map((f) => (f.category === code ? apply(f as FindingOf<G>) : f)) as WgadFinding[] };
}

/**
 * The first problem the schema finds with an assessment, as { path, message } (path relative to the
 * assessment, e.g. "paceCriteria.0.reasoning"), or null when it is valid.
 */
export function assessmentProblem(a: Assessment): { path: string; message: string } | null {
  const parsed = Assessment.safeParse(a);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  return issue ? { path: issue.path.join('.'), message: issue.message } : null;
}

/** The message for a field if the schema rejects the assessment because of that field. */
export function problemAt(a: Assessment, path: string): string | null {
  const parsed = Assessment.safeParse(a);
  if (parsed.success) return null;
  const issue = parsed.error.issues.find((i) => i.path.join('.') === path || i.path.join('.').startsWith(`${path}.`));
  return issue?.message ?? null;
}

/** Whitespace-only text counts as empty (the field is left out). */
export function cleanText(value: string): string | undefined {
  return value.trim() === '' ? undefined : value;
}

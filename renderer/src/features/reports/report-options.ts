/**
 * The report dialogs' model, free of React: what is chosen by default, what each choice means for
 * the reader, and the options sent to main (which parses them again with the same schemas).
 */
import { AUDIENCE_PROFILES, AUDIENCES, type Audience } from '../../../../shared/reports/audience';
import { DOSSIER_SECTIONS, type DossierOptionsInput, type DossierSection, type ReportLang, type ReportOptionsInput } from '../../../../shared/reports/options';
import type { ReportProgress } from '../../../../shared/reports/requests';

export { AUDIENCES, DOSSIER_SECTIONS, type Audience, type DossierSection, type ReportLang };

/** The most cases one list report takes (ReportFilters.caseIds). */
export const MAX_REPORT_CASES = 20_000;
export const MAX_TITLE_CHARS = 200;

/** Public by default: the least that can go wrong if the user does not look. */
export const DEFAULT_AUDIENCE: Audience = 'public';

export interface DossierChoices {
  audience: Audience;
  sections: ReadonlySet<DossierSection>;
  lang: ReportLang;
}

export interface ListChoices {
  audience: Audience;
  lang: ReportLang;
  title: string;
  /** The user ticked that the choice of cases reveals nothing this audience may not know. */
  selectionChecked: boolean;
}

/**
 * What narrowed the case list the report is made of. Search reads every text of every case,
 * confidential ones included, and filters read restricted fields: which cases are in the list may
 * then say something the PDF itself leaves out.
 */
export interface ListNarrowing {
  search: boolean;
  filters: boolean;
}

/** Every section on, labels in the UI's language. */
export function defaultDossierChoices(lang: ReportLang): DossierChoices {
  return { audience: DEFAULT_AUDIENCE, sections: new Set(DOSSIER_SECTIONS), lang };
}

export function defaultListChoices(lang: ReportLang): ListChoices {
  return { audience: DEFAULT_AUDIENCE, lang, title: '', selectionChecked: false };
}

/**
 * Whether the choice of cases may reveal what the audience may not see: the list was searched or
 * filtered, and the audience is not the internal one (which sees everything anyway). Until main
 * re-applies the filters to what each audience may see, the user has to check it and say so.
 */
export function selectionMayReveal(audience: Audience, narrowedBy: ListNarrowing): boolean {
  return AUDIENCE_PROFILES[audience].clearance !== 'confidential' && (narrowedBy.search || narrowedBy.filters);
}

/** Another audience is another check: the tick does not carry over. */
export function withAudience(choices: ListChoices, audience: Audience): ListChoices {
  return audience === choices.audience ? choices : { ...choices, audience, selectionChecked: false };
}

/** What the dialog says under the audiences: confidential content, or a banner on every page. */
export function audienceNotice(audience: Audience): 'confidential' | 'restricted' | null {
  const profile = AUDIENCE_PROFILES[audience];
  if (profile.clearance === 'confidential') return 'confidential';
  return profile.banner ? 'restricted' : null;
}

export function toggleSection(sections: ReadonlySet<DossierSection>, section: DossierSection, on: boolean): Set<DossierSection> {
  const next = new Set(sections);
  if (on) next.add(section);
  else next.delete(section);
  return next;
}

/** Sections in print order (a Set remembers the order they were ticked in). */
export function dossierOptions(choices: DossierChoices): DossierOptionsInput {
  return { audience: choices.audience, lang: choices.lang, sections: DOSSIER_SECTIONS.filter((s) => choices.sections.has(s)) };
}

export function dossierProblem(choices: DossierChoices): 'noSection' | null {
  return choices.sections.size === 0 ? 'noSection' : null;
}

export type ListProblem = 'countEmpty' | 'countTooMany' | 'reportTitleTooLong' | 'selectionUnchecked';

export function listProblem(choices: ListChoices, caseCount: number, narrowedBy: ListNarrowing): ListProblem | null {
  if (caseCount === 0) return 'countEmpty';
  if (caseCount > MAX_REPORT_CASES) return 'countTooMany';
  if (choices.title.trim().length > MAX_TITLE_CHARS) return 'reportTitleTooLong';
  if (selectionMayReveal(choices.audience, narrowedBy) && !choices.selectionChecked) return 'selectionUnchecked';
  return null;
}

/** The list as it is on screen, by id: exactly these cases are in the report. */
export function listOptions(choices: ListChoices, caseIds: readonly string[]): ReportOptionsInput {
  const title = choices.title.trim();
  return {
    audience: choices.audience,
    lang: choices.lang,
    filters: { statuses: [], categories: [], articles: [], caseIds: [...caseIds] },
    ...(title !== '' ? { title } : {}),
  };
}

/** 0–100 within the current stage, or null before main has said how much there is. */
export function progressPercent(progress: ReportProgress | null): number | null {
  if (!progress || progress.total <= 0) return null;
  return (Math.min(progress.done, progress.total) / progress.total) * 100;
}

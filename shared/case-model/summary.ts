import { z } from 'zod';
import { codeVersionId } from '../catalogue/schemas';
import { CaseStatus } from '../domain/case';
import { compareFuzzyDates, FuzzyDate } from '../domain/dates';
import { VOCABULARIES } from '../vocabularies';
import type { CaseFile } from './case-file';
import { effectiveConclusion, latestAssessment } from './conclusion';
import type { CaseRecord } from './record';
import { Term, type Sentence } from './sentence';

/**
 * One row of the case list: what the table shows, sorts and filters on. Derived from a case record
 * (never stored), the same way in main, the CLI and the renderer, so the list is always consistent
 * with the document. The case's searchable text is not part of it (see search-texts.ts): it is ten
 * times the size of the row, and the list must show all 10,000 rows before it has crossed.
 */
export const CaseSummary = z.strictObject({
  id: z.uuid(),
  revision: z.number().int().positive(),
  updatedAt: z.iso.datetime(),
  name: z.string(),
  otherNames: z.array(z.string()),
  reference: z.string().optional(),
  status: CaseStatus,
  categories: z.array(VOCABULARIES.profile_category.schema),
  arrestedOn: FuzzyDate.optional(),
  releasedOn: FuzzyDate.optional(),
  /** `AZ/criminal/1999:234.4.3`: code version and article, see articleKey. */
  articles: z.array(z.string()),
  facility: z.string().optional(),
  court: z.string().optional(),
  sentenceType: VOCABULARIES.sentence_type.schema.optional(),
  sentenceTerm: Term.optional(),
  conclusion: VOCABULARIES.assessment_conclusion.schema.optional(),
  recognisedBy: z.array(VOCABULARIES.recognising_body.schema),
});
export type CaseSummary = z.infer<typeof CaseSummary>;

/** Filterable key of a charged article; the code version matters (1960 and 1999 reuse numbers). */
export function articleKey(ref: { jurisdiction: string; code: string; version: string; article: string }): string {
  return `${codeVersionId(ref)}:${ref.article}`;
}

/** The article part of an articleKey, for display. */
export function articleOfKey(key: string): string {
  return key.slice(key.lastIndexOf(':') + 1);
}

/** The primary name (the one lists use), else the first recorded. */
export function primaryName(file: Pick<CaseFile, 'person'>): string {
  const names = file.person.names;
  return (names.find((n) => n.use === 'primary') ?? names[0])?.full ?? '';
}

function latestBy<T>(items: readonly T[], dateOf: (t: T) => string | undefined): T | undefined {
  let best: T | undefined;
  for (const item of items) {
    const d = dateOf(item);
    const bestDate = best === undefined ? undefined : dateOf(best);
    if (best === undefined || (d !== undefined && (bestDate === undefined || compareFuzzyDates(d, bestDate) >= 0))) best = item;
  }
  return best;
}

/** Sentences that deprive of liberty: the ones a list of political prisoners reports first. */
const CUSTODIAL = new Set<string>(['imprisonment', 'life_imprisonment', 'restricted_freedom', 'administrative_detention']);

/**
 * The sentence a list shows: of the latest verdict's sentences, the custodial one (a fine imposed
 * with 8½ years in prison is not "the sentence"), else the first.
 */
function mainSentence(sentences: readonly Sentence[]): Sentence | undefined {
  const latest = latestBy(sentences, (s) => s.imposedOn);
  if (!latest) return undefined;
  const sameVerdict = sentences.filter((s) => s.imposedOn === latest.imposedOn);
  return sameVerdict.find((s) => CUSTODIAL.has(s.type)) ?? sameVerdict[0];
}

/** The term as last changed (appeal, conversion…), else as imposed. */
function currentTerm(sentence: Sentence): Term | undefined {
  const changed = latestBy(
    sentence.modifications.filter((m) => m.newTerm !== undefined),
    (m) => m.decidedOn,
  );
  return changed?.newTerm ?? sentence.term;
}

export function summariseCase(record: Pick<CaseRecord, 'id' | 'revision' | 'updatedAt' | 'file'>): CaseSummary {
  const { file } = record;
  const primary = primaryName(file);
  const detention = latestBy(file.detentions, (d) => d.arrestedOn);
  const placement = detention && latestBy(detention.placements, (p) => p.from);
  const proceeding = latestBy(file.proceedings, (p) => latestBy(p.hearings, (h) => h.date)?.date);
  const sentence = mainSentence(file.proceedings.flatMap((p) => p.sentences));
  const term = sentence && currentTerm(sentence);
  const assessment = latestAssessment(file.assessments);
  return {
    id: record.id,
    revision: record.revision,
    updatedAt: record.updatedAt,
    name: primary,
    otherNames: file.person.names.map((n) => n.full).filter((n) => n !== primary),
    ...(file.reference !== undefined ? { reference: file.reference } : {}),
    status: file.status,
    categories: [...file.person.categories],
    ...(detention?.arrestedOn !== undefined ? { arrestedOn: detention.arrestedOn } : {}),
    ...(detention?.releasedOn !== undefined ? { releasedOn: detention.releasedOn } : {}),
    // A charge may lack its article in a dossier audience's view (withheld while its date shows).
    articles: [...new Set(file.proceedings.flatMap((p) => p.charges.flatMap((c) => (c.article === undefined ? [] : [articleKey(c.article)]))))],
    ...(placement ? { facility: placement.facilityName } : {}),
    ...(proceeding?.court !== undefined ? { court: proceeding.court } : {}),
    ...(sentence ? { sentenceType: sentence.type } : {}),
    ...(term !== undefined ? { sentenceTerm: term } : {}),
    ...(assessment ? { conclusion: effectiveConclusion(assessment) } : {}),
    recognisedBy: [...new Set(file.recognitions.filter((r) => r.withdrawnOn === undefined).map((r) => r.body))],
  };
}

import { bundledCatalogue, findArticle } from '../catalogue';
import type { ChargeArticleRef } from '../catalogue/schemas';
import { VOCABULARIES } from '../vocabularies';
import { LANGS } from '../vocabularies/types';
import type { CaseFile } from './case-file';
import { caseFileSpec } from './case-file';
import type { FieldSpec } from './fields';

/**
 * Every searchable text of a case, found by walking the field specs (so a new field is searched
 * without anyone remembering to add it): free text as written, the labels of chosen vocabulary
 * terms in English, Azerbaijani and Russian (so "jurnalist" finds a journalist), and article
 * references with their catalogue titles in the three languages.
 */
export function caseTexts(file: CaseFile): string[] {
  const out: string[] = [];
  walkFields(caseFileSpec.fields, file as unknown as Record<string, unknown>, out);
  return out;
}

function walkFields(fields: Readonly<Record<string, FieldSpec>>, value: Record<string, unknown>, out: string[]): void {
  for (const [key, spec] of Object.entries(fields)) collect(spec, value[key], out);
}

function collect(spec: FieldSpec, value: unknown, out: string[]): void {
  if (value === undefined || value === null) return;
  switch (spec.input) {
    case 'line':
    case 'prose':
      if (typeof value === 'string') out.push(value);
      return;
    case 'lines':
      if (Array.isArray(value)) for (const v of value) if (typeof v === 'string') out.push(v);
      return;
    case 'vocab':
      pushLabels(spec.vocabulary, value, out);
      return;
    case 'vocabs':
      if (Array.isArray(value)) for (const v of value) pushLabels(spec.vocabulary, v, out);
      return;
    case 'article':
      pushArticle(value as ChargeArticleRef, out);
      return;
    case 'group':
      if (typeof value === 'object') walkFields(spec.fields, value as Record<string, unknown>, out);
      return;
    case 'entity':
      if (typeof value === 'object') walkFields(spec.entity.fields, value as Record<string, unknown>, out);
      return;
    case 'entities':
      if (Array.isArray(value)) for (const v of value) walkFields(spec.entity.fields, v as Record<string, unknown>, out);
      return;
    default:
      return; // dates, numbers, booleans and links are filtered, not searched
  }
}

function pushLabels(vocabularyId: keyof typeof VOCABULARIES, code: unknown, out: string[]): void {
  const term = VOCABULARIES[vocabularyId].terms.find((t) => t.code === code);
  if (term) for (const lang of LANGS) out.push(term.labels[lang]);
}

function pushArticle(ref: ChargeArticleRef, out: string[]): void {
  out.push(ref.article);
  if (ref.asEntered !== undefined) out.push(ref.asEntered);
  const found = findArticle(bundledCatalogue(), ref, ref.article);
  if (found?.match === 'exact') for (const t of Object.values(found.article.titles)) if (t) out.push(t.text);
}

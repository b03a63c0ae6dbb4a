import { formatFuzzyDate, tryParseEdtf } from '../../../../../shared/domain/dates';
import { articleLabel, bundledCatalogue, findArticle, type ChargeArticleRef } from '../../../../../shared/catalogue';
import type { FieldSpec, LinkTarget } from '../../../../../shared/case-model';
import { chargeSpec, detentionSpec, organisationSpec, proceedingSpec, sourceSpec } from '../../../../../shared/case-model';
import { getVocabulary, type Lang, type Vocabulary } from '../../../../../shared/vocabularies';
import type { AnySpec, EntityValue } from './types';

/** A stored date as people write it, or the stored text when it cannot be read. */
export function dateText(value: unknown, lang: Lang): string {
  if (typeof value !== 'string') return '';
  return tryParseEdtf(value).ok ? formatFuzzyDate(value, lang) : value;
}

export function vocabLabel(vocabularyId: string, code: unknown, lang: Lang): string {
  if (typeof code !== 'string') return '';
  const vocabulary = getVocabulary(vocabularyId);
  return vocabulary?.terms.find((t) => t.code === code)?.labels[lang] ?? code;
}

/** Depth of a term in a hierarchical vocabulary (0 for a top-level term). */
export function termDepth(vocabulary: Vocabulary, code: string): number {
  let depth = 0;
  let current = vocabulary.terms.find((t) => t.code === code);
  while (current?.parent !== undefined && depth < 10) {
    const parent = current.parent;
    current = vocabulary.terms.find((t) => t.code === parent);
    depth += 1;
  }
  return depth;
}

/** "234.4.3" with the code version, e.g. "234.4.3 · AZ criminal 1999". */
export function articleShort(ref: ChargeArticleRef): string {
  return `${ref.article} · ${ref.jurisdiction} ${ref.code} ${ref.version}`;
}

/** "234.4.3 — title" from the catalogue, or the bare reference when it is not catalogued. */
export function articleText(ref: ChargeArticleRef, lang: Lang): string {
  const found = findArticle(bundledCatalogue(), ref, ref.article);
  if (found?.match === 'exact') return articleLabel(found.article, lang).text;
  return ref.article;
}

/** Short display text of one field value, for summary lines and link choices. */
export function valueText(spec: FieldSpec, value: unknown, lang: Lang): string {
  if (value === undefined || value === null) return '';
  switch (spec.input) {
    case 'line':
      return typeof value === 'string' ? value : '';
    case 'prose':
      return typeof value === 'string' ? (value.length > 80 ? `${value.slice(0, 79)}…` : value).replace(/\s+/g, ' ') : '';
    case 'date':
      return dateText(value, lang);
    case 'boolean':
      return value === true ? spec.label[lang] : '';
    case 'count':
      return typeof value === 'number' ? `${value}${spec.unit ? ` ${spec.unit[lang]}` : ''}` : '';
    case 'vocab':
      return vocabLabel(spec.vocabulary, value, lang);
    case 'vocabs':
      return Array.isArray(value) ? value.map((code) => vocabLabel(spec.vocabulary, code, lang)).join(', ') : '';
    case 'lines':
      return Array.isArray(value) ? value.join(', ') : '';
    case 'article':
      return typeof value === 'object' ? articleShort(value as ChargeArticleRef) : '';
    case 'group': {
      if (typeof value !== 'object') return '';
      const parts = Object.entries(spec.fields)
        .map(([key, sub]) => {
          const text = valueText(sub, (value as Record<string, unknown>)[key], lang);
          return text ? `${text} ${sub.label[lang].toLowerCase()}` : '';
        })
        .filter(Boolean);
      return parts.join(' ');
    }
    case 'entity':
      return summaryOf(spec.entity, value as EntityValue, lang);
    case 'entities':
      return Array.isArray(value) ? String(value.length) : '';
    case 'link':
    case 'links':
      return '';
  }
}

/** One line that tells entries apart: the entity's primary fields, shown as people read them. */
export function summaryOf(spec: AnySpec, value: EntityValue, lang: Lang): string {
  const fields = Object.entries(spec.fields) as Array<[string, FieldSpec]>;
  return fields
    .filter(([, field]) => field.primary && field.input !== 'entities' && field.input !== 'links')
    .map(([key, field]) => valueText(field, value[key], lang))
    .filter((text) => text !== '')
    .join(' · ');
}

/** The entity each link target points at. */
export const LINK_TARGET_SPECS: Readonly<Record<LinkTarget, AnySpec | undefined>> = {
  sources: sourceSpec as AnySpec,
  detentions: detentionSpec as AnySpec,
  charges: chargeSpec as AnySpec,
  proceedings: proceedingSpec as AnySpec,
  organisations: organisationSpec as AnySpec,
  // Exhibits (evidence items) are not part of the case document yet.
  exhibits: undefined,
};

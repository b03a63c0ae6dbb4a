import { normaliseArticleRef, type NormaliseErrorCode } from './normalise';
import { ancestorRefs } from './refs';
import { codeVersionId, type Catalogue, type CatalogueVersion, type ChargeArticleRef, type CodeVersionKey, type LawArticle } from './schemas';

export function getVersion(catalogue: Catalogue, key: CodeVersionKey): CatalogueVersion | undefined {
  const id = codeVersionId(key);
  return catalogue.versions.find((v) => codeVersionId(v.codeVersion) === id);
}

function articleIn(version: CatalogueVersion, ref: string): LawArticle | undefined {
  return version.articles.find((a) => a.ref === ref);
}

export type FindResult =
  | { match: 'exact'; article: LawArticle }
  /** The reference itself is not catalogued; this is the nearest catalogued enclosing provision, for display only. */
  | { match: 'parent'; article: LawArticle; requested: string };

/** Exact entry, else the nearest catalogued enclosing provision (234.4.3 → 234.4 → 234), flagged as such. */
export function findArticle(catalogue: Catalogue, key: CodeVersionKey, ref: string): FindResult | undefined {
  const version = getVersion(catalogue, key);
  if (!version) return undefined;
  const exact = articleIn(version, ref);
  if (exact) return { match: 'exact', article: exact };
  for (const p of ancestorRefs(ref)) {
    const article = articleIn(version, p);
    if (article) return { match: 'parent', article, requested: ref };
  }
  return undefined;
}

export type ResolveResult =
  | { ok: false; code: NormaliseErrorCode | 'unknown-version'; message: string }
  /** In the catalogue. `reinterpretedFrom` is set when the typed separators were swapped to find it: show it. */
  | { ok: true; status: 'catalogued'; ref: string; article: LawArticle; reinterpretedFrom?: string }
  /** Not catalogued as typed, and several swapped readings are: the user must choose. */
  | { ok: true; status: 'ambiguous'; ref: string; candidates: LawArticle[] }
  /** Not in the catalogue; `nearest` is the closest catalogued enclosing provision, if any. */
  | { ok: true; status: 'uncatalogued'; ref: string; nearest?: LawArticle };

/**
 * Normalises what the user typed and looks it up. The typed reading wins when catalogued; otherwise a
 * reading with '-' and '.' swapped is offered ("234-4.3" → 234.4.3, "167.2.2.1" → 167-2.2.1), never silently.
 */
export function resolveArticleRef(catalogue: Catalogue, key: CodeVersionKey, typed: string): ResolveResult {
  const version = getVersion(catalogue, key);
  if (!version) return { ok: false, code: 'unknown-version', message: `No catalogue for ${codeVersionId(key)}` };
  const n = normaliseArticleRef(typed);
  if (!n.ok) return n;
  const exact = articleIn(version, n.ref);
  if (exact) return { ok: true, status: 'catalogued', ref: n.ref, article: exact };
  const others = n.alternatives.map((r) => articleIn(version, r)).filter((a): a is LawArticle => a !== undefined);
  if (others.length === 1) {
    const article = others[0] as LawArticle;
    return { ok: true, status: 'catalogued', ref: article.ref, article, reinterpretedFrom: n.ref };
  }
  if (others.length > 1) return { ok: true, status: 'ambiguous', ref: n.ref, candidates: others };
  const near = findArticle(catalogue, key, n.ref);
  return near ? { ok: true, status: 'uncatalogued', ref: n.ref, nearest: near.article } : { ok: true, status: 'uncatalogued', ref: n.ref };
}

/** The value a Charge stores. Keep `asEntered` when the article is not catalogued, so the user's text survives. */
export function chargeArticleRef(key: CodeVersionKey, article: string, asEntered?: string): ChargeArticleRef {
  const trimmed = asEntered?.trim();
  return {
    jurisdiction: key.jurisdiction,
    code: key.code,
    version: key.version,
    article,
    ...(trimmed ? { asEntered: trimmed.slice(0, 200) } : {}),
  };
}

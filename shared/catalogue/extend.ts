import { ArticleRef, ancestorRefs } from './refs';
import { getVersion } from './lookup';
import { Catalogue, CatalogueVersion, LawArticle, codeVersionId, type CodeVersionKey, type Lang } from './schemas';

export class CatalogueError extends Error {
  constructor(
    readonly code: 'unknown-version' | 'invalid-ref' | 'duplicate-version' | 'invalid-data',
    message: string,
  ) {
    super(message);
    this.name = 'CatalogueError';
  }
}

/** An empty catalogue, or one from data (e.g. a user's saved extensions), validated. */
export function createCatalogue(versions: readonly unknown[] = []): Catalogue {
  const parsed = Catalogue.safeParse({ versions });
  if (!parsed.success) throw new CatalogueError('invalid-data', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return parsed.data;
}

/** A new catalogue with one more code version (another country or code), validated by the same schema as the bundled data. */
export function addCodeVersion(catalogue: Catalogue, data: unknown): Catalogue {
  const parsed = CatalogueVersion.safeParse(data);
  if (!parsed.success) throw new CatalogueError('invalid-data', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  if (getVersion(catalogue, parsed.data.codeVersion)) {
    throw new CatalogueError('duplicate-version', `${codeVersionId(parsed.data.codeVersion)} is already in the catalogue`);
  }
  return { versions: [...catalogue.versions, parsed.data] };
}

/**
 * A new catalogue in which `ref` exists as a `catalogued: false` entry (with the user's title, marked
 * unofficial). The original catalogue is not modified. If the reference is already there, the same
 * catalogue is returned.
 */
export function addUncatalogued(
  catalogue: Catalogue,
  key: CodeVersionKey,
  ref: string,
  title?: { lang: Lang; text: string },
): Catalogue {
  const version = getVersion(catalogue, key);
  if (!version) throw new CatalogueError('unknown-version', `No catalogue for ${codeVersionId(key)}`);
  if (!ArticleRef.safeParse(ref).success) throw new CatalogueError('invalid-ref', `${ref} is not a canonical article reference; normalise it first`);
  if (version.articles.some((a) => a.ref === ref)) return catalogue;
  const known = new Set(version.articles.map((a) => a.ref));
  const parent = ancestorRefs(ref).find((p) => known.has(p)) ?? null;
  const text = title?.text.trim();
  const article = LawArticle.parse({
    ref,
    parent,
    titles: text && title ? { [title.lang]: { text, official: false, confidence: 'entered by user' } } : {},
    notes: [],
    sources: [],
    catalogued: false,
  });
  const id = codeVersionId(key);
  return {
    versions: catalogue.versions.map((v) => (codeVersionId(v.codeVersion) === id ? { ...v, articles: [...v.articles, article] } : v)),
  };
}

import { z } from 'zod';
import { ArticleRef, ancestorRefs } from './refs';

export const LANGS = ['az', 'en', 'ru'] as const;
export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;

const text = (max: number) => z.string().trim().min(1, 'Enter some text').max(max, `At most ${max} characters`);

/** ISO 3166-1 alpha-2 country code plus its name; English is required, other languages optional. */
export const Jurisdiction = z.strictObject({
  code: z.string().regex(/^[A-Z]{2}$/, 'Use the two-letter ISO 3166-1 country code, e.g. AZ'),
  name: z.strictObject({ en: text(200), az: text(200).optional(), ru: text(200).optional() }),
});
export type Jurisdiction = z.infer<typeof Jurisdiction>;

/** Short machine name of a code: criminal, administrative… */
export const CodeName = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'A code name is lower-case letters, digits or hyphens, e.g. criminal');
/** Version label; the 1960 and 1999 Azerbaijani codes reuse article numbers, so charges always carry it. */
export const CodeVersionLabel = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, 'A version is letters, digits, dots or hyphens, e.g. 1999');
const isoDate = z.iso.date();

/** Identifies one version of one code in one jurisdiction. */
export const CodeVersionKey = z.strictObject({
  jurisdiction: Jurisdiction.shape.code,
  code: CodeName,
  version: CodeVersionLabel,
});
export type CodeVersionKey = z.infer<typeof CodeVersionKey>;

export const CodeVersion = CodeVersionKey.extend({
  title: z.strictObject({ az: text(300).optional(), en: text(300), ru: text(300).optional() }),
  adoptedOn: isoDate.optional(),
  inForceFrom: isoDate.optional(),
  inForceUntil: isoDate.optional(),
});
export type CodeVersion = z.infer<typeof CodeVersion>;

/** A title in one language; `official` is true only for wording checked against the official text. */
export const LocalisedText = z.strictObject({
  text: text(1000),
  official: z.boolean(),
  /** Provenance of this wording, e.g. "verified", "unofficial translation", "from a secondary source", "entered by user". */
  confidence: z.string().max(300).optional(),
});
export type LocalisedText = z.infer<typeof LocalisedText>;

const byLang = z.strictObject({ az: LocalisedText.optional(), en: LocalisedText.optional(), ru: LocalisedText.optional() });

export const LawArticle = z
  .strictObject({
    ref: ArticleRef,
    /** Enclosing provision in this catalogue, or null for an article. */
    parent: ArticleRef.nullable(),
    titles: byLang,
    /** What a part or item adds to the article's title (e.g. "committed with a weapon"). */
    partDescription: byLang.optional(),
    notes: z.array(text(5000)).max(50),
    /** Provenance strings (URLs, repository@commit); empty for user-entered articles. */
    sources: z.array(text(1000)).max(50),
    /** False for articles a user entered that are not part of the bundled or imported data. */
    catalogued: z.boolean(),
  })
  .superRefine((a, ctx) => {
    // The parent need not be the immediate one: 234.4.3 may hang under 234 when 234.4 is not catalogued.
    if (a.parent !== null && !ancestorRefs(a.ref).includes(a.parent)) {
      ctx.addIssue({ code: 'custom', path: ['parent'], message: `${a.parent} does not enclose ${a.ref}` });
    }
    if (a.catalogued && !a.titles.az && !a.titles.en && !a.titles.ru) {
      ctx.addIssue({ code: 'custom', path: ['titles'], message: 'A catalogued article needs a title in at least one language' });
    }
  });
export type LawArticle = z.infer<typeof LawArticle>;

/** One code version with its articles: the unit of data (bundled file, or one a user imports for another country). */
export const CatalogueVersion = z
  .strictObject({
    formatVersion: z.literal(1),
    jurisdiction: Jurisdiction,
    codeVersion: CodeVersion,
    provenance: z.record(z.string(), z.string().max(2000)).optional(),
    articles: z.array(LawArticle).max(20_000),
  })
  .superRefine((v, ctx) => {
    if (v.codeVersion.jurisdiction !== v.jurisdiction.code) {
      ctx.addIssue({ code: 'custom', path: ['codeVersion', 'jurisdiction'], message: `Expected ${v.jurisdiction.code}` });
    }
    const seen = new Set<string>();
    v.articles.forEach((a, i) => {
      if (seen.has(a.ref)) ctx.addIssue({ code: 'custom', path: ['articles', i, 'ref'], message: `Article ${a.ref} appears twice` });
      seen.add(a.ref);
    });
    v.articles.forEach((a, i) => {
      if (a.parent !== null && !seen.has(a.parent)) {
        ctx.addIssue({ code: 'custom', path: ['articles', i, 'parent'], message: `Parent ${a.parent} of ${a.ref} is not in this catalogue` });
      }
    });
  });
export type CatalogueVersion = z.infer<typeof CatalogueVersion>;

/** Every code version the app knows: bundled data plus what the user added. */
export const Catalogue = z
  .strictObject({ versions: z.array(CatalogueVersion).max(1000) })
  .superRefine((c, ctx) => {
    const seen = new Set<string>();
    c.versions.forEach((v, i) => {
      const k = codeVersionId(v.codeVersion);
      if (seen.has(k)) ctx.addIssue({ code: 'custom', path: ['versions', i, 'codeVersion'], message: `${k} appears twice` });
      seen.add(k);
    });
  });
export type Catalogue = z.infer<typeof Catalogue>;

/** What a Charge stores: the code version and the article, plus the text as typed when it was not in the catalogue. */
export const ChargeArticleRef = CodeVersionKey.extend({
  article: ArticleRef,
  asEntered: text(200).optional(),
});
export type ChargeArticleRef = z.infer<typeof ChargeArticleRef>;

/** Stable string form of a version key, e.g. "AZ/criminal/1999". */
export function codeVersionId(k: CodeVersionKey): string {
  return `${k.jurisdiction}/${k.code}/${k.version}`;
}

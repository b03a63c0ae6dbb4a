import { z } from 'zod';

/**
 * A canonical article reference: dot-separated levels (article.part.item…), each level a positive
 * integer optionally followed by `-n` for an inserted provision. Hyphens are significant: in the
 * Azerbaijani Code `167-2` is an inserted article, not part 2 of article 167, and `234.4-1` is an
 * inserted part, not item 234.4.1.
 */
export const ARTICLE_REF_PATTERN = /^[1-9]\d*(?:-[1-9]\d*)?(?:\.[1-9]\d*(?:-[1-9]\d*)?)*$/;
export const MAX_REF_LEVELS = 6;

export const ArticleRef = z
  .string()
  .regex(ARTICLE_REF_PATTERN, 'An article reference is numbers separated by dots, such as 234.4.3 or 167-2')
  .refine((s) => s.split('.').length <= MAX_REF_LEVELS, `An article reference has at most ${MAX_REF_LEVELS} levels`);
export type ArticleRef = z.infer<typeof ArticleRef>;

export function isArticleRef(s: string): boolean {
  return ArticleRef.safeParse(s).success;
}

/** One level as [number, inserted number or 0]. */
function levels(ref: string): Array<[number, number]> {
  return ref.split('.').map((level) => {
    const [main, inserted] = level.split('-');
    return [Number(main), inserted === undefined ? 0 : Number(inserted)];
  });
}

/**
 * Numeric order of references: 28 < 32 < 234 < 234.1 < 234.1-1 < 234.4.3 < 234-1 < 1000.
 * An article's own parts come before articles inserted after it (167.9 < 167-2), as in the Code.
 */
export function compareArticleRefs(a: string, b: string): number {
  const la = levels(a);
  const lb = levels(b);
  const n = Math.min(la.length, lb.length);
  for (let i = 0; i < n; i++) {
    const [am, ai] = la[i] as [number, number];
    const [bm, bi] = lb[i] as [number, number];
    if (am !== bm) return am - bm;
    if (ai !== bi) return ai - bi;
  }
  return la.length - lb.length;
}

/** A sorted copy; the input is left as it was. */
export function sortArticleRefs<T extends string>(refs: readonly T[]): T[] {
  return [...refs].sort(compareArticleRefs);
}

/** The enclosing provision (`234.4.3` → `234.4`), or undefined for an article. `167-2` is an article in its own right. */
export function parentRef(ref: string): string | undefined {
  const i = ref.lastIndexOf('.');
  return i < 0 ? undefined : ref.slice(0, i);
}

/** Every enclosing provision, nearest first: `234.4.3` → [`234.4`, `234`]. */
export function ancestorRefs(ref: string): string[] {
  const out: string[] = [];
  for (let p = parentRef(ref); p !== undefined; p = parentRef(p)) out.push(p);
  return out;
}

/** The top-level article a reference belongs to: `167-2.2.1` → `167-2`. */
export function articleOf(ref: string): string {
  return ref.split('.')[0] as string;
}

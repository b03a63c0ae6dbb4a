import { z } from 'zod';

/** One case's searchable texts (caseTexts of its document), as the search index takes them. */
export interface CaseTexts {
  readonly id: string;
  readonly revision: number;
  readonly texts: readonly string[];
}

/**
 * A page of searchable texts as it crosses from main to the renderer: every distinct text once,
 * and per case the positions of its texts. Most of a case's text is shared with other cases
 * (vocabulary labels in three languages, article titles, court and prison names), so a page of
 * 1,000 typical cases packs to about a fifth of the texts written out case by case.
 */
export const CaseTextsPage = z
  .strictObject({
    total: z.number().int().min(0),
    texts: z.array(z.string()),
    items: z.array(
      z.strictObject({
        id: z.uuid(),
        revision: z.number().int().positive(),
        texts: z.array(z.number().int().min(0)),
      }),
    ),
  })
  .superRefine((page, ctx) => {
    page.items.forEach((item, i) => {
      const bad = item.texts.findIndex((at) => at >= page.texts.length);
      if (bad >= 0) ctx.addIssue({ code: 'custom', path: ['items', i, 'texts', bad], message: `Refers to text ${item.texts[bad]}, but the page has ${page.texts.length}.` });
    });
  });
export type CaseTextsPage = z.infer<typeof CaseTextsPage>;

/** Packs cases' texts into one page (see CaseTextsPage); a case's repeated texts are kept once. */
export function packCaseTexts(total: number, cases: readonly CaseTexts[]): CaseTextsPage {
  const texts: string[] = [];
  const positions = new Map<string, number>();
  const items = cases.map(({ id, revision, texts: own }) => {
    const refs = new Set<number>();
    for (const text of own) {
      let at = positions.get(text);
      if (at === undefined) positions.set(text, (at = texts.push(text) - 1));
      refs.add(at);
    }
    return { id, revision, texts: [...refs] };
  });
  return { total, texts, items };
}

/** The cases of a page with their texts written out again. */
export function unpackCaseTexts(page: CaseTextsPage): CaseTexts[] {
  return page.items.map(({ id, revision, texts }) => ({ id, revision, texts: texts.map((at) => page.texts[at] ?? '') }));
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseTexts, CaseTextsPage, packCaseTexts, unpackCaseTexts } from '../../../../shared/case-model';
import { loadFullCase } from '../../../fixtures/cases/full-case';
import { expectIssue } from './helpers';
import { uid } from './samples';

describe('packed search texts', () => {
  it('sends a text shared by several cases once, and unpacks to every case’s own texts', () => {
    const page = packCaseTexts(7, [
      { id: uid(1), revision: 3, texts: ['Journalist', 'Jurnalist', 'Журналист', 'Anar Məmmədli'] },
      { id: uid(2), revision: 1, texts: ['Journalist', 'Jurnalist', 'Журналист', 'Intiqam Əliyev', 'Journalist'] },
    ]);
    expect(page.texts).toEqual(['Journalist', 'Jurnalist', 'Журналист', 'Anar Məmmədli', 'Intiqam Əliyev']);
    expect(page.total).toBe(7);
    expect(CaseTextsPage.parse(page)).toEqual(page);
    expect(unpackCaseTexts(page)).toEqual([
      { id: uid(1), revision: 3, texts: ['Journalist', 'Jurnalist', 'Журналист', 'Anar Məmmədli'] },
      // a text repeated inside one case is kept once (the index counts words, not occurrences)
      { id: uid(2), revision: 1, texts: ['Journalist', 'Jurnalist', 'Журналист', 'Intiqam Əliyev'] },
    ]);
  });

  it('keeps every distinct text of every case (property)', () => {
    const item = fc.record({ id: fc.uuid({ version: 4 }), revision: fc.integer({ min: 1, max: 1000 }), texts: fc.array(fc.string({ maxLength: 12 }), { maxLength: 8 }) });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), (cases) => {
        const page = CaseTextsPage.parse(packCaseTexts(cases.length, cases));
        const back = unpackCaseTexts(page);
        expect(back.map((c) => [c.id, c.revision])).toEqual(cases.map((c) => [c.id, c.revision]));
        back.forEach((c, i) => expect(new Set(c.texts)).toEqual(new Set(cases[i]!.texts)));
        expect(new Set(page.texts).size).toBe(page.texts.length);
      }),
    );
  });

  it('packs a fully filled case to the same texts caseTexts gives', () => {
    const file = loadFullCase();
    const [back] = unpackCaseTexts(packCaseTexts(1, [{ id: file.id, revision: 1, texts: caseTexts(file) }]));
    expect(new Set(back!.texts)).toEqual(new Set(caseTexts(file)));
  });

  it('refuses a page that refers to a text it does not carry, naming the case and position', () => {
    const page = { total: 1, texts: ['a'], items: [{ id: uid(1), revision: 1, texts: [0, 1] }] };
    expectIssue(CaseTextsPage, page, 'items.0.texts.1', /Refers to text 1, but the page has 1/);
    expectIssue(CaseTextsPage, { ...page, items: [{ id: uid(1), revision: 1, texts: [-1] }] }, 'items.0.texts.0');
    expectIssue(CaseTextsPage, { ...page, items: [{ id: 'x', revision: 1, texts: [] }] }, 'items.0.id');
    expectIssue(CaseTextsPage, { ...page, extra: true }, '', /"extra"/);
  });
});

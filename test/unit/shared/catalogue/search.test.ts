import { describe, expect, it } from 'vitest';
import { AZ_CRIMINAL_1999, bundledCatalogue, searchArticles } from '../../../../shared/catalogue';

const cat = bundledCatalogue();
const refs = (q: string, lang: 'az' | 'en' | 'ru' = 'en') => searchArticles(cat, q, lang, { version: AZ_CRIMINAL_1999 }).map((h) => h.article.ref);

describe('searchArticles', () => {
  it('finds by number, exact first, then the parts in numeric order', () => {
    expect(refs('221')).toEqual(['221', '221.2.1', '221.2.2', '221.3']);
    expect(searchArticles(cat, '221', 'en')[0]).toMatchObject({ matchedBy: 'number', article: { ref: '221' } });
    expect(refs('ст. 221.3')[0]).toBe('221.3');
  });

  it('finds by number prefix as the user types', () => {
    const r = refs('22');
    expect(r[0]).toBe('220');
    expect(r).toEqual(expect.arrayContaining(['220', '221', '228']));
    expect(r).not.toContain('234');
  });

  it('finds hooliganism in all three languages, case- and diacritic-insensitively', () => {
    for (const [q, lang] of [['hooliganism', 'en'], ['хулиганство', 'ru'], ['ХУЛИГАНСТВО', 'ru'], ['Xuliqanlıq', 'az'], ['xuliqanliq', 'az'], ['XULİQANLIQ', 'az']] as const) {
      expect(refs(q, lang), q).toEqual(['221', '221.2.1', '221.2.2', '221.3']);
    }
  });

  it('matches words in any language whatever the UI language', () => {
    expect(refs('хулиган', 'en')[0]).toBe('221');
    expect(refs('qaçaqmalçılıq', 'ru')[0]).toBe('206');
    expect(refs('qacaqmalciliq', 'en')[0]).toBe('206');
  });

  it('needs every word, as a word prefix', () => {
    expect(refs('hooligan weapon')).toEqual(['221.3']);
    expect(refs('mass disorder')).toEqual(['220', '220.1', '220.2']);
  });

  it('finds nothing for "Ticarət" (trade): no bundled title or part contains it', () => {
    expect(refs('Ticarət', 'az')).toEqual([]);
  });

  it('returns nothing for an empty query and honours the limit', () => {
    expect(refs('  ')).toEqual([]);
    expect(searchArticles(cat, '2', 'en', { limit: 3 })).toHaveLength(3);
  });
});

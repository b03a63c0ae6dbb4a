import { describe, expect, it } from 'vitest';
import raw1999 from '../../../../shared/catalogue/data/az-criminal-code-1999.json';
import {
  AZ_CRIMINAL_1999,
  CatalogueError,
  addCodeVersion,
  addUncatalogued,
  articleLabel,
  bundledCatalogue,
  createCatalogue,
  findArticle,
  getVersion,
  searchArticles,
} from '../../../../shared/catalogue';

describe('addUncatalogued', () => {
  it('returns a new catalogue with a catalogued:false entry and leaves the original untouched', () => {
    const original = bundledCatalogue();
    const snapshot = JSON.stringify(original);
    const next = addUncatalogued(original, AZ_CRIMINAL_1999, '234.4-1', { lang: 'ru', text: 'Особо крупный размер' });
    expect(next).not.toBe(original);
    expect(JSON.stringify(original)).toBe(snapshot);
    expect(findArticle(original, AZ_CRIMINAL_1999, '234.4-1')?.match).toBe('parent');
    const added = findArticle(next, AZ_CRIMINAL_1999, '234.4-1');
    expect(added).toMatchObject({ match: 'exact', article: { ref: '234.4-1', parent: '234', catalogued: false, titles: { ru: { official: false } } } });
    expect(articleLabel(added!.article, 'ru')).toMatchObject({ text: '234.4-1 — Особо крупный размер', unofficialTranslation: true, catalogued: false });
    expect(getVersion(next, AZ_CRIMINAL_1999)!.articles).toHaveLength(97);
    expect(searchArticles(next, '234.4-1', 'en')[0]?.article.ref).toBe('234.4-1');
  });

  it('adds a bare reference without a title', () => {
    const next = addUncatalogued(bundledCatalogue(), AZ_CRIMINAL_1999, '999');
    expect(findArticle(next, AZ_CRIMINAL_1999, '999')!.article).toMatchObject({ parent: null, titles: {}, catalogued: false });
    expect(articleLabel(findArticle(next, AZ_CRIMINAL_1999, '999')!.article, 'en')).toMatchObject({ text: '999', unofficialTranslation: false });
  });

  it('returns the same catalogue when the article exists, and refuses bad input', () => {
    const c = bundledCatalogue();
    expect(addUncatalogued(c, AZ_CRIMINAL_1999, '221')).toBe(c);
    expect(() => addUncatalogued(c, AZ_CRIMINAL_1999, 'ст. 221')).toThrow(CatalogueError);
    expect(() => addUncatalogued(c, { jurisdiction: 'AZ', code: 'criminal', version: '1922' }, '1')).toThrow(/No catalogue/);
  });
});

describe('user-extendable catalogue', () => {
  const georgia = {
    formatVersion: 1,
    jurisdiction: { code: 'GE', name: { en: 'Georgia' } },
    codeVersion: { jurisdiction: 'GE', code: 'criminal', version: '1999', title: { en: 'Criminal Code of Georgia' } },
    articles: [
      { ref: '222', parent: null, titles: { en: { text: 'Example title entered by a user', official: false } }, notes: [], sources: [], catalogued: true },
      { ref: '222.2', parent: '222', titles: { en: { text: 'Example part', official: false } }, notes: [], sources: [], catalogued: true },
    ],
  };

  it('accepts another country as data, validated by the same schemas', () => {
    const next = addCodeVersion(bundledCatalogue(), georgia);
    expect(next.versions).toHaveLength(3);
    expect(findArticle(next, { jurisdiction: 'GE', code: 'criminal', version: '1999' }, '222.2.1')).toMatchObject({ match: 'parent', article: { ref: '222.2' } });
    // Same numbers, different jurisdiction: no cross-talk.
    expect(findArticle(next, AZ_CRIMINAL_1999, '222')).toBeUndefined();
  });

  it('refuses a duplicate version and malformed data, naming the field', () => {
    expect(() => addCodeVersion(bundledCatalogue(), raw1999)).toThrow(/already in the catalogue/);
    expect(() => addCodeVersion(bundledCatalogue(), { ...georgia, jurisdiction: { code: 'Georgia', name: { en: 'Georgia' } } })).toThrow(/jurisdiction\.code/);
    expect(() => addCodeVersion(bundledCatalogue(), { ...georgia, articles: [{ ...georgia.articles[1], parent: '7' }] })).toThrow(/articles\.0\.parent/);
  });

  it('builds a catalogue from saved data', () => {
    expect(createCatalogue([georgia]).versions).toHaveLength(1);
    expect(() => createCatalogue([georgia, georgia])).toThrow(/appears twice/);
  });
});

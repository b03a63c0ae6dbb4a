import { describe, expect, it } from 'vitest';
import raw1999 from '../../../../shared/catalogue/data/az-criminal-code-1999.json';
import raw1960 from '../../../../shared/catalogue/data/az-criminal-code-1960.json';
import { AZ_CRIMINAL_1960, AZ_CRIMINAL_1999, CatalogueVersion, bundledCatalogue, getVersion } from '../../../../shared/catalogue';

describe('bundled catalogue data', () => {
  it('validates against the schemas', () => {
    expect(CatalogueVersion.safeParse(raw1999).success).toBe(true);
    expect(CatalogueVersion.safeParse(raw1960).success).toBe(true);
    expect(() => bundledCatalogue()).not.toThrow();
  });

  it('loads all 97 reference records: 96 of the 1999 Code and 220-1 of the 1960 Code', () => {
    const v1999 = getVersion(bundledCatalogue(), AZ_CRIMINAL_1999);
    const v1960 = getVersion(bundledCatalogue(), AZ_CRIMINAL_1960);
    expect(v1999?.articles).toHaveLength(96);
    expect(v1960?.articles.map((a) => a.ref)).toEqual(['220-1']);
    expect(v1999?.articles.some((a) => a.ref === '220-1')).toBe(false);
    expect(v1999?.codeVersion.inForceFrom).toBe('2000-09-01');
    expect(v1999!.articles.filter((a) => a.parent === null)).toHaveLength(47);
  });

  it('gives every 1999 entry az/en/ru titles; az official, en/ru not', () => {
    for (const a of getVersion(bundledCatalogue(), AZ_CRIMINAL_1999)!.articles) {
      expect(a.titles.az?.official, a.ref).toBe(true);
      expect(a.titles.az?.confidence, a.ref).toBe('verified');
      expect(a.titles.en?.official, a.ref).toBe(false);
      expect(a.titles.ru?.official, a.ref).toBe(false);
      expect(a.titles.en?.text.length, a.ref).toBeGreaterThan(0);
      expect(a.titles.ru?.text.length, a.ref).toBeGreaterThan(0);
      expect(a.catalogued).toBe(true);
      expect(a.sources.length, a.ref).toBeGreaterThan(0);
      if (a.partDescription) expect(a.partDescription.en?.official).toBe(false);
    }
  });

  it('keeps 220-1 (1960 Code) with only its secondary-source English title, no invented az/ru', () => {
    const a = getVersion(bundledCatalogue(), AZ_CRIMINAL_1960)!.articles[0]!;
    expect(Object.keys(a.titles)).toEqual(['en']);
    expect(a.titles.en).toMatchObject({ official: false, confidence: 'from a secondary source' });
    expect(a.titles.en?.text).not.toMatch(/\[1960/);
  });

  it('references only parents that exist, and only for parts', () => {
    for (const v of bundledCatalogue().versions) {
      const refs = new Set(v.articles.map((a) => a.ref));
      for (const a of v.articles) {
        if (a.parent === null) expect(a.ref, a.ref).not.toContain('.');
        else {
          expect(refs.has(a.parent), `${a.ref} → ${a.parent}`).toBe(true);
          expect(a.ref.startsWith(a.parent + '.')).toBe(true);
        }
      }
    }
  });

  it('is frozen, so nobody can edit the shared instance', () => {
    const v = bundledCatalogue().versions[0]!;
    expect(Object.isFrozen(v.articles)).toBe(true);
    expect(Object.isFrozen(v.articles[0]!.titles)).toBe(true);
  });

  it('refuses malformed data with a message naming the field', () => {
    const bad = structuredClone(raw1999) as { articles: Array<{ ref: string; parent: string | null }> };
    bad.articles[1]!.ref = '32..3';
    bad.articles[3]!.parent = '999';
    const r = CatalogueVersion.safeParse(bad);
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('articles.1.ref');
    expect(paths).toContain('articles.3.parent');
  });
});

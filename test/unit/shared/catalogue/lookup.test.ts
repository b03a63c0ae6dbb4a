import { describe, expect, it } from 'vitest';
import {
  AZ_CRIMINAL_1960,
  AZ_CRIMINAL_1999,
  ChargeArticleRef,
  articleLabel,
  bundledCatalogue,
  chargeArticleRef,
  findArticle,
  resolveArticleRef,
} from '../../../../shared/catalogue';

const cat = bundledCatalogue();

describe('findArticle', () => {
  it('finds an exact entry', () => {
    expect(findArticle(cat, AZ_CRIMINAL_1999, '234.4.3')).toMatchObject({ match: 'exact', article: { ref: '234.4.3' } });
  });
  it('falls back to the nearest catalogued parent, flagged', () => {
    expect(findArticle(cat, AZ_CRIMINAL_1999, '234.4.1')).toEqual({ match: 'parent', article: expect.objectContaining({ ref: '234' }), requested: '234.4.1' });
    expect(findArticle(cat, AZ_CRIMINAL_1999, '221.2.9')).toMatchObject({ match: 'parent', article: { ref: '221' } });
  });
  it('keeps the code versions apart: 220-1 is a 1960 article, 220 in 1999 is mass disorder', () => {
    expect(findArticle(cat, AZ_CRIMINAL_1999, '220-1')).toBeUndefined();
    expect(findArticle(cat, AZ_CRIMINAL_1960, '220-1')).toMatchObject({ match: 'exact' });
    expect(findArticle(cat, AZ_CRIMINAL_1960, '220')).toBeUndefined();
    expect(findArticle(cat, { jurisdiction: 'GE', code: 'criminal', version: '1999' }, '220')).toBeUndefined();
  });
  it('never treats an inserted article as a part: 167-2 does not fall back to 167', () => {
    expect(findArticle(cat, AZ_CRIMINAL_1999, '167-9')).toBeUndefined();
  });
});

describe('resolveArticleRef', () => {
  it('takes the typed reading when catalogued', () => {
    expect(resolveArticleRef(cat, AZ_CRIMINAL_1999, 'ст. 234.4.3 УК')).toMatchObject({ ok: true, status: 'catalogued', ref: '234.4.3' });
    expect(resolveArticleRef(cat, AZ_CRIMINAL_1999, '167-2')).toMatchObject({ status: 'catalogued', ref: '167-2' });
  });
  it('swaps hyphens and dots only when that finds a catalogued entry, and says so', () => {
    expect(resolveArticleRef(cat, AZ_CRIMINAL_1999, '234-4.3')).toMatchObject({ status: 'catalogued', ref: '234.4.3', reinterpretedFrom: '234-4.3' });
    expect(resolveArticleRef(cat, AZ_CRIMINAL_1999, '234.4-3')).toMatchObject({ status: 'catalogued', ref: '234.4.3', reinterpretedFrom: '234.4-3' });
    expect(resolveArticleRef(cat, AZ_CRIMINAL_1999, '167.2.2.1')).toMatchObject({ status: 'catalogued', ref: '167-2.2.1', reinterpretedFrom: '167.2.2.1' });
  });
  it('keeps an uncatalogued inserted part as typed, with the nearest parent', () => {
    const r = resolveArticleRef(cat, AZ_CRIMINAL_1999, '234.4-1');
    expect(r).toMatchObject({ status: 'uncatalogued', ref: '234.4-1', nearest: { ref: '234' } });
  });
  it('passes normalisation errors through and refuses unknown versions', () => {
    expect(resolveArticleRef(cat, AZ_CRIMINAL_1999, '32.3, 220.1')).toMatchObject({ ok: false, code: 'list' });
    expect(resolveArticleRef(cat, { jurisdiction: 'AZ', code: 'criminal', version: '2030' }, '1')).toMatchObject({ ok: false, code: 'unknown-version' });
  });
});

describe('articleLabel', () => {
  const get = (ref: string, v = AZ_CRIMINAL_1999) => findArticle(cat, v, ref)!.article;
  it('shows the official Azerbaijani title without a flag', () => {
    expect(articleLabel(get('221'), 'az')).toMatchObject({ text: '221 — Xuliqanlıq', titleLang: 'az', unofficialTranslation: false });
  });
  it('flags English and Russian titles as unofficial translations', () => {
    expect(articleLabel(get('221'), 'en')).toMatchObject({ text: '221 — Hooliganism', unofficialTranslation: true });
    expect(articleLabel(get('221'), 'ru')).toMatchObject({ text: '221 — Хулиганство', unofficialTranslation: true });
    expect(articleLabel(get('234.4.3'), 'en').text.startsWith('234.4.3 — Illegal manufacture')).toBe(true);
  });
  it('carries the part description, flagged', () => {
    expect(articleLabel(get('221.3'), 'ru').partDescription).toMatchObject({ lang: 'en', unofficialTranslation: true });
  });
  it('falls back to another language when the asked one is missing, and flags it', () => {
    expect(articleLabel(get('220-1', AZ_CRIMINAL_1960), 'az')).toMatchObject({ titleLang: 'en', unofficialTranslation: true });
  });
});

describe('ChargeArticleRef', () => {
  it('stores version and article, and the typed text for uncatalogued entries', () => {
    const v = chargeArticleRef(AZ_CRIMINAL_1999, '234.4-1', '  ст. 234.4-1 ');
    expect(ChargeArticleRef.parse(v)).toEqual({ jurisdiction: 'AZ', code: 'criminal', version: '1999', article: '234.4-1', asEntered: 'ст. 234.4-1' });
    expect(chargeArticleRef(AZ_CRIMINAL_1999, '221')).not.toHaveProperty('asEntered');
  });
  it('refuses a charge without a version or with a non-canonical article', () => {
    expect(ChargeArticleRef.safeParse({ jurisdiction: 'AZ', code: 'criminal', article: '221' }).success).toBe(false);
    const r = ChargeArticleRef.safeParse({ jurisdiction: 'AZ', code: 'criminal', version: '1999', article: 'ст. 221' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['article']);
  });
});

import { describe, expect, it } from 'vitest';
import { PACE_1900_CHAPEAU, PACE_1900_CHAPEAU_TRANSLATION, echrArticle, pace1900Criterion, wgadCategory } from '../../../../shared/vocabularies';
import type { Term } from '../../../../shared/vocabularies';

/**
 * PACE Resolution 1900 (2012) §3, the quoted criteria, copied verbatim from
 * shared/reference/domain.md §c (itself from https://pace.coe.int/en/files/19150/html). Embedded
 * because CI does not have the reference folder.
 */
const PACE_1900_PARA_3_QUOTE = "\"A person deprived of his or her personal liberty is to be regarded as a 'political prisoner':\na. if the detention has been imposed in violation of one of the fundamental guarantees set out in the European Convention on Human Rights and its Protocols (ECHR), in particular freedom of thought, conscience and religion, freedom of expression and information, freedom of assembly and association;\nb. if the detention has been imposed for purely political reasons without connection to any offence;\nc. if, for political motives, the length of the detention or its conditions are clearly out of proportion to the offence the person has been found guilty of or is suspected of;\nd. if, for political motives, he or she is detained in a discriminatory manner as compared to other persons; or,\ne. if the detention is the result of proceedings which were clearly unfair and this appears to be connected with political motives of the authorities.\"";

/** §4, as quoted in the Doc. 13011 summary (domain.md §c). */
const PACE_1900_PARA_4 =
  'those deprived of their personal liberty for terrorist crimes shall not be considered political prisoners if they have been prosecuted and sentenced for such crimes according to national legislation and the European Convention on Human Rights';

/** ECHR Article 18 (domain.md §c). */
const ECHR_ARTICLE_18 =
  'The restrictions permitted under this Convention to the said rights and freedoms shall not be applied for any purpose other than those for which they have been prescribed.';

/** WGAD category I, verbatim from the OHCHR page (domain.md §c). */
const WGAD_CATEGORY_I =
  'When it is clearly impossible to invoke any legal basis justifying the deprivation of liberty (as when a person is kept in detention after the completion of their sentence or despite an amnesty law applicable to them)';

const textOf = (terms: readonly Term[], code: string): string => {
  const found = terms.find((t) => t.code === code);
  if (!found?.text) throw new Error(`no text for ${code}`);
  return found.text.en;
};

describe('PACE Resolution 1900 (2012)', () => {
  it('rebuilds §3 exactly from the chapeau and criteria a–e', () => {
    const t = (c: string) => textOf(pace1900Criterion.terms, `criterion_${c}`);
    const rebuilt = `"${PACE_1900_CHAPEAU.en}\na. ${t('a')};\nb. ${t('b')};\nc. ${t('c')};\nd. ${t('d')}; or,\ne. ${t('e')}."`;
    expect(rebuilt).toBe(PACE_1900_PARA_3_QUOTE);
  });

  it('has the §4 terrorism exclusion verbatim', () => {
    expect(textOf(pace1900Criterion.terms, 'exclusion_terrorism')).toBe(PACE_1900_PARA_4);
  });

  it('lists criteria a–e then the exclusion, with their letters as notation', () => {
    expect(pace1900Criterion.codes).toEqual(['criterion_a', 'criterion_b', 'criterion_c', 'criterion_d', 'criterion_e', 'exclusion_terrorism']);
    expect(pace1900Criterion.terms.map((t) => t.notation)).toEqual(['a', 'b', 'c', 'd', 'e', '§4']);
  });

  it('flags every Azerbaijani and Russian text as an unofficial translation', () => {
    for (const t of pace1900Criterion.terms) expect(t.translationStatus, t.code).toEqual({ az: 'unofficial', ru: 'unofficial' });
    expect(PACE_1900_CHAPEAU_TRANSLATION).toEqual({ az: 'unofficial', ru: 'unofficial' });
  });
});

describe('WGAD categories', () => {
  it('has categories I–V in order with full English text', () => {
    expect(wgadCategory.terms.map((t) => t.notation)).toEqual(['I', 'II', 'III', 'IV', 'V']);
    for (const t of wgadCategory.terms) {
      expect(t.text?.en, t.code).toMatch(/^When .{60,}[a-z)]$/);
      expect(t.translationStatus, t.code).toEqual({ az: 'unofficial', ru: 'unofficial' });
    }
  });

  it('has category I verbatim', () => {
    expect(textOf(wgadCategory.terms, 'category_i')).toBe(WGAD_CATEGORY_I);
  });

  it('names the instruments and grounds the categories rest on', () => {
    expect(textOf(wgadCategory.terms, 'category_ii')).toContain('articles 7, 13, 14, 18, 19, 20 and 21 of the Universal Declaration of Human Rights');
    expect(textOf(wgadCategory.terms, 'category_ii')).toContain('articles 12, 18, 19, 21, 22, 25, 26 and 27 of the International Covenant on Civil and Political Rights');
    expect(textOf(wgadCategory.terms, 'category_iii')).toContain('right to a fair trial');
    expect(textOf(wgadCategory.terms, 'category_iv')).toContain('asylum seekers, immigrants or refugees');
    expect(textOf(wgadCategory.terms, 'category_v')).toContain('sexual orientation, disability, or any other status');
  });
});

describe('ECHR articles', () => {
  it('covers the articles political-prisoner cases invoke', () => {
    for (const code of ['art_2', 'art_3', 'art_5', 'art_5_1', 'art_5_3', 'art_5_4', 'art_6', 'art_6_1', 'art_8', 'art_9', 'art_10', 'art_11', 'art_13', 'art_14', 'art_18', 'p1_1', 'p1_3']) {
      expect(echrArticle.codes, code).toContain(code);
    }
  });

  it('has Article 18 verbatim, translations flagged unofficial', () => {
    const art18 = echrArticle.terms.find((t) => t.code === 'art_18');
    expect(art18?.text?.en).toBe(ECHR_ARTICLE_18);
    expect(art18?.translationStatus).toEqual({ az: 'unofficial', ru: 'unofficial' });
  });
});

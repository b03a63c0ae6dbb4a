import { describe, expect, it } from 'vitest';
import { bundledCatalogue, findArticle } from '../../../../shared/catalogue';
import { CaseFile, caseTexts } from '../../../../shared/case-model';
import { VOCABULARIES } from '../../../../shared/vocabularies';
import { loadFullCase } from '../../../fixtures/cases/full-case';
import { uid } from './samples';

const texts = caseTexts(loadFullCase());
const labels = (vocabulary: keyof typeof VOCABULARIES, code: string) => Object.values(VOCABULARIES[vocabulary].terms.find((t) => t.code === code)?.labels ?? {});

describe('caseTexts', () => {
  it('includes free text as written, from the top of the document to the deepest entity', () => {
    const file = loadFullCase();
    const deep = [
      file.title,
      file.person.names[1]?.full,
      file.person.familyContacts[0]?.notes,
      file.detentions[1]?.placements[2]?.transferReason,
      file.proceedings[1]?.sentences[0]?.modifications[0]?.notes,
      file.incidents[0]?.perpetrators[0]?.name,
      file.interventions[0]?.deadlines[0]?.what,
      file.notes[0]?.text,
      file.assessments[1]?.paceCriteria[0]?.reasoning,
    ];
    for (const text of deep) {
      expect(text).toBeDefined();
      expect(texts).toContain(text);
    }
  });

  it('includes every entry of text lists', () => {
    const file = loadFullCase();
    for (const judge of file.proceedings[1]?.hearings[1]?.judges ?? []) expect(texts).toContain(judge);
    for (const name of file.organisations[0]?.otherNames ?? []) expect(texts).toContain(name);
  });

  it('includes the labels of chosen vocabulary terms in English, Azerbaijani and Russian, not their codes', () => {
    for (const [vocabulary, code] of [
      ['profile_category', 'journalist_blogger'],
      ['release_type', 'pardon'],
      ['treatment_act', 'denial_of_medical_care'],
      ['legal_counsel', 'counsel_appointed_by_state'],
      ['recognising_body', 'cpj'],
      ['echr_article', 'art_18'],
    ] as const) {
      const three = labels(vocabulary, code);
      expect(three).toHaveLength(3);
      for (const label of three) expect(texts, `${vocabulary}.${code}`).toContain(label);
    }
    expect(texts).not.toContain('journalist_blogger');
  });

  it('includes charged articles with their catalogue titles in three languages', () => {
    expect(texts).toContain('234.4.3');
    const titles = Object.values(findArticle(bundledCatalogue(), { jurisdiction: 'AZ', code: 'criminal', version: '1999' }, '206.3.2')?.article.titles ?? {}).map((t) => t.text);
    expect(titles).toHaveLength(3);
    for (const title of titles) expect(texts).toContain(title);
  });

  it('includes an uncatalogued article as typed, without borrowing a title from its parent', () => {
    expect(texts).toContain('213.2.1');
    expect(texts).toContain('Art. 213.2.1 CC (tax evasion on a large scale)');
    const parentTitles = Object.values(findArticle(bundledCatalogue(), { jurisdiction: 'AZ', code: 'criminal', version: '1999' }, '213')?.article.titles ?? {}).map((t) => t.text);
    const chargedTitles = ['234.4.3', '234.1', '206.3.2', '192.2.2', '283.1'].flatMap((a) =>
      Object.values(findArticle(bundledCatalogue(), { jurisdiction: 'AZ', code: 'criminal', version: '1999' }, a)?.article.titles ?? {}).map((t) => t.text),
    );
    for (const title of parentTitles.filter((t) => !chargedTitles.includes(t))) expect(texts).not.toContain(title);
  });

  it('leaves out ids, dates, numbers, booleans and sensitivity levels', () => {
    const file = loadFullCase();
    expect(texts).not.toContain(file.id);
    expect(texts).not.toContain(file.person.id);
    expect(texts).not.toContain('2019-09-14');
    expect(texts).not.toContain('2013-05-12~');
    expect(texts).not.toContain('2500');
    expect(texts).not.toContain('true');
    expect(texts).not.toContain('confidential');
    for (const t of texts) expect(typeof t).toBe('string');
  });

  it('gives only the names for a minimal case', () => {
    const file = CaseFile.parse({ schemaVersion: 2, id: uid(1), status: 'other', person: { id: uid(2), names: [{ id: uid(3), full: 'Илкин Өмәров', use: 'primary' }] } });
    expect(caseTexts(file)).toEqual([...labels('case_status', 'other'), 'Илкин Өмәров', ...labels('name_use', 'primary')]);
  });
});

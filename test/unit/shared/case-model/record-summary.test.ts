import { describe, expect, it } from 'vitest';
import { bundledCatalogue, findArticle } from '../../../../shared/catalogue';
import { articleKey, articleOfKey, caseTexts, CaseFile, CaseRecord, CaseSummary, primaryName, summariseCase } from '../../../../shared/case-model';
import { VOCABULARIES } from '../../../../shared/vocabularies';
import { loadFullCase } from '../../../fixtures/cases/full-case';
import { expectIssue, expectRoundTrip, issuesOf, withPath } from './helpers';
import { uid } from './samples';

const minimalFile = { schemaVersion: 2, id: uid(1), status: 'detained', person: { id: uid(2), names: [{ id: uid(3), full: 'İlkin Ömərov', use: 'primary' }] } };
const minimalRecord = { id: uid(1), revision: 1, createdAt: '2019-09-15T10:00:00.000Z', updatedAt: '2019-09-15T10:00:00.000Z', file: minimalFile };
const fullRecord = () => ({ id: loadFullCase().id, revision: 12, createdAt: '2019-09-15T10:00:00.000Z', updatedAt: '2025-03-02T08:30:00.000Z', savedBy: 'Aysel', file: loadFullCase() });

describe('CaseRecord', () => {
  it('accepts minimal and full records and round-trips them', () => {
    expect(issuesOf(CaseRecord, minimalRecord)).toEqual([]);
    expect(issuesOf(CaseRecord, fullRecord())).toEqual([]);
    expectRoundTrip(CaseRecord, minimalRecord);
    expectRoundTrip(CaseRecord, fullRecord());
  });

  it('refuses malformed bookkeeping, naming the field', () => {
    expectIssue(CaseRecord, { ...minimalRecord, revision: 0 }, 'revision');
    expectIssue(CaseRecord, { ...minimalRecord, revision: 1.5 }, 'revision');
    expectIssue(CaseRecord, { ...minimalRecord, createdAt: '2019-09-15' }, 'createdAt');
    expectIssue(CaseRecord, { ...minimalRecord, updatedAt: 'yesterday' }, 'updatedAt');
    expectIssue(CaseRecord, { ...minimalRecord, id: 'case' }, 'id');
    expectIssue(CaseRecord, { ...minimalRecord, savedBy: 'x'.repeat(201) }, 'savedBy');
    expectIssue(CaseRecord, { ...minimalRecord, schema: 2 }, '', /"schema"/);
    expectIssue(CaseRecord, withPath(minimalRecord, 'file', undefined), 'file');
  });

  it('names the field of a bad document inside the record with its full path', () => {
    expectIssue(CaseRecord, withPath(fullRecord(), 'file.detentions.0.arrestedOn', '2013-00'), 'file.detentions.0.arrestedOn', /Month 0/);
    expectIssue(CaseRecord, withPath(minimalRecord, 'file.person.names', []), 'file.person.names', /at least one name/);
  });
});

describe('CaseSummary', () => {
  const minimalSummary = { id: uid(1), revision: 1, updatedAt: '2019-09-15T10:00:00.000Z', name: 'İlkin Ömərov', otherNames: [], status: 'detained', categories: [], articles: [], recognisedBy: [] };

  it('accepts minimal and full summaries and round-trips them', () => {
    const full = summariseCase(fullRecord());
    expect(issuesOf(CaseSummary, minimalSummary)).toEqual([]);
    expect(issuesOf(CaseSummary, full)).toEqual([]);
    expectRoundTrip(CaseSummary, minimalSummary);
    expectRoundTrip(CaseSummary, full);
  });

  it('refuses malformed summaries, naming the field', () => {
    expectIssue(CaseSummary, { ...minimalSummary, status: 'jailed' }, 'status');
    expectIssue(CaseSummary, { ...minimalSummary, categories: ['blogger'] }, 'categories.0');
    expectIssue(CaseSummary, { ...minimalSummary, recognisedBy: ['pace'] }, 'recognisedBy.0');
    expectIssue(CaseSummary, { ...minimalSummary, arrestedOn: '14.09.2019' }, 'arrestedOn');
    expectIssue(CaseSummary, { ...minimalSummary, sentenceTerm: { years: 100 } }, 'sentenceTerm.years');
    expectIssue(CaseSummary, { ...minimalSummary, conclusion: 'guilty' }, 'conclusion');
    expectIssue(CaseSummary, { ...minimalSummary, articles: 'AZ/criminal/1999:234' }, 'articles');
    expectIssue(CaseSummary, { ...minimalSummary, extra: 1 }, '', /"extra"/);
    const { name: _name, ...noName } = minimalSummary;
    expectIssue(CaseSummary, noName, 'name');
  });
});

describe('articleKey', () => {
  it('includes the code version, so the 1960 and 1999 codes do not mix', () => {
    expect(articleKey({ jurisdiction: 'AZ', code: 'criminal', version: '1999', article: '234.4.3' })).toBe('AZ/criminal/1999:234.4.3');
    expect(articleKey({ jurisdiction: 'AZ', code: 'criminal', version: '1960', article: '188-3' })).toBe('AZ/criminal/1960:188-3');
    expect(articleOfKey('AZ/criminal/1999:234.4.3')).toBe('234.4.3');
  });
});

describe('primaryName', () => {
  it('is the name marked primary, else the first one', () => {
    const file = loadFullCase();
    expect(primaryName(file)).toBe('İlkin Şükür oğlu Ömərov');
    const reordered = CaseFile.parse({ ...minimalFile, person: { id: uid(2), names: [{ id: uid(4), full: 'Илкин Өмәров', use: 'native' }, { id: uid(3), full: 'İlkin Ömərov', use: 'primary' }] } });
    expect(primaryName(reordered)).toBe('İlkin Ömərov');
    // A document that fails validation (no primary name) still gets a name to show.
    expect(primaryName({ person: { ...reordered.person, names: [{ id: uid(4), full: 'Илкин Өмәров', use: 'native' }] } })).toBe('Илкин Өмәров');
  });
});

describe('summariseCase on the full fixture', () => {
  const summary = summariseCase(fullRecord());

  it('carries the record bookkeeping', () => {
    expect(summary).toMatchObject({ id: loadFullCase().id, revision: 12, updatedAt: '2025-03-02T08:30:00.000Z', reference: 'AZ-2019-0417', status: 'released' });
  });

  it('lists by the primary name and keeps every other name', () => {
    expect(summary.name).toBe('İlkin Şükür oğlu Ömərov');
    expect(summary.otherNames).toEqual(['Илкин Шүкүр оғлу Өмәров', 'Илькин Шукюр оглы Омаров', 'Ilkin Shukur oglu Omarov', 'Çılğın Dərviş', 'İlkin Şükür oğlu Köçərli']);
  });

  it('keeps the profile categories', () => {
    expect(summary.categories).toEqual(['journalist_blogger', 'civil_society_activist']);
  });

  it('takes arrest and release from the latest detention', () => {
    expect(summary.arrestedOn).toBe('2019-09-14');
    expect(summary.releasedOn).toBe('2024-05-28');
  });

  it('lists each charged article once, with its code version', () => {
    expect(summary.articles).toEqual([
      'AZ/criminal/1999:234.4.3',
      'AZ/criminal/1999:234.1',
      'AZ/criminal/1999:206.3.2',
      'AZ/criminal/1999:192.2.2',
      'AZ/criminal/1999:213.2.1',
      'AZ/criminal/1999:283.1',
    ]);
  });

  it('takes the facility of the latest placement and the court of the proceeding with the latest hearing', () => {
    expect(summary.facility).toBe('21 saylı Cəzaçəkmə Müəssisəsi');
    expect(summary.court).toBe('Gəncə Ağır Cinayətlər Məhkəməsi');
  });

  it('takes the conclusion of the latest assessment, with its override', () => {
    expect(summary.conclusion).toBe('prisoner_of_conscience');
  });

  it('lists the bodies that recognise the person, leaving out withdrawn recognitions', () => {
    expect(summary.recognisedBy).toEqual(['az_hrd_working_group_list', 'un_wgad']);
    expect(summary.recognisedBy).not.toContain('cpj');
  });

  it('has searchable text with names in every script, vocabulary labels in three languages and article titles', () => {
    const lines = caseTexts(loadFullCase());
    for (const name of ['İlkin Şükür oğlu Ömərov', 'Илкин Шүкүр оғлу Өмәров', 'Ilkin Shukur oglu Omarov']) expect(lines).toContain(name);
    const journalist = VOCABULARIES.profile_category.terms.find((t) => t.code === 'journalist_blogger');
    for (const label of Object.values(journalist?.labels ?? {})) expect(lines).toContain(label);
    const found = findArticle(bundledCatalogue(), { jurisdiction: 'AZ', code: 'criminal', version: '1999' }, '234.4.3');
    const titles = Object.values(found?.article.titles ?? {}).map((t) => t.text);
    expect(titles).toHaveLength(3);
    for (const title of titles) expect(lines).toContain(title);
  });

  // Known issue (reported): the latest sentence by date wins, and an additional fine imposed by
  // the same verdict is listed after the prison term, so the list shows "fine" for a man serving
  // 8½ years. Flip to `it` once summary.ts prefers the main (custodial) sentence.
  it('shows the prison term, not the additional fine imposed with it', () => {
    expect(summary.sentenceType).toBe('imprisonment');
    expect(summary.sentenceTerm).toBeDefined();
  });
});

describe('summariseCase on a minimal case', () => {
  it('leaves out what the case does not record', () => {
    const summary = summariseCase({ id: uid(1), revision: 1, updatedAt: '2019-09-15T10:00:00.000Z', file: CaseFile.parse(minimalFile) });
    expect(summary).toEqual({
      id: uid(1),
      revision: 1,
      updatedAt: '2019-09-15T10:00:00.000Z',
      name: 'İlkin Ömərov',
      otherNames: [],
      status: 'detained',
      categories: [],
      articles: [],
      recognisedBy: [],
    });
    expect(CaseSummary.parse(summary)).toEqual(summary);
  });

  it('takes the conclusion derived from the findings when there is no override', () => {
    const file = CaseFile.parse({ ...minimalFile, assessments: [{ id: uid(10), assessedOn: '2020', assessor: 'A', paceCriteria: [{ id: uid(11), criterion: 'criterion_c', finding: 'met' }] }] });
    expect(summariseCase({ id: uid(1), revision: 1, updatedAt: '2020-01-01T00:00:00.000Z', file }).conclusion).toBe('political_prisoner');
  });
});

import { describe, expect, it } from 'vitest';
import { findArticle, bundledCatalogue } from '../../../../shared/catalogue';
import { CASE_SCHEMA_VERSION, CaseFile, caseFileSpec, type FieldSpec } from '../../../../shared/case-model';
import { tryParseEdtf } from '../../../../shared/domain/dates';
import { loadFullCase, readFullCaseText, unfilledFields } from '../../../fixtures/cases/full-case';
import { atPath, expectIssue, expectLineField, expectProseField, expectRoundTrip, issuesOf, prettyError, withPath } from './helpers';
import { uid } from './samples';

const raw = (): unknown => JSON.parse(readFullCaseText());
const minimalCase = { schemaVersion: 2, id: uid(1), status: 'detained', person: { id: uid(2), names: [{ id: uid(3), full: 'İlkin Ömərov', use: 'primary' }] } };

/** Every value of every field of a given input kind, found by walking the specs. */
function valuesOfInput(input: FieldSpec['input']): unknown[] {
  const out: unknown[] = [];
  const walk = (fields: Readonly<Record<string, FieldSpec>>, node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    for (const [key, spec] of Object.entries(fields)) {
      const value = (node as Record<string, unknown>)[key];
      if (value === undefined) continue;
      if (spec.input === input) out.push(...(Array.isArray(value) ? value : [value]));
      if (spec.input === 'group') walk(spec.fields, value);
      if (spec.input === 'entity') walk(spec.entity.fields as Readonly<Record<string, FieldSpec>>, value);
      if (spec.input === 'entities') for (const item of value as unknown[]) walk(spec.entity.fields as Readonly<Record<string, FieldSpec>>, item);
    }
  };
  walk(caseFileSpec.fields as Readonly<Record<string, FieldSpec>>, loadFullCase());
  return out;
}

describe('the full-case fixture', () => {
  it('parses as a CaseFile of the current format', () => {
    const file = CaseFile.parse(raw());
    expect(file.schemaVersion).toBe(CASE_SCHEMA_VERSION);
  });

  it('is written exactly as the schema prints it (a fixed point), so show --json of it is the file itself', () => {
    const text = readFullCaseText();
    expect(`${JSON.stringify(CaseFile.parse(JSON.parse(text)), null, 2)}\n`, 'rewrite it as JSON.stringify(CaseFile.parse(x), null, 2)').toBe(text);
  });

  it('fills every field of every entity at least once', () => {
    expect(unfilledFields(loadFullCase())).toEqual([]);
  });

  it('has names in Azerbaijani Latin with every special letter, in Cyrillic and in English transliteration', () => {
    const names = loadFullCase().person.names;
    const latin = names.filter((n) => n.script === 'latin').map((n) => n.full).join(' ');
    for (const letter of ['ə', 'ğ', 'ı', 'ş', 'ç', 'ö', 'ü', 'İ', 'Ş', 'Ç', 'Ö']) expect(latin, letter).toContain(letter);
    const cyrillic = names.filter((n) => n.script === 'cyrillic');
    expect(cyrillic.map((n) => n.use).sort()).toEqual(['native', 'transliteration']);
    for (const n of cyrillic) expect(n.full).toMatch(/^[\u0400-\u04FF ]+$/);
    expect(names.some((n) => n.use === 'transliteration' && n.script === 'latin' && /^[A-Za-z ]+$/.test(n.full))).toBe(true);
    expect(names.filter((n) => n.use === 'primary')).toHaveLength(1);
  });

  it('has dates of every precision: year, month, day, approximate, uncertain and a range', () => {
    const dates = valuesOfInput('date') as string[];
    const parsed = dates.map((d) => {
      const r = tryParseEdtf(d);
      if (!r.ok) throw new Error(d);
      return r.value;
    });
    expect(parsed.some((p) => p.kind === 'date' && p.start?.precision === 'year' && !p.approximate && !p.uncertain)).toBe(true);
    expect(parsed.some((p) => p.kind === 'date' && p.start?.precision === 'month')).toBe(true);
    expect(parsed.some((p) => p.kind === 'date' && p.start?.precision === 'day' && !p.approximate && !p.uncertain)).toBe(true);
    expect(parsed.some((p) => p.approximate && !p.uncertain)).toBe(true);
    expect(parsed.some((p) => p.uncertain && !p.approximate)).toBe(true);
    expect(parsed.some((p) => p.kind === 'interval')).toBe(true);
    expect(dates).toEqual(expect.arrayContaining(['2013', '2013-05', '2013-05-12~', '2013-05/2013-06']));
  });

  it('charges articles of the 1999 Azerbaijani Criminal Code, catalogued except the one entered as typed', () => {
    const charges = loadFullCase().proceedings.flatMap((p) => p.charges);
    expect(charges.map((c) => c.article.article)).toEqual(expect.arrayContaining(['234.4.3', '206.3.2', '192.2.2', '283.1', '213.2.1']));
    for (const c of charges) {
      expect(c.article).toMatchObject({ jurisdiction: 'AZ', code: 'criminal', version: '1999' });
      const found = findArticle(bundledCatalogue(), c.article, c.article.article);
      if (c.article.asEntered === undefined) expect(found?.match, c.article.article).toBe('exact');
      else expect(found?.match, c.article.article).not.toBe('exact');
    }
  });

  it('requalifies one charge into another, linked both ways', () => {
    const charges = loadFullCase().proceedings.flatMap((p) => p.charges);
    const from = charges.find((c) => c.requalifiedTo !== undefined);
    const to = charges.find((c) => c.id === from?.requalifiedTo);
    expect(from?.status).toBe('requalified');
    expect(to?.requalifiedFrom).toBe(from?.id);
  });

  it('has a PACE assessment with criteria a and b met, the others not met or unclear, the exclusion not met, WGAD, Article 18 and a reasoned override', () => {
    const a = loadFullCase().assessments.find((x) => x.paceCriteria.length === 6);
    const finding = (c: string) => a?.paceCriteria.find((f) => f.criterion === c)?.finding;
    expect([finding('criterion_a'), finding('criterion_b')]).toEqual(['met', 'met']);
    for (const c of ['criterion_c', 'criterion_d', 'criterion_e']) expect(['not_met', 'unclear']).toContain(finding(c));
    expect(finding('exclusion_terrorism')).toBe('not_met');
    expect(a?.wgadCategories.length).toBeGreaterThan(0);
    expect(a?.article18).toBeDefined();
    expect(a?.conclusionOverride).toBeDefined();
    expect(a?.overrideReason).toBeDefined();
  });

  it('links incidents and findings to its sources and proceedings to its detentions', () => {
    const file = loadFullCase();
    const sources = new Set(file.sources.map((s) => s.id));
    const linked = [...file.incidents.flatMap((i) => i.sourceIds), ...file.assessments.flatMap((a) => [...a.paceCriteria, ...a.wgadCategories].flatMap((f) => f.sourceIds))];
    expect(linked.length).toBeGreaterThan(0);
    for (const id of linked) expect(sources.has(id)).toBe(true);
    const detentions = new Set(file.detentions.map((d) => d.id));
    for (const p of file.proceedings) for (const id of p.detentionIds) expect(detentions.has(id)).toBe(true);
  });

  it('overrides the sensitivity of a few fields at several levels of the document', () => {
    const file = loadFullCase();
    expect(file.sensitivity).toBeDefined();
    expect(file.person.sensitivity).toBeDefined();
    expect(file.person.names[0]?.sensitivity).toBeDefined();
    expect(file.sources.some((s) => s.sensitivity !== undefined)).toBe(true);
    expect(file.assessments.some((s) => s.sensitivity !== undefined)).toBe(true);
  });

  it('uses a distinct id for every entry', () => {
    const ids: string[] = [];
    const walk = (node: unknown, key: string) => {
      if (Array.isArray(node)) for (const item of node) walk(item, key);
      else if (typeof node === 'object' && node !== null) for (const [k, v] of Object.entries(node)) walk(v, k);
      else if (key === 'id' && typeof node === 'string') ids.push(node);
    };
    walk(raw(), '');
    expect(ids.length).toBeGreaterThan(60);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('unfilledFields', () => {
  it('lists every field a minimal case leaves empty, by path without indices', () => {
    const unfilled = unfilledFields(CaseFile.parse(minimalCase));
    expect(unfilled).toEqual(expect.arrayContaining(['reference', 'person.sex', 'person.names.script', 'proceedings', 'proceedings.charges.article', 'proceedings.sentences.term.years', 'assessments.paceCriteria.reasoning']));
    expect(unfilled).not.toContain('person');
    expect(unfilled).not.toContain('person.names');
    expect(unfilled).not.toContain('person.names.full');
  });

  it('notices a field that is empty in every instance', () => {
    const file = loadFullCase();
    for (const d of file.detentions) delete d.incommunicadoUntil;
    expect(unfilledFields(file)).toEqual(['detentions.incommunicadoUntil']);
  });
});

describe('CaseFile', () => {
  it('accepts a minimal case and fills every list with an empty one', () => {
    const file = CaseFile.parse(minimalCase);
    for (const key of ['caseGroups', 'assignedTo', 'organisations', 'detentions', 'proceedings', 'incidents', 'assessments', 'recognitions', 'interventions', 'sources', 'notes'] as const) expect(file[key], key).toEqual([]);
    expect(file.person.categories).toEqual([]);
  });

  it('round-trips minimal and full cases', () => {
    expectRoundTrip(CaseFile, minimalCase);
    expectRoundTrip(CaseFile, raw());
  });

  it('prints its keys in schema order whatever order they came in', () => {
    const reversed = Object.fromEntries(Object.entries(raw() as Record<string, unknown>).reverse());
    expect(`${JSON.stringify(CaseFile.parse(reversed), null, 2)}\n`).toBe(readFullCaseText());
  });

  it('needs schemaVersion 2 and says so', () => {
    for (const v of [undefined, 1, 3, '2']) expectIssue(CaseFile, withPath(minimalCase, 'schemaVersion', v === undefined ? undefined : v), 'schemaVersion', /schemaVersion must be 2/);
  });

  it('checks its own fields', () => {
    expectLineField(CaseFile, minimalCase, 'reference', 60);
    expectLineField(CaseFile, minimalCase, 'title', 300);
    expectProseField(CaseFile, minimalCase, 'summary', 20_000);
    expectIssue(CaseFile, { ...minimalCase, status: 'jailed' }, 'status', /detained/);
    expectIssue(CaseFile, { ...minimalCase, monitoringStatus: 'paused' }, 'monitoringStatus');
    expectIssue(CaseFile, { ...minimalCase, priority: 'top' }, 'priority');
    expectIssue(CaseFile, { ...minimalCase, openedOn: '2019-9-15' }, 'openedOn', /two digits/);
    expectIssue(CaseFile, { ...minimalCase, caseGroups: Array.from({ length: 201 }, (_, i) => `g${i}`) }, 'caseGroups', /At most 200/);
    expectIssue(CaseFile, { ...minimalCase, id: 'case-1' }, 'id');
    expectIssue(CaseFile, withPath(minimalCase, 'person', undefined), 'person');
  });

  it('names the field of a malformed date deep in the document, with its position', () => {
    const bad = withPath(raw(), 'detentions.0.arrestedOn', '2013-13-01');
    expectIssue(CaseFile, bad, 'detentions.0.arrestedOn', /Month 13/);
    expect(prettyError(CaseFile, bad)).toContain('detentions[0].arrestedOn');
    expectIssue(CaseFile, withPath(raw(), 'proceedings.1.sentences.0.modifications.1.newTerm.days', 1.5), 'proceedings.1.sentences.0.modifications.1.newTerm.days', /whole number/);
  });

  it('refuses unknown keys anywhere, naming them', () => {
    expectIssue(CaseFile, { ...(raw() as object), revision: 3 }, '', /"revision"/);
    expectIssue(CaseFile, withPath(raw(), 'detentions.1.placements.0.cell', '14'), 'detentions.1.placements.0', /"cell"/);
    expectIssue(CaseFile, withPath(raw(), 'person.nameLatin', 'Ilkin Omarov'), 'person', /"nameLatin"/);
  });

  it('refuses a wrong vocabulary code deep in the document', () => {
    expectIssue(CaseFile, withPath(raw(), 'proceedings.1.hearings.0.legalCounsel.1', 'no_lawyer'), 'proceedings.1.hearings.0.legalCounsel.1', /Invalid option/);
  });

  it('refuses control characters and over-long texts deep in the document', () => {
    expectIssue(CaseFile, withPath(raw(), 'person.names.4.full', 'Çılğın\u0000Dərviş'), 'person.names.4.full', /control characters/);
    expectIssue(CaseFile, withPath(raw(), 'sources.0.contact', 'x'.repeat(2001)), 'sources.0.contact', /At most 2000/);
  });

  it('refuses a bad id deep in the document', () => {
    expectIssue(CaseFile, withPath(raw(), 'interventions.0.deadlines.1.id', 'deadline-2'), 'interventions.0.deadlines.1.id', /id/);
  });

  it('checks sensitivity overrides at the top and deep down', () => {
    expectIssue(CaseFile, withPath(raw(), 'sensitivity.schemaVersion', 'public'), 'sensitivity', /schemaVersion/);
    expectIssue(CaseFile, withPath(raw(), 'sensitivity.summary', 'secret'), 'sensitivity.summary', /confidential/);
    expectIssue(CaseFile, withPath(raw(), 'person.familyContacts.0.sensitivity', { phone: 'public' }), 'person.familyContacts.0.sensitivity', /phone/);
    for (const key of Object.keys(caseFileSpec.fields)) expect(issuesOf(CaseFile, { ...minimalCase, sensitivity: { [key]: 'confidential' } }), key).toEqual([]);
  });

  it('refuses a second finding on one PACE criterion, and an override without a reason, inside the document', () => {
    const file = raw();
    const criteria = atPath(file, 'assessments.1.paceCriteria') as Array<Record<string, unknown>>;
    expectIssue(CaseFile, withPath(file, 'assessments.1.paceCriteria.3.criterion', criteria[0]?.['criterion']), 'assessments.1.paceCriteria.3.criterion', /already has a finding/);
    expectIssue(CaseFile, withPath(file, 'assessments.1.overrideReason', undefined), 'assessments.1.overrideReason', /Say why/);
  });

  describe('links inside the case', () => {
    const stranger = uid(0xdead);

    it('refuses a link to a source that is not in the case', () => {
      expectIssue(CaseFile, withPath(raw(), 'incidents.0.sourceIds.0', stranger), 'incidents.0.sourceIds.0', /No source with this id/);
      expectIssue(CaseFile, withPath(raw(), 'assessments.1.paceCriteria.1.sourceIds.1', stranger), 'assessments.1.paceCriteria.1.sourceIds.1', /No source/);
      expectIssue(CaseFile, withPath(raw(), 'assessments.1.wgadCategories.0.sourceIds.0', stranger), 'assessments.1.wgadCategories.0.sourceIds.0', /No source/);
    });

    it('refuses a link to a source once the source is removed', () => {
      const issues = issuesOf(CaseFile, withPath(raw(), 'sources.0', undefined));
      expect(issues.map((i) => i.path)).toEqual(expect.arrayContaining(['incidents.0.sourceIds.0', 'incidents.1.sourceIds.0', 'assessments.1.paceCriteria.1.sourceIds.1']));
    });

    it('refuses a link to a detention that is not in the case', () => {
      expectIssue(CaseFile, withPath(raw(), 'proceedings.0.detentionIds.0', stranger), 'proceedings.0.detentionIds.0', /No detention/);
    });

    it('refuses a requalification link to a charge that is not in the same proceeding', () => {
      expectIssue(CaseFile, withPath(raw(), 'proceedings.1.charges.0.requalifiedTo', stranger), 'proceedings.1.charges.0.requalifiedTo', /No charge/);
      expectIssue(CaseFile, withPath(raw(), 'proceedings.1.charges.1.requalifiedFrom', stranger), 'proceedings.1.charges.1.requalifiedFrom', /No charge/);
      const other = { id: uid(0xbeef), article: { jurisdiction: 'AZ', code: 'criminal', version: '1999', article: '233' } };
      const withCharge = withPath(raw(), 'proceedings.0.charges', [other]);
      expectIssue(CaseFile, withPath(withCharge, 'proceedings.1.charges.0.requalifiedTo', other.id), 'proceedings.1.charges.0.requalifiedTo', /No charge/);
    });

    it('accepts links to exhibits, which live outside the document', () => {
      expect(issuesOf(CaseFile, withPath(raw(), 'incidents.0.exhibitIds.0', stranger))).toEqual([]);
    });
  });
});

/**
 * Property tests over generated case files. The generator is built from the field specs (so a new
 * field is generated without anyone remembering to), with the few rules the specs cannot express
 * written out below: required fields (taken from the minimal samples), the currency code, links
 * that must point at entries of the same case, and the assessment's cross-field rules.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CASE_SCHEMA_VERSION, CaseFile, caseFileSpec, caseTexts, CaseSummary, summariseCase, type EntitySpec, type FieldSpec } from '../../../../shared/case-model';
import { VOCABULARIES } from '../../../../shared/vocabularies';
import { SENSITIVITY_LEVELS } from '../../../../shared/vocabularies/sensitivity';
import { edtfValue } from '../dates/arbitraries';
import { ENTITY_SAMPLES } from './samples';

type Fields = Readonly<Record<string, FieldSpec>>;
type Doc = Record<string, unknown>;

const CHARS = [...'abcxyzIİəğışçöüƏĞŞÇÖÜабвгғәөүһшчАӘӨҮ0123456789 .,-()№\'"/'];
const unit = fc.oneof({ weight: 20, arbitrary: fc.constantFrom(...CHARS) }, { weight: 1, arbitrary: fc.constantFrom('😀', '🇦🇿', 'e\u0301') });
// Blank texts are refused by the schema (leave the field out instead), so the generator avoids them.
const notBlank = (s: string) => s.trim().length > 0;
const line = fc.string({ unit, minLength: 1, maxLength: 12 }).filter(notBlank);
const prose = fc.string({ unit: fc.oneof({ weight: 8, arbitrary: unit }, { weight: 1, arbitrary: fc.constantFrom('\n', '\r\n', '\t') }), minLength: 1, maxLength: 40 }).filter(notBlank);
const articleRef = fc.oneof(
  fc.constantFrom('234.4.3', '233', '283.1', '167-2', '167-2.2.1', '283.1-1', '213.2.1'),
  fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 6 }).map((levels) => levels.join('.')),
);
const article = fc.record(
  {
    jurisdiction: fc.constantFrom('AZ', 'GE', 'RU'),
    code: fc.constantFrom('criminal', 'administrative'),
    version: fc.constantFrom('1999', '1960', '2015-rev.2'),
    article: articleRef,
    asEntered: fc.constantFrom('213-2.1', ' Art. 234.4.3 ', 'm. 233'),
  },
  { requiredKeys: ['jurisdiction', 'code', 'version', 'article'] },
);
/** Placeholder for a link: the fix-up pass turns it into the id of an entry of the case. */
const LINK = '__link__';
const link = fc.constant(LINK);

/** Required fields of each entity: those its minimal sample has. */
const required = (spec: EntitySpec<object>): string[] => (spec.name === caseFileSpec.name ? ['status', 'person'] : Object.keys(ENTITY_SAMPLES[spec.name]?.minimal ?? {}).filter((k) => k !== 'id'));

function valueOf(key: string, spec: FieldSpec, isRequired: boolean): fc.Arbitrary<unknown> {
  switch (spec.input) {
    case 'line':
      return key === 'fineCurrency' ? fc.constantFrom('AZN', 'EUR', 'USD') : line;
    case 'prose':
      return prose;
    case 'date':
      return edtfValue;
    case 'boolean':
      return fc.boolean();
    case 'lines':
      return fc.array(line, { maxLength: 3 });
    case 'count':
      return fc.bigInt(0n, BigInt(spec.max)).map(Number);
    case 'vocab':
      return fc.constantFrom(...VOCABULARIES[spec.vocabulary].codes);
    case 'vocabs':
      return fc.array(fc.constantFrom(...VOCABULARIES[spec.vocabulary].codes), { maxLength: 3 });
    case 'article':
      return article;
    case 'link':
      return spec.target === 'exhibits' ? fc.uuid() : link;
    case 'links':
      return fc.array(spec.target === 'exhibits' ? fc.uuid() : link, { maxLength: 3 });
    case 'group':
      return fc.record(Object.fromEntries(Object.entries(spec.fields).map(([k, f]) => [k, valueOf(k, f, false)])), { requiredKeys: [] });
    case 'entity':
      return entityArbitrary(spec.entity);
    case 'entities':
      return fc.array(entityArbitrary(spec.entity), { minLength: isRequired ? 1 : 0, maxLength: 2 });
  }
}

const cache = new Map<string, fc.Arbitrary<Doc>>();
function entityArbitrary(spec: EntitySpec<object>): fc.Arbitrary<Doc> {
  const cached = cache.get(spec.name);
  if (cached) return cached;
  const fields = Object.entries(spec.fields as Fields);
  const keys = fields.map(([k]) => k);
  const req = required(spec);
  const overrides = fc.uniqueArray(fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...SENSITIVITY_LEVELS)), { selector: ([k]) => k, maxLength: 3 }).map((pairs) => Object.fromEntries(pairs));
  const model: Record<string, fc.Arbitrary<unknown>> = { id: fc.uuid(), sensitivity: overrides };
  for (const [key, f] of fields) model[key] = valueOf(key, f, req.includes(key));
  const arbitrary = fc.record(model, { requiredKeys: ['id', ...req] }) as fc.Arbitrary<Doc>;
  cache.set(spec.name, arbitrary);
  return arbitrary;
}

/** Turns link placeholders into ids of entries of the case and applies the assessment rules. */
function fixUp(doc: Doc, pick: number): Doc {
  // Every entry needs its own id (shrinking makes fc.uuid() values collide), and exactly one
  // name is primary.
  let serial = 0;
  const renumber = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(renumber);
    else if (typeof value === 'object' && value !== null) {
      const node = value as Doc;
      if (typeof node['id'] === 'string') node['id'] = `00000000-0000-4000-8000-${(++serial).toString(16).padStart(12, '0')}`;
      for (const [key, child] of Object.entries(node)) if (key !== 'id' && typeof child === 'object') renumber(child);
    }
  };
  renumber(doc);
  const names = ((doc['person'] as Doc | undefined)?.['names'] as Doc[] | undefined) ?? [];
  names.forEach((name, i) => {
    if (i === 0) name['use'] = 'primary';
    else if (name['use'] === 'primary') name['use'] = 'alias';
  });
  const ids = (list: unknown) => (Array.isArray(list) ? list.map((e) => (e as Doc)['id'] as string) : []);
  const targets: Record<string, string[]> = { sources: ids(doc['sources']), detentions: ids(doc['detentions']), proceedings: ids(doc['proceedings']), organisations: ids(doc['organisations']) };
  let n = pick;
  const choose = (pool: string[]) => pool[n++ % pool.length];
  const walk = (fields: Fields, node: Doc, charges: string[]) => {
    for (const [key, spec] of Object.entries(fields)) {
      const value = node[key];
      if (value === undefined) continue;
      if (spec.input === 'link' || spec.input === 'links') {
        const pool = spec.target === 'charges' ? charges : (targets[spec.target] ?? []);
        if (spec.input === 'link' && value === LINK) {
          if (pool.length === 0) delete node[key];
          else node[key] = choose(pool);
        }
        if (spec.input === 'links') node[key] = (value as string[]).flatMap((v) => (v !== LINK ? [v] : pool.length === 0 ? [] : [choose(pool) as string]));
      }
      if (spec.input === 'entity') walk(spec.entity.fields as Fields, value as Doc, charges);
      // Requalification links stay inside one proceeding.
      if (spec.input === 'entities') for (const item of value as Doc[]) walk(spec.entity.fields as Fields, item, key === 'proceedings' ? ids(item['charges']) : charges);
    }
  };
  walk(caseFileSpec.fields as Fields, doc, []);
  for (const a of (doc['assessments'] as Doc[] | undefined) ?? []) {
    // Assessment rules: one finding per criterion and per category; an override needs a reason.
    const unique = (list: unknown, by: string) => {
      const seen = new Set<unknown>();
      return ((list as Doc[] | undefined) ?? []).filter((f) => !seen.has(f[by]) && seen.add(f[by]));
    };
    if (a['paceCriteria'] !== undefined) a['paceCriteria'] = unique(a['paceCriteria'], 'criterion');
    if (a['wgadCategories'] !== undefined) a['wgadCategories'] = unique(a['wgadCategories'], 'category');
    if (a['conclusionOverride'] !== undefined && a['overrideReason'] === undefined) a['overrideReason'] = 'Because the findings leave something out.';
  }
  return doc;
}

const caseFileArbitrary: fc.Arbitrary<Doc> = fc
  .tuple(entityArbitrary(caseFileSpec as EntitySpec<object>), fc.nat())
  .map(([doc, pick]) => fixUp({ schemaVersion: CASE_SCHEMA_VERSION, ...structuredClone(doc) }, pick));

describe('generated case files (property)', () => {
  it('are valid, and round-trip through JSON unchanged', () => {
    fc.assert(
      fc.property(caseFileArbitrary, (doc) => {
        const result = CaseFile.safeParse(doc);
        if (!result.success) throw new Error(`generated an invalid case: ${JSON.stringify(result.error.issues.slice(0, 3))}`);
        const text = JSON.stringify(result.data, null, 2);
        const again = CaseFile.parse(JSON.parse(text));
        expect(again).toEqual(result.data);
        expect(JSON.stringify(again, null, 2)).toBe(text);
      }),
      { numRuns: 150 },
    );
  });

  it('summarise and index without error, and the summary fits its schema', () => {
    fc.assert(
      fc.property(caseFileArbitrary, (doc) => {
        const file = CaseFile.parse(doc);
        const summary = summariseCase({ id: file.id, revision: 1, updatedAt: '2025-01-01T00:00:00.000Z', file });
        expect(CaseSummary.safeParse(summary).success).toBe(true);
        for (const t of caseTexts(file)) expect(typeof t).toBe('string');
      }),
      { numRuns: 60 },
    );
  });

  it('are refused with an unknown key at the top, naming it', () => {
    fc.assert(
      fc.property(caseFileArbitrary, fc.constantFrom('nameLatin', 'revision', 'Reference', 'evidence'), (doc, key) => {
        const result = CaseFile.safeParse({ ...doc, [key]: 'x' });
        expect(result.success).toBe(false);
        expect(result.error?.issues.some((i) => i.path.length === 0 && i.message.includes(key))).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it('fill the fields the specs describe (the generator is not vacuous)', () => {
    const samples = fc.sample(caseFileArbitrary, { seed: 42, numRuns: 100 }).map((d) => CaseFile.parse(d));
    expect(samples.some((f) => f.proceedings.some((p) => p.charges.some((c) => c.requalifiedTo !== undefined)))).toBe(true);
    expect(samples.some((f) => f.incidents.some((i) => i.sourceIds.length > 0))).toBe(true);
    expect(samples.some((f) => f.assessments.some((a) => a.conclusionOverride !== undefined))).toBe(true);
    expect(samples.some((f) => f.proceedings.some((p) => p.sentences.some((s) => s.term?.years !== undefined)))).toBe(true);
  });
});

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CaseFile, caseFileSpec, CASE_SCHEMA_VERSION } from '../../../../shared/case-model';
import { isValidEdtf } from '../../../../shared/domain/dates';
import { CASE_SCHEMA_URI, caseJsonSchemaText, EDTF_PATTERN } from '../../../../electron/cli/schema/case-json-schema';

const CASE_SCHEMA_PATH = new URL('../../../../docs/case.schema.json', import.meta.url);
import { readFullCaseText } from '../../../fixtures/cases/full-case';
import { edtfLike, edtfValue } from '../dates/arbitraries';
import { withPath } from './helpers';

type Schema = Record<string, unknown>;
const committed = (): Schema => JSON.parse(readFileSync(CASE_SCHEMA_PATH, 'utf8')) as Schema;

/**
 * A small validator for the JSON Schema keywords the generator emits (no dependency). It refuses
 * keywords it does not know, so a new kind of constraint cannot pass unchecked.
 */
const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'default', '$defs', 'format']);
function validate(root: Schema, schema: Schema, value: unknown, path: string, errors: string[]): void {
  for (const key of Object.keys(schema)) {
    if (ANNOTATIONS.has(key)) continue;
    switch (key) {
      case '$ref': {
        const name = String(schema[key]).replace('#/$defs/', '');
        const target = (root['$defs'] as Record<string, Schema>)[name];
        if (!target) throw new Error(`unresolved ${String(schema[key])}`);
        validate(root, target, value, path, errors);
        break;
      }
      case 'type': {
        const t = schema[key];
        const ok =
          t === 'object' ? typeof value === 'object' && value !== null && !Array.isArray(value) : t === 'array' ? Array.isArray(value) : t === 'integer' ? Number.isInteger(value) : t === 'number' ? typeof value === 'number' : typeof value === t;
        if (!ok) errors.push(`${path}: not ${String(t)}`);
        break;
      }
      case 'const':
        if (value !== schema[key]) errors.push(`${path}: not ${String(schema[key])}`);
        break;
      case 'enum':
        if (!(schema[key] as unknown[]).includes(value)) errors.push(`${path}: ${String(value)} not in enum`);
        break;
      case 'pattern':
        if (typeof value === 'string' && !new RegExp(String(schema[key]), 'u').test(value)) errors.push(`${path}: does not match the pattern`);
        break;
      case 'minLength':
      case 'maxLength':
        if (typeof value === 'string') {
          const n = [...value].length;
          if (key === 'minLength' ? n < Number(schema[key]) : n > Number(schema[key])) errors.push(`${path}: ${key}`);
        }
        break;
      case 'minimum':
      case 'maximum':
        if (typeof value === 'number' && (key === 'minimum' ? value < Number(schema[key]) : value > Number(schema[key]))) errors.push(`${path}: ${key}`);
        break;
      case 'minItems':
      case 'maxItems':
        if (Array.isArray(value) && (key === 'minItems' ? value.length < Number(schema[key]) : value.length > Number(schema[key]))) errors.push(`${path}: ${key}`);
        break;
      case 'items':
        if (Array.isArray(value)) value.forEach((item, i) => validate(root, schema[key] as Schema, item, `${path}.${i}`, errors));
        break;
      case 'required':
        if (typeof value === 'object' && value !== null) for (const k of schema[key] as string[]) if (!(k in value)) errors.push(`${path}.${k}: required`);
        break;
      case 'properties':
        if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
          for (const [k, v] of Object.entries(value)) {
            const sub = (schema[key] as Record<string, Schema>)[k];
            if (sub) validate(root, sub, v, path === '' ? k : `${path}.${k}`, errors);
          }
        }
        break;
      case 'additionalProperties':
        if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
          const known = (schema['properties'] as Record<string, Schema> | undefined) ?? {};
          for (const [k, v] of Object.entries(value)) {
            if (k in known) continue;
            if (schema[key] === false) errors.push(`${path === '' ? k : `${path}.${k}`}: not allowed`);
            else validate(root, schema[key] as Schema, v, `${path}.${k}`, errors);
          }
        }
        break;
      case 'propertyNames':
        if (typeof value === 'object' && value !== null) for (const k of Object.keys(value)) validate(root, schema[key] as Schema, k, `${path}[${k}]`, errors);
        break;
      default:
        throw new Error(`the test validator does not know the keyword ${key} (at ${path})`);
    }
  }
}

function errorsOf(value: unknown): string[] {
  const root = committed();
  const errors: string[] = [];
  validate(root, root, value, '', errors);
  return errors;
}

const fixture = (): unknown => JSON.parse(readFullCaseText());

describe('docs/case.schema.json', () => {
  it('is what `habeas schema` generates from the zod schemas (run `npm run docs:schema` after changing the model)', () => {
    expect(readFileSync(CASE_SCHEMA_PATH, 'utf8')).toBe(caseJsonSchemaText());
  });

  it('identifies itself as a 2020-12 schema of the current format', () => {
    const schema = committed();
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['$id']).toBe(CASE_SCHEMA_URI);
    expect(String(schema['title'])).toContain(String(CASE_SCHEMA_VERSION));
    expect(schema['description']).toEqual(expect.stringContaining('habeas case put'));
  });

  it('has the top-level keys and required list of the case file', () => {
    const schema = committed();
    const properties = Object.keys(schema['properties'] as object);
    expect(properties).toEqual(['schemaVersion', 'id', ...Object.keys(caseFileSpec.fields), 'sensitivity']);
    expect(properties.sort()).toEqual(Object.keys(CaseFile.parse(fixture())).sort());
    expect(schema['required']).toEqual(['schemaVersion', 'id', 'status', 'person']);
    expect(schema['additionalProperties']).toBe(false);
  });

  it('has each entity as a named definition with its required fields', () => {
    const defs = committed()['$defs'] as Record<string, Schema>;
    const required = (name: string) => defs[name]?.['required'];
    expect(required('Person')).toEqual(['id', 'names']);
    expect(required('PersonName')).toEqual(['id', 'full', 'use']);
    expect(required('Charge')).toEqual(['id', 'article']);
    expect(required('ArticleRef')).toEqual(['jurisdiction', 'code', 'version', 'article']);
    expect(required('Assessment')).toEqual(['id', 'assessedOn', 'assessor']);
    expect(required('CriterionFinding')).toEqual(['id', 'criterion', 'finding']);
    expect(required('DetentionEpisode')).toEqual(['id']);
    expect(required('Source')).toEqual(['id', 'name']);
    for (const name of ['Person', 'PersonName', 'Charge', 'Assessment', 'DetentionEpisode', 'Hearing', 'Intervention', 'Note']) expect(defs[name]?.['additionalProperties'], name).toBe(false);
    expect(Object.keys(defs['DetentionEpisode']?.['properties'] as object)).toEqual(Object.keys((fixture() as { detentions: object[] }).detentions[1] as object));
  });

  it('describes every field with its English label and default sensitivity', () => {
    const defs = committed()['$defs'] as Record<string, Schema>;
    for (const name of ['Person', 'FamilyContact', 'Source', 'Hearing', 'Term']) {
      for (const [key, property] of Object.entries(defs[name]?.['properties'] as Record<string, Schema>)) expect(property['description'], `${name}.${key}`).toEqual(expect.any(String));
    }
    expect((defs['FamilyContact']?.['properties'] as Record<string, Schema>)['contact']?.['description']).toBe('How to reach them. Default sensitivity: confidential.');
    expect((defs['Source']?.['properties'] as Record<string, Schema>)['connection']?.['description']).toContain('source_connection');
    expect(defs['FuzzyDate']?.['description']).toEqual(expect.stringContaining('2013-05-12~'));
    expect(defs['release_type']?.['description']).toEqual(expect.stringContaining('died_in_custody (Died in custody)'));
  });

  it('accepts the full fixture', () => {
    expect(errorsOf(fixture())).toEqual([]);
  });

  it('refuses what the zod schema refuses at those paths (the test validator is not vacuous)', () => {
    expect(errorsOf(withPath(fixture(), 'detentions.1.placements.0.cell', '14'))).toEqual(['detentions.1.placements.0.cell: not allowed']);
    expect(errorsOf(withPath(fixture(), 'person.names.0.use', 'nickname'))).toEqual(['person.names.0.use: nickname not in enum']);
    expect(errorsOf(withPath(fixture(), 'person.names.0.full', undefined))).toEqual(['person.names.0.full: required']);
    expect(errorsOf(withPath(fixture(), 'proceedings.1.charges.0.article.version', undefined))).toEqual(['proceedings.1.charges.0.article.version: required']);
    expect(errorsOf(withPath(fixture(), 'detentions.0.arrestedOn', '12.05.2013'))).toEqual(['detentions.0.arrestedOn: does not match the pattern']);
    expect(errorsOf(withPath(fixture(), 'sensitivity.nickname', 'public'))).toEqual(['sensitivity[nickname]: nickname not in enum']);
    expect(errorsOf(withPath(fixture(), 'schemaVersion', 1))).toEqual(['schemaVersion: not 2']);
  });

  it("gives dates a pattern that accepts every stored date (it is a shape check, looser than the parser)", () => {
    const pattern = new RegExp(EDTF_PATTERN);
    fc.assert(fc.property(edtfValue, (d) => pattern.test(d)));
    fc.assert(fc.property(edtfLike, (d) => !isValidEdtf(d) || pattern.test(d)));
    for (const bad of ['12.05.2013', 'May 2013', '2013-5', ' 2013', '2013/2014/2015']) expect(pattern.test(bad), bad).toBe(false);
  });
});

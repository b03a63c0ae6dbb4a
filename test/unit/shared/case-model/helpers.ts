import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { FieldSpec } from '../../../../shared/case-model';
import { unfilledFieldsOf } from '../../../fixtures/cases/full-case';
import { samplesOf } from './samples';

export interface Issue {
  /** The path as the CLI prints it: `detentions.0.arrestedOn`; '' for the document itself. */
  readonly path: string;
  readonly message: string;
  readonly code: string;
}

export function issuesOf(schema: z.ZodType, value: unknown): Issue[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message, code: i.code }));
}

/** Asserts that `value` is refused with an issue at `path` whose message matches `message`. */
export function expectIssue(schema: z.ZodType, value: unknown, path: string, message?: RegExp): Issue {
  const issues = issuesOf(schema, value);
  expect(issues.length, `expected a refusal at ${path || '(document)'}`).toBeGreaterThan(0);
  const found = issues.find((i) => i.path === path && (message === undefined || message.test(i.message)));
  expect(found, `no issue at "${path}"${message ? ` matching ${message}` : ''}; got ${JSON.stringify(issues)}`).toBeDefined();
  return found as Issue;
}

/** parse → JSON → parse gives the same value and the same text (the output is a fixed point). */
export function expectRoundTrip(schema: z.ZodType, value: unknown): void {
  const once = schema.parse(value);
  const text = JSON.stringify(once);
  const twice = schema.parse(JSON.parse(text));
  expect(twice).toEqual(once);
  expect(JSON.stringify(twice)).toBe(text);
}

/** A copy with `key` set (or removed, for undefined). */
export function withField(value: Record<string, unknown>, key: string, v: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...value };
  if (v === undefined) delete copy[key];
  else copy[key] = v;
  return copy;
}

const LIST_INPUTS = new Set<FieldSpec['input']>(['lines', 'vocabs', 'links', 'entities']);

/**
 * The checks every entity gets: minimal and fully filled samples, round trip, required fields,
 * unknown fields, ids and sensitivity overrides. Errors must name the field.
 */
export function entitySuite(specName: string): void {
  const { name, schema, spec, minimal, full } = samplesOf(specName);
  const fields = spec.fields as Readonly<Record<string, FieldSpec>>;
  const fieldNames = Object.keys(fields);
  const [firstField = ''] = fieldNames;

  describe(`${name} (common checks)`, () => {
    it('accepts a minimal entry and gives every list an empty default', () => {
      const parsed = schema.parse(minimal) as Record<string, unknown>;
      for (const [key, f] of Object.entries(fields)) if (LIST_INPUTS.has(f.input) && !(key in minimal)) expect(parsed[key], key).toEqual([]);
    });

    it('accepts a fully filled entry, and the sample really fills every field', () => {
      const parsed = schema.parse(full) as object;
      expect(unfilledFieldsOf(spec, [parsed])).toEqual([]);
    });

    it('round-trips minimal and full entries through JSON unchanged', () => {
      expectRoundTrip(schema, minimal);
      expectRoundTrip(schema, full);
    });

    it('keeps key order stable: parsing its own output changes nothing', () => {
      const text = JSON.stringify(schema.parse(full));
      expect(JSON.stringify(schema.parse(JSON.parse(text)))).toBe(text);
    });

    it('refuses each missing required field, naming it', () => {
      for (const key of Object.keys(minimal)) expectIssue(schema, withField(minimal, key, undefined), key);
    });

    it('refuses an unknown field, naming it', () => {
      const issue = expectIssue(schema, { ...full, nickname: 'x' }, '', /nickname/);
      expect(issue.code).toBe('unrecognized_keys');
    });

    it('refuses a malformed id', () => {
      expectIssue(schema, withField(minimal, 'id', 'not-a-uuid'), 'id', /id/i);
      expectIssue(schema, withField(minimal, 'id', 42), 'id');
    });

    it('accepts a sensitivity override on each of its own fields', () => {
      for (const key of fieldNames) for (const level of ['public', 'restricted', 'confidential']) expect(issuesOf(schema, { ...minimal, sensitivity: { [key]: level } }), `${key}: ${level}`).toEqual([]);
    });

    it('refuses sensitivity overrides for fields it does not have, naming the key', () => {
      for (const key of ['id', 'sensitivity', 'bogusField']) expectIssue(schema, { ...minimal, sensitivity: { [key]: 'public' } }, 'sensitivity', new RegExp(key));
    });

    it('refuses an unknown sensitivity level, naming the field', () => {
      expectIssue(schema, { ...minimal, sensitivity: { [firstField]: 'secret' } }, `sensitivity.${firstField}`, /public.*restricted.*confidential/);
      expectIssue(schema, { ...minimal, sensitivity: 'public' }, 'sensitivity');
    });
  });
}

/** Control characters a one-line field must refuse; prose refuses the same except \n and \t. */
export const CONTROL_CHARS = ['\u0000', '\u0007', '\u001b', '\u007f'];

/** Checks a one-line text field: control characters and line breaks, emptiness, length. */
export function expectLineField(schema: z.ZodType, base: Record<string, unknown>, key: string, max: number): void {
  for (const c of [...CONTROL_CHARS, '\n', '\r', '\t']) expectIssue(schema, withField(base, key, `a${c}b`), key, /one line without control characters/);
  expectIssue(schema, withField(base, key, ''), key, /empty/);
  expectIssue(schema, withField(base, key, 'x'.repeat(max + 1)), key, new RegExp(`At most ${max} characters`));
  expectIssue(schema, withField(base, key, 42), key, /text/);
  expect(issuesOf(schema, withField(base, key, 'ə'.repeat(max)))).toEqual([]);
}

/** Checks a free-text field: line breaks and tabs allowed, other control characters not. */
export function expectProseField(schema: z.ZodType, base: Record<string, unknown>, key: string, max: number): void {
  for (const c of CONTROL_CHARS) expectIssue(schema, withField(base, key, `a${c}b`), key, /control characters/);
  expect(issuesOf(schema, withField(base, key, 'line one\nline two\r\n\tindented'))).toEqual([]);
  expectIssue(schema, withField(base, key, 'x'.repeat(max + 1)), key, new RegExp(`At most ${max} characters`));
}

/** Checks a date field: stored EDTF form only, with a message that says what is wrong. */
export function expectDateField(schema: z.ZodType, base: Record<string, unknown>, key: string): void {
  for (const ok of ['2013', '2013-05', '2013-05-12', '2013-05-12~', '2013?', '2013-05/2013-06', '2013/..']) expect(issuesOf(schema, withField(base, key, ok)), ok).toEqual([]);
  expectIssue(schema, withField(base, key, '2013-13'), key, /Month 13/);
  expectIssue(schema, withField(base, key, '2013-02-30'), key, /30/);
  expectIssue(schema, withField(base, key, '12.05.2013'), key, /not a date|YYYY/);
  expectIssue(schema, withField(base, key, 'May 2013'), key);
  expectIssue(schema, withField(base, key, '2014/2013'), key, /before it starts/);
  expectIssue(schema, withField(base, key, 2013), key, /text/);
}

/** Checks a vocabulary field: an unknown code is refused and the message lists the valid ones. */
export function expectVocabField(schema: z.ZodType, base: Record<string, unknown>, key: string, validCode: string, list = false): void {
  const wrap = (v: string) => (list ? [validCode, v] : v);
  const path = list ? `${key}.1` : key;
  const issue = expectIssue(schema, withField(base, key, wrap('no_such_code')), path, /Invalid option/);
  expect(issue.message).toContain(JSON.stringify(validCode));
  expectIssue(schema, withField(base, key, wrap(validCode.toUpperCase())), path);
  expect(issuesOf(schema, withField(base, key, list ? [validCode] : validCode))).toEqual([]);
}

/** z.prettifyError output, which names the path with dots and brackets (`detentions[0].arrestedOn`). */
export function prettyError(schema: z.ZodType, value: unknown): string {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a refusal');
  return z.prettifyError(result.error);
}

/** A deep copy of a JSON value with the value at a dotted path replaced (or removed, for undefined). */
export function withPath(value: unknown, path: string, v: unknown): Record<string, unknown> {
  const copy = structuredClone(value) as Record<string, unknown>;
  const keys = path.split('.');
  const last = keys.pop() as string;
  let node: Record<string, unknown> = copy;
  for (const k of keys) {
    const next = node[k];
    if (typeof next !== 'object' || next === null) throw new Error(`no ${k} in ${path}`);
    node = next as Record<string, unknown>;
  }
  if (!(last in node) && v === undefined) throw new Error(`nothing at ${path}`);
  if (v === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = v;
  return copy;
}

/** The value at a dotted path of a JSON value. */
export function atPath(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, k) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[k] : undefined), value);
}

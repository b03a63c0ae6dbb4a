import { z } from 'zod';
import { FuzzyDate } from '../domain/dates';
import { Sensitivity } from '../vocabularies/sensitivity';

/**
 * Building blocks shared by every entity of the case model. Texts refuse control characters
 * (they never belong in a record and break exports); long texts allow line breaks and tabs.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_OR_NEWLINE = /[\u0000-\u001F\u007F]/;

/** One line of text, 1–`max` characters. */
export const line = (max = 300) =>
  z
    .string({ error: 'Must be text' })
    .min(1, 'Must not be empty; leave the field out instead')
    .max(max, `At most ${max} characters`)
    .refine((s) => s.trim().length > 0, 'Must not be blank; leave the field out instead')
    .refine((s) => !CONTROL_OR_NEWLINE.test(s), 'Must be one line without control characters');

/** Free text with line breaks, 1–`max` characters. */
export const prose = (max = 20_000) =>
  z
    .string({ error: 'Must be text' })
    .min(1, 'Must not be empty; leave the field out instead')
    .max(max, `At most ${max} characters`)
    .refine((s) => s.trim().length > 0, 'Must not be blank; leave the field out instead')
    .refine((s) => !CONTROL.test(s), 'Must not contain control characters');

/** Stable id of an entity inside a case (and of the case itself). */
/**
 * Lower-case only: links are compared as strings, so an upper-case copy of an id would look like a
 * dangling link. The nil uuid is refused: it is what a forgotten id looks like.
 */
export const EntityId = z
  .string({ error: 'Must be an id' })
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, 'Must be a lower-case uuid such as 3f2a5c1e-8d0b-4c1e-9f2a-5c1e8d0b4c1e');
export type EntityId = z.infer<typeof EntityId>;

export const date = FuzzyDate;

/** A list of one-line texts (judges, co-defendants, case groups…). */
export const lines = (max = 300) => z.array(line(max)).max(200, 'At most 200 entries').default([]);

/** References to other entities of the same case (sources, exhibits). */
export const refs = () => z.array(EntityId).max(500, 'At most 500 links').default([]);

/** A whole number in a range, e.g. years of a sentence. */
export const count = (max: number) => z.number({ error: 'Must be a number' }).int('Must be a whole number').min(0, 'Must not be negative').max(max, `At most ${max}`);

/**
 * Per-field sensitivity chosen by the user; a field not listed here has the default of its kind
 * (see fields.ts). Only the entity's own field names are accepted, so a typo cannot silently
 * leave a confidential field at its default.
 */
export function sensitivityOverrides<const K extends string>(keys: readonly [K, ...K[]]) {
  return z.partialRecord(z.enum(keys), Sensitivity).optional();
}

/** An array of entities; each entity carries an id so links, history and diffs can follow it. */
export const entities = <T extends z.ZodType>(schema: T, max = 2000) => z.array(schema).max(max, `At most ${max} entries`).default([]);

/**
 * An entity: its own fields plus an `id` and the per-field sensitivity overrides, whose keys are
 * exactly the entity's field names.
 */
export function entity<const S extends z.ZodRawShape>(shape: S) {
  const keys = Object.keys(shape) as Array<keyof S & string>;
  const [first, ...rest] = keys;
  if (first === undefined) throw new Error('an entity needs at least one field');
  return z.strictObject({ id: EntityId, ...shape, sensitivity: sensitivityOverrides<keyof S & string>([first, ...rest]) });
}

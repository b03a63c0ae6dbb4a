import type { EntitySpec, FieldSpec } from '../../../shared/case-model/fields';

/**
 * Every field path the case-model specs describe (`proceedings[].hearings[].judges`,
 * `proceedings[].sentences[].term.years`…), and which of them a set of case files fills. A field
 * counts as filled when it is present and, for lists, not empty.
 */
export function specPaths(spec: EntitySpec<object>, prefix = ''): string[] {
  return fieldPaths(spec.fields as Readonly<Record<string, FieldSpec>>, prefix);
}

function fieldPaths(fields: Readonly<Record<string, FieldSpec>>, prefix: string): string[] {
  const out: string[] = [];
  for (const [key, spec] of Object.entries(fields)) {
    const path = `${prefix}${key}`;
    out.push(path);
    if (spec.input === 'entity') out.push(...specPaths(spec.entity, `${path}.`));
    else if (spec.input === 'entities') out.push(...specPaths(spec.entity, `${path}[].`));
    else if (spec.input === 'group') out.push(...fieldPaths(spec.fields, `${path}.`));
  }
  return out;
}

export function filledPaths(spec: EntitySpec<object>, value: unknown, into = new Set<string>(), prefix = ''): Set<string> {
  walk(spec.fields as Readonly<Record<string, FieldSpec>>, value, into, prefix);
  return into;
}

function walk(fields: Readonly<Record<string, FieldSpec>>, value: unknown, into: Set<string>, prefix: string): void {
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  for (const [key, spec] of Object.entries(fields)) {
    const v = record[key];
    if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    const path = `${prefix}${key}`;
    into.add(path);
    if (spec.input === 'entity') filledPaths(spec.entity, v, into, `${path}.`);
    else if (spec.input === 'entities' && Array.isArray(v)) for (const item of v) filledPaths(spec.entity, item, into, `${path}[].`);
    else if (spec.input === 'group') walk(spec.fields, v, into, `${path}.`);
  }
}

/** The engine's view of the case model: a schema for every entity spec, required fields, new entries. */
import { describe, expect, it } from 'vitest';
import { caseFileSpec, type FieldSpec } from '../../../shared/case-model';
import { translateMessage } from '../../../renderer/src/features/case-editor/engine/messages';
import { ENTITY_SCHEMAS, newEntity, newProblem, requiredKeys, schemaOf } from '../../../renderer/src/features/case-editor/engine/model';
import type { AnySpec } from '../../../renderer/src/features/case-editor/engine/types';
import { i18n } from '../../../renderer/src/i18n';

function reachable(spec: AnySpec, seen = new Map<string, AnySpec>()): Map<string, AnySpec> {
  if (seen.has(spec.name)) return seen;
  seen.set(spec.name, spec);
  for (const field of Object.values(spec.fields as Record<string, FieldSpec>)) {
    if (field.input === 'entity' || field.input === 'entities') reachable(field.entity, seen);
  }
  return seen;
}

describe('engine model', () => {
  const specs = [...reachable(caseFileSpec as AnySpec).values()];

  it('knows the schema of every entity the case file can hold', () => {
    expect(specs.length).toBeGreaterThan(20);
    for (const spec of specs) expect(ENTITY_SCHEMAS[spec.name], spec.name).toBeDefined();
  });

  it('reads required fields from the schemas', () => {
    const byName = new Map(specs.map((s) => [s.name, s]));
    expect([...requiredKeys(byName.get('charge') as AnySpec)]).toEqual(['article']);
    expect([...requiredKeys(byName.get('personName') as AnySpec)]).toEqual(['full', 'use']);
    expect([...requiredKeys(byName.get('detention') as AnySpec)]).toEqual([]);
    expect([...requiredKeys(byName.get('assessment') as AnySpec)]).toEqual(['assessedOn', 'assessor']);
  });

  it('new entries get an id and empty lists; those without required fields are valid at once', () => {
    for (const spec of specs) {
      const entry = newEntity(spec);
      expect(entry.id).toMatch(/^[0-9a-f-]{36}$/);
      const valid = schemaOf(spec).safeParse(entry).success;
      expect(valid, spec.name).toBe(requiredKeys(spec).size === 0);
    }
  });

  it('blocks only problems an edit introduces', () => {
    const spec = specs.find((s) => s.name === 'source') as AnySpec;
    const schema = schemaOf(spec);
    const draft = { id: crypto.randomUUID() };
    // The draft already lacks its name; choosing a type is not blocked by that.
    expect(newProblem(schema, draft, { ...draft, type: 'ngo' }, spec)).toBeNull();
    expect(newProblem(schema, draft, { ...draft, type: 'nonsense' }, spec)?.path).toEqual(['type']);
  });

  it('translates the common schema messages', async () => {
    await i18n.changeLanguage('ru');
    expect(translateMessage(i18n.t, 'At most 300 characters')).toBe('Слишком длинно: не более 300 символов.');
    expect(translateMessage(i18n.t, 'Give the person at least one name')).toBe('У лица должно быть хотя бы одно имя.');
    expect(translateMessage(i18n.t, 'Something new')).toBe('Something new');
  });
});

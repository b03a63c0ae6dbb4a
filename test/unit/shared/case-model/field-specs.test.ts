import { describe, expect, it } from 'vitest';
import {
  caseFileSpec,
  familyContactSpec,
  incidentSpec,
  personNameSpec,
  personSpec,
  sourceSpec,
  type EntitySpec,
  type FieldSpec,
} from '../../../../shared/case-model';
import { VOCABULARIES } from '../../../../shared/vocabularies';
import { defaultSensitivity, FIELD_KIND_DEFAULTS, SENSITIVITY_LEVELS } from '../../../../shared/vocabularies/sensitivity';
import { LANGS } from '../../../../shared/vocabularies/types';
import { ENTITY_SAMPLES } from './samples';

type Fields = Readonly<Record<string, FieldSpec>>;

/** Every field spec reachable from the case file, with its path (group fields included). */
function allFieldSpecs(): Array<[string, FieldSpec]> {
  const out: Array<[string, FieldSpec]> = [];
  const visit = (fields: Fields, prefix: string) => {
    for (const [key, spec] of Object.entries(fields)) {
      const path = prefix === '' ? key : `${prefix}.${key}`;
      out.push([path, spec]);
      if (spec.input === 'group') visit(spec.fields, path);
      if (spec.input === 'entity' || spec.input === 'entities') visit(spec.entity.fields as Fields, path);
    }
  };
  visit(caseFileSpec.fields as Fields, '');
  return out;
}

function allEntitySpecs(): EntitySpec<object>[] {
  const out: EntitySpec<object>[] = [];
  for (const [, spec] of allFieldSpecs()) if ((spec.input === 'entity' || spec.input === 'entities') && !out.includes(spec.entity)) out.push(spec.entity);
  return out;
}

const level = (spec: FieldSpec) => defaultSensitivity(spec.kind);
const fieldsOf = (spec: EntitySpec<object>) => Object.entries(spec.fields as Fields);

describe('field specs', () => {
  it('reach every entity of the model, and the test samples cover each one', () => {
    const names = allEntitySpecs().map((s) => s.name);
    expect(names.sort()).toEqual(Object.keys(ENTITY_SAMPLES).sort());
    expect(names).toHaveLength(23);
  });

  it('give every field a sensitivity kind that resolves to a level', () => {
    const specs = allFieldSpecs();
    expect(specs.length).toBeGreaterThan(200);
    for (const [path, spec] of specs) {
      expect(Object.hasOwn(FIELD_KIND_DEFAULTS, spec.kind), `${path}: kind ${spec.kind}`).toBe(true);
      expect(SENSITIVITY_LEVELS, path).toContain(level(spec));
    }
  });

  it('label every field, entity and group in English, Azerbaijani and Russian', () => {
    for (const [path, spec] of allFieldSpecs()) for (const lang of LANGS) expect(spec.label[lang].trim(), `${path} (${lang})`).not.toBe('');
    for (const entity of [caseFileSpec as EntitySpec<object>, ...allEntitySpecs()]) for (const lang of LANGS) expect(entity.label[lang] && entity.plural[lang], `${entity.name} (${lang})`).toBeTruthy();
  });

  it('name a known vocabulary for every coded field', () => {
    for (const [path, spec] of allFieldSpecs()) if (spec.input === 'vocab' || spec.input === 'vocabs') expect(Object.hasOwn(VOCABULARIES, spec.vocabulary), path).toBe(true);
  });

  it('keep family contacts confidential by default', () => {
    expect(level(personSpec.fields.familyContacts)).toBe('confidential');
    for (const [key, spec] of fieldsOf(familyContactSpec as EntitySpec<object>)) expect(level(spec), key).toBe('confidential');
  });

  it('keep health confidential by default, including medical attention after ill-treatment', () => {
    expect(level(personSpec.fields.health)).toBe('confidential');
    expect(level(incidentSpec.fields.medicalAttention)).toBe('confidential');
  });

  it("keep sources' identity and contact confidential by default", () => {
    expect(level(sourceSpec.fields.name)).toBe('confidential');
    expect(level(sourceSpec.fields.contact)).toBe('confidential');
    expect(level(caseFileSpec.fields.sources)).toBe('confidential');
    for (const [path, spec] of allFieldSpecs()) if ((spec.input === 'link' || spec.input === 'links') && spec.target === 'sources') expect(level(spec), path).toBe('confidential');
  });

  it("keep the person's name restricted by default (not every family wants publicity)", () => {
    expect(level(caseFileSpec.fields.person)).toBe('restricted');
    expect(level(personSpec.fields.names)).toBe('restricted');
    for (const [key, spec] of fieldsOf(personNameSpec as EntitySpec<object>)) expect(level(spec), key).toBe('restricted');
  });

  it('keep the address and trial observers confidential, and court facts public, by default', () => {
    expect(level(personSpec.fields.address)).toBe('confidential');
    expect(level(allFieldSpecs().find(([p]) => p === 'proceedings.hearings.observers')?.[1] as FieldSpec)).toBe('confidential');
    expect(level(allFieldSpecs().find(([p]) => p === 'proceedings.court')?.[1] as FieldSpec)).toBe('public');
    expect(level(allFieldSpecs().find(([p]) => p === 'proceedings.charges.article')?.[1] as FieldSpec)).toBe('public');
  });

  it('accept overrides exactly for the fields of each entity (checked against each schema)', () => {
    for (const sample of Object.values(ENTITY_SAMPLES)) {
      for (const key of Object.keys(sample.spec.fields)) expect(sample.schema.safeParse({ ...sample.minimal, sensitivity: { [key]: 'public' } }).success, `${sample.name}.${key}`).toBe(true);
      expect(sample.schema.safeParse({ ...sample.minimal, sensitivity: { id: 'public' } }).success, `${sample.name}.id`).toBe(false);
    }
  });
});

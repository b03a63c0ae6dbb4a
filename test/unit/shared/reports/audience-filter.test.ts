import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTimeline, CaseFile, caseFileSpec, summariseCase } from '../../../../shared/case-model';
import { placementSpec } from '../../../../shared/case-model/detention';
import type { EntitySpec, FieldSpec } from '../../../../shared/case-model/fields';
import { effectiveFieldSensitivity, type Sensitive } from '../../../../shared/case-model/sensitivity';
import { AUDIENCE_PROFILES, AUDIENCES, audienceMaySee, filterCaseForAudience, isFieldWithheld, withheldEntryCount, type Audience } from '../../../../shared/reports';
import { SENSITIVITY_LEVELS, type Sensitivity } from '../../../../shared/vocabularies/sensitivity';
import { generateCase } from '../../../../electron/main/core/demo/generate';
import { plantCanaries } from '../../../fixtures/reports/canaries';

const full = (index: number) => generateCase(index, { seed: 2014, fill: 'full' });
const withSources = () => {
  for (let i = 0; i < 40; i++) {
    const file = full(i);
    if (file.sources.length > 0 && file.incidents.length > 0 && file.person.health !== undefined) return file;
  }
  throw new Error('no demo case with sources, incidents and health');
};

describe('filterCaseForAudience', () => {
  it('keeps only public fields for the public: charges stay, health, address and birth date go', () => {
    const file = withSources();
    const view = filterCaseForAudience(file, 'public');
    expect(view.file.person.health).toBeUndefined();
    expect(view.file.person.birthDate).toBeUndefined();
    expect(view.file.status).toBe(file.status);
    const charges = file.proceedings.flatMap((p) => p.charges.map((c) => c.article));
    expect(view.file.proceedings.flatMap((p) => p.charges.map((c) => c.article))).toEqual(charges);
    expect(isFieldWithheld(view, file.person.id, 'health')).toBe(true);
  });

  it('gives the court restricted facts but not religion, ethnicity or family; the UN gets religion; neither gets health', () => {
    const file = CaseFile.parse({ ...withSources(), person: { ...withSources().person, religion: 'Shia Muslim', ethnicity: 'Talysh', birthDate: '1980-05-02' } });
    const court = filterCaseForAudience(file, 'court').file.person;
    expect(court.birthDate).toBe('1980-05-02');
    expect(court.religion).toBeUndefined();
    expect(court.ethnicity).toBeUndefined();
    expect(court.health).toBeUndefined();
    const un = filterCaseForAudience(file, 'un').file.person;
    expect(un.religion).toBe('Shia Muslim');
    expect(un.ethnicity).toBe('Talysh');
    expect(un.health).toBeUndefined();
  });

  it('lets a field the user marked public through to everyone, even a kind the court excludes', () => {
    const base = withSources();
    const file = CaseFile.parse({ ...base, person: { ...base.person, religion: 'Baptist', sensitivity: { ...base.person.sensitivity, religion: 'public' } } });
    for (const audience of AUDIENCES) expect(filterCaseForAudience(file, audience).file.person.religion).toBe('Baptist');
  });

  it('withholds a whole section the user marked confidential, and counts what it held', () => {
    const base = withSources();
    const file = CaseFile.parse({ ...base, sensitivity: { ...base.sensitivity, incidents: 'confidential' } });
    for (const audience of ['public', 'court', 'un'] as const) {
      const view = filterCaseForAudience(file, audience);
      expect(view.file.incidents).toEqual([]);
      expect(withheldEntryCount(view, file.id, 'incidents')).toBe(file.incidents.length);
    }
    expect(filterCaseForAudience(file, 'internal').file.incidents).toEqual(file.incidents);
  });

  it('removes a source with nothing left to show, keeps a named public one without its contact, and counts the rest', () => {
    const base = withSources();
    const named = base.sources[0]!;
    const file = CaseFile.parse({ ...base, sources: [{ ...named, sensitivity: { name: 'public' }, contact: 'call +994 50 000 00 00' }, ...base.sources.slice(1)] });
    const view = filterCaseForAudience(file, 'public');
    expect(view.file.sources.map((s) => s.id)).toEqual([named.id]);
    expect(view.file.sources[0]!.name).toBe(named.name);
    expect(view.file.sources[0]!.contact).toBeUndefined();
    expect(withheldEntryCount(view, file.id, 'sources')).toBe(base.sources.length - 1);
  });

  it('gives a court what it may know of a source (its type) but never its name', () => {
    const base = withSources();
    const typed = base.sources.filter((s) => s.type !== undefined);
    const view = filterCaseForAudience(base, 'court');
    expect(view.file.sources.map((s) => s.id)).toEqual(typed.map((s) => s.id));
    for (const source of view.file.sources) {
      const original = base.sources.find((s) => s.id === source.id)!;
      expect(source.name).toBeUndefined();
      expect(source.contact).toBeUndefined();
      // What the source says is confidential unless the team chose to share it.
      if (original.sensitivity?.summary === undefined) expect(source.summary).toBeUndefined();
      expect(isFieldWithheld(view, source.id, 'name')).toBe(true);
    }
  });

  it('drops names whose text is withheld, so a public dossier cannot print a restricted name', () => {
    const file = withSources();
    const view = filterCaseForAudience(file, 'public');
    const publicNames = file.person.names.filter((n) => n.sensitivity?.full === 'public' && (n.sensitivity.use === 'public'));
    expect(view.file.person.names.map((n) => n.full)).toEqual(publicNames.map((n) => n.full));
  });

  it('gives the internal audience the whole case, unchanged, and never changes its input', () => {
    const file = withSources();
    const before = JSON.stringify(file);
    expect(filterCaseForAudience(file, 'internal').file).toEqual(file);
    for (const audience of AUDIENCES) filterCaseForAudience(file, audience);
    expect(JSON.stringify(file)).toBe(before);
  });

  it('keeps no canary from a confidential field or a source in public, court or UN views; internal keeps them all', () => {
    for (let i = 0; i < 40; i += 3) {
      const { file, canaries } = plantCanaries(full(i));
      expect(canaries.length).toBeGreaterThan(10);
      for (const audience of ['public', 'court', 'un'] as const) {
        const text = JSON.stringify(filterCaseForAudience(file, audience).file);
        for (const canary of canaries) expect(text, `${canary} in ${audience} view of case ${i}`).not.toContain(canary);
      }
      const internal = JSON.stringify(filterCaseForAudience(file, 'internal').file);
      for (const canary of canaries) expect(internal).toContain(canary);
    }
  });

  it('leaves a case that derived views (list row, timeline) read like a full one, even with the person or categories withheld', () => {
    const base = withSources();
    const hidden = [
      base,
      CaseFile.parse({ ...base, sensitivity: { ...base.sensitivity, person: 'confidential' } }),
      CaseFile.parse({ ...base, person: { ...base.person, sensitivity: { ...base.person.sensitivity, categories: 'confidential', names: 'confidential' } } }),
    ];
    for (const file of hidden) {
      for (const audience of AUDIENCES) {
        const view = filterCaseForAudience(file, audience);
        expect(() => summariseCase({ id: file.id, revision: 1, updatedAt: '2026-01-01T00:00:00.000Z', file: view.file }), audience).not.toThrow();
        expect(() => buildTimeline(view.file), audience).not.toThrow();
        expect(Array.isArray(view.file.person.names) && Array.isArray(view.file.person.categories)).toBe(true);
      }
    }
    const withheldPerson = filterCaseForAudience(hidden[1]!, 'un').file.person;
    expect(withheldPerson.names).toEqual([]);
    expect(withheldPerson.health).toBeUndefined();
    expect(filterCaseForAudience(hidden[2]!, 'public').file.person.categories).toEqual([]);
  });

  it('keeps a detention whose dates are withheld while its public placements remain (the facility stays on a public list)', () => {
    let checked = 0;
    for (let i = 0; i < 40; i++) {
      const file = full(i);
      const view = filterCaseForAudience(file, 'public');
      for (const d of file.detentions) {
        const publicPlacements = d.placements.filter((p) => effectiveFieldSensitivity(p, placementSpec, 'facilityName', d.sensitivity?.placements ? [d.sensitivity.placements] : []) === 'public' && (file.sensitivity?.detentions ?? 'public') === 'public');
        if (publicPlacements.length === 0 || d.sensitivity?.arrestedOn === 'public' || d.sensitivity?.releasedOn === 'public') continue;
        checked++;
        expect(view.file.detentions.map((v) => v.id)).toContain(d.id);
      }
    }
    expect(checked, 'detentions whose dates the public may not see').toBeGreaterThan(5);
  });

  it('property: with any marks on any fields, every field left has a level the audience may see', () => {
    const level = fc.constantFrom<Sensitivity>(...SENSITIVITY_LEVELS);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 39 }), fc.constantFrom<Audience>(...AUDIENCES), fc.array(fc.tuple(fc.nat(), level), { maxLength: 30 }), (index, audience, marks) => {
        const file = markRandomly(full(index), marks);
        const view = filterCaseForAudience(file, audience);
        checkVisible(view.file as unknown as Record<string, unknown>, caseFileSpec as EntitySpec<object>, [], audience, file);
      }),
      { numRuns: 60 },
    );
  });
});

/** Applies `marks` ([entity number, level]) as user overrides on the first field of the chosen entities. */
function markRandomly(file: CaseFile, marks: ReadonlyArray<readonly [number, Sensitivity]>): CaseFile {
  const copy = JSON.parse(JSON.stringify(file)) as Record<string, unknown>;
  const entities: Array<{ data: Record<string, unknown>; spec: EntitySpec<object> }> = [];
  collect(copy, caseFileSpec as EntitySpec<object>, entities);
  for (const [n, lvl] of marks) {
    const target = entities[n % entities.length]!;
    const fields = Object.keys(target.spec.fields).filter((f) => target.data[f] !== undefined);
    const field = fields[n % Math.max(1, fields.length)];
    if (field !== undefined) target.data.sensitivity = { ...(target.data.sensitivity as object | undefined), [field]: lvl };
  }
  return CaseFile.parse(copy);
}

function collect(data: Record<string, unknown>, spec: EntitySpec<object>, into: Array<{ data: Record<string, unknown>; spec: EntitySpec<object> }>): void {
  into.push({ data, spec });
  for (const [field, fieldSpec] of Object.entries(spec.fields as Readonly<Record<string, FieldSpec>>)) {
    const value = data[field];
    if (fieldSpec.input === 'entity' && value) collect(value as Record<string, unknown>, fieldSpec.entity, into);
    if (fieldSpec.input === 'entities' && Array.isArray(value)) for (const item of value) collect(item as Record<string, unknown>, fieldSpec.entity, into);
  }
}

/** Independent re-check: every leaf still present has an allowed effective level. */
function checkVisible(data: Record<string, unknown>, spec: EntitySpec<object>, inherited: Sensitivity[], audience: Audience, original: CaseFile): void {
  const profile = AUDIENCE_PROFILES[audience];
  for (const [field, fieldSpec] of Object.entries(spec.fields as Readonly<Record<string, FieldSpec>>)) {
    const value = data[field];
    // An empty list says nothing (withheld lists are left empty so derived views keep working).
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    const own = (data as Sensitive).sensitivity?.[field];
    if (fieldSpec.input === 'entity' || fieldSpec.input === 'entities') {
      const below = own === undefined ? inherited : [...inherited, own];
      for (const item of Array.isArray(value) ? value : [value]) checkVisible(item as Record<string, unknown>, fieldSpec.entity, below, audience, original);
      continue;
    }
    const lvl = effectiveFieldSensitivity(data as Sensitive, spec, field, inherited);
    expect(audienceMaySee(profile, lvl, fieldSpec.kind), `${spec.name}.${field} (${lvl}) shown to ${audience}`).toBe(true);
  }
}

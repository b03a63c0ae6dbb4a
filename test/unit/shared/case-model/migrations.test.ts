import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CASE_SCHEMA_VERSION, CaseFile, CaseFileV1, derivedId, EntityId, UnsupportedSchemaError, upgradeCaseFile } from '../../../../shared/case-model';
import { loadFullCase, readFullCaseText } from '../../../fixtures/cases/full-case';

const caseId = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
/** What the spine stored, and what its `case show --json` printed (extra bookkeeping included). */
const v1 = { nameLatin: 'Ilkin Omarov', nameNative: 'Илкин Өмәров', status: 'detained' };
const v1AsPrinted = { id: caseId, ...v1, revision: 3, createdAt: '2026-11-02T10:00:00.000Z', updatedAt: '2026-11-03T10:00:00.000Z' };

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('upgradeCaseFile from schema 1 (the spine)', () => {
  it('gives a current case file with the names and status and nothing invented', () => {
    const file = upgradeCaseFile(1, caseId, v1);
    expect(file.schemaVersion).toBe(CASE_SCHEMA_VERSION);
    expect(file.id).toBe(caseId);
    expect(file.status).toBe('detained');
    expect(file.person.names.map((n) => ({ full: n.full, use: n.use, script: n.script }))).toEqual([
      { full: 'Ilkin Omarov', use: 'primary', script: 'latin' },
      { full: 'Илкин Өмәров', use: 'native', script: 'cyrillic' },
    ]);
    expect(file.person.categories).toEqual([]);
    for (const key of ['organisations', 'detentions', 'proceedings', 'incidents', 'assessments', 'recognitions', 'interventions', 'sources', 'notes'] as const) expect(file[key], key).toEqual([]);
    expect(file.reference).toBeUndefined();
    expect(file.sensitivity).toBeUndefined();
  });

  it('is deterministic: the same old document gives the same new one, ids included', () => {
    const a = upgradeCaseFile(1, caseId, v1);
    const b = upgradeCaseFile(1, caseId, structuredClone(v1));
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('derives valid, distinct ids from the case id', () => {
    const file = upgradeCaseFile(1, caseId, v1);
    const ids = [file.person.id, ...file.person.names.map((n) => n.id)];
    for (const id of ids) {
      expect(EntityId.safeParse(id).success, id).toBe(true);
      expect(id.slice(0, -4)).toBe(caseId.slice(0, -4));
    }
    expect(new Set([caseId, ...ids]).size).toBe(ids.length + 1);
    expect(upgradeCaseFile(1, '0b6f2c1e-1d1a-4f7e-8a52-3c4d5e6f7a8b', v1).person.id).not.toBe(file.person.id);
  });

  it('marks a native name in Latin script (Azerbaijani Latin) as Latin', () => {
    const file = upgradeCaseFile(1, caseId, { nameLatin: 'Ilkin Omarov', nameNative: 'İlkin Ömərov', status: 'released' });
    expect(file.person.names[1]).toMatchObject({ full: 'İlkin Ömərov', use: 'native', script: 'latin' });
  });

  it('works without a native name', () => {
    const file = upgradeCaseFile(1, caseId, { nameLatin: 'Ilkin Omarov', status: 'convicted' });
    expect(file.person.names).toHaveLength(1);
  });

  it("accepts the spine's printed form, leaving its bookkeeping out of the document", () => {
    expect(upgradeCaseFile(1, caseId, v1AsPrinted)).toEqual(upgradeCaseFile(1, caseId, v1));
  });

  it('gives a document that is a fixed point of the current schema', () => {
    const file = upgradeCaseFile(1, caseId, v1);
    const text = JSON.stringify(file);
    expect(JSON.stringify(CaseFile.parse(JSON.parse(text)))).toBe(text);
    expect(upgradeCaseFile(CASE_SCHEMA_VERSION, caseId, JSON.parse(text))).toEqual(file);
  });

  it('refuses a malformed schema-1 document with a ZodError naming the field', () => {
    const missing = thrown(() => upgradeCaseFile(1, caseId, { status: 'detained' }));
    expect(missing).toBeInstanceOf(z.ZodError);
    expect((missing as z.ZodError).issues.map((i) => i.path.join('.'))).toContain('nameLatin');
    const wrongType = thrown(() => upgradeCaseFile(1, caseId, { nameLatin: 42, status: 'detained' })) as z.ZodError;
    expect(wrongType.issues.map((i) => i.path.join('.'))).toEqual(['nameLatin']);
    const badStatus = thrown(() => upgradeCaseFile(1, caseId, { nameLatin: 'Ilkin', status: 'jailed' })) as z.ZodError;
    expect(badStatus.issues.map((i) => i.path.join('.'))).toEqual(['status']);
    expect(thrown(() => upgradeCaseFile(1, caseId, null))).toBeInstanceOf(z.ZodError);
  });

  it('refuses a schema-1 name the current model would refuse, naming where it lands', () => {
    const error = thrown(() => upgradeCaseFile(1, caseId, { nameLatin: 'Ilkin\u0000Omarov', status: 'detained' })) as z.ZodError;
    expect(error).toBeInstanceOf(z.ZodError);
    expect(error.issues.map((i) => i.path.join('.'))).toEqual(['person.names.0.full']);
  });

  it('CaseFileV1 is the spine format', () => {
    expect(CaseFileV1.parse(v1AsPrinted)).toEqual(v1);
  });
});

describe('upgradeCaseFile for the current schema', () => {
  it('parses the document as it is', () => {
    expect(upgradeCaseFile(CASE_SCHEMA_VERSION, loadFullCase().id, JSON.parse(readFullCaseText()))).toEqual(loadFullCase());
  });

  it('refuses a malformed current document with a ZodError naming the field', () => {
    const doc = JSON.parse(readFullCaseText()) as { detentions: Array<Record<string, unknown>> };
    (doc.detentions[0] as Record<string, unknown>)['arrestedOn'] = '2013-13';
    const error = thrown(() => upgradeCaseFile(CASE_SCHEMA_VERSION, caseId, doc)) as z.ZodError;
    expect(error).toBeInstanceOf(z.ZodError);
    expect(error.issues.map((i) => i.path.join('.'))).toEqual(['detentions.0.arrestedOn']);
  });
});

describe('upgradeCaseFile for an unknown version', () => {
  it('throws UnsupportedSchemaError saying which format and what to do', () => {
    const error = thrown(() => upgradeCaseFile(3, caseId, JSON.parse(readFullCaseText())));
    expect(error).toBeInstanceOf(UnsupportedSchemaError);
    expect((error as Error).message).toMatch(/format 3/);
    expect((error as Error).message).toMatch(/Update Habeas/);
  });

  it('does so for versions before the first one too, without looking at the data', () => {
    for (const version of [0, -1, 99, 2.5]) expect(thrown(() => upgradeCaseFile(version, caseId, 'not even an object')), String(version)).toBeInstanceOf(UnsupportedSchemaError);
  });
});

describe('derivedId', () => {
  it('changes only the last four hex digits, and never gives back the case id itself', () => {
    for (const id of [caseId, '7c9e6679-7425-40de-944b-e07fc1f90000', '7c9e6679-7425-40de-944b-e07fc1f9ffff']) {
      for (let n = 0; n < 300; n++) {
        const derived = derivedId(id, n);
        expect(derived.slice(0, -4)).toBe(id.slice(0, -4));
        expect(derived).not.toBe(id);
      }
    }
    expect(derivedId(caseId, 7)).toBe(derivedId(caseId, 7));
  });

  it('gives distinct valid ids for the entities a migration creates', () => {
    const ids = Array.from({ length: 64 }, (_, n) => derivedId(caseId, n));
    expect(new Set(ids).size).toBe(64);
    for (const id of ids) expect(EntityId.safeParse(id).success).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { applyChanges, describePath, diffDocuments, type FieldChange } from '../../../shared/diff';

const D1 = '3f2a5c1e-0000-4000-8000-000000000001';
const D2 = '3f2a5c1e-0000-4000-8000-000000000002';
const P1 = '9b1c0d2e-0000-4000-8000-000000000001';
const P2 = '9b1c0d2e-0000-4000-8000-000000000002';

/** A trimmed case file: nested objects, entity arrays with ids, and a list of codes. */
function caseFile() {
  return {
    person: { nameLatin: 'Intiqam Əliyev', profile: ['human_rights_defender', 'lawyer'] },
    detentions: [
      {
        id: D1,
        arrest: { date: '2014-08-08', authority: 'Prosecutor General' },
        placements: [
          { id: P1, facility: { name: 'Kurdakhani pre-trial detention facility' }, from: '2014-08-08' },
          { id: P2, facility: { name: 'Penitentiary no. 13' }, from: '2015-04-22' },
        ],
      },
      { id: D2, arrest: { date: '2016-01' }, placements: [] },
    ],
  };
}

/** Kind and dotted path of each change: what a history view would list. */
const summary = (changes: FieldChange[]) => changes.map((c) => `${c.kind} ${describePath(c)}`);

describe('diffDocuments', () => {
  it('names a leaf change inside nested entities by ids, with labels for each segment', () => {
    const before = caseFile();
    const after = caseFile();
    after.detentions[0]!.placements[1]!.facility.name = 'Penitentiary no. 12';
    const changes = diffDocuments(before, after);
    expect(changes).toEqual([
      {
        path: ['detentions', D1, 'placements', P2, 'facility', 'name'],
        labels: [
          { kind: 'field', name: 'detentions' },
          { kind: 'entity', id: D1, index: 0 },
          { kind: 'field', name: 'placements' },
          { kind: 'entity', id: P2, index: 1 },
          { kind: 'field', name: 'facility' },
          { kind: 'field', name: 'name' },
        ],
        kind: 'changed',
        before: 'Penitentiary no. 13',
        after: 'Penitentiary no. 12',
      },
    ]);
    expect(describePath(changes[0]!)).toBe(`detentions[${D1}].placements[${P2}].facility.name`);
    expect(describePath(changes[0]!, { idLength: 4 })).toBe('detentions[3f2a…].placements[9b1c…].facility.name');
  });

  it('is empty for equal documents, and for copies that differ only in undefined keys', () => {
    expect(diffDocuments(caseFile(), caseFile())).toEqual([]);
    expect(diffDocuments({ a: 1, b: undefined }, { a: 1 })).toEqual([]);
    expect(diffDocuments(null, null)).toEqual([]);
  });

  it('reports added and removed fields with the value they had', () => {
    expect(diffDocuments({ a: 1, gone: { x: 1 } }, { a: 1, fresh: [1] })).toEqual([
      { path: ['gone'], labels: [{ kind: 'field', name: 'gone' }], kind: 'removed', before: { x: 1 } },
      { path: ['fresh'], labels: [{ kind: 'field', name: 'fresh' }], kind: 'added', after: [1] },
    ]);
  });

  it('matches entities by id: a reorder is one move, not removals and additions', () => {
    const before = caseFile();
    const after = caseFile();
    after.detentions.reverse();
    after.detentions[1]!.arrest.authority = 'Ministry of National Security';
    const changes = diffDocuments(before, after);
    expect(summary(changes)).toEqual(['moved detentions', `changed detentions[${D1}].arrest.authority`]);
    expect(changes[0]).toMatchObject({ path: ['detentions'], before: [D1, D2], after: [D2, D1] });
    // The label carries the entity's new position, for display.
    expect(changes[1]!.labels[1]).toEqual({ kind: 'entity', id: D1, index: 1 });
  });

  it('does not call entities moved when an insertion or removal only shifted them', () => {
    const before = caseFile();
    const after = caseFile();
    const inserted = { id: 'new-detention', arrest: { date: '2013' }, placements: [] };
    after.detentions.unshift(inserted);
    expect(summary(diffDocuments(before, after))).toEqual(['added detentions[new-detention]']);
    const removed = caseFile();
    removed.detentions.shift();
    const changes = diffDocuments(before, removed);
    expect(summary(changes)).toEqual([`removed detentions[${D1}]`]);
    expect(changes[0]).toMatchObject({ kind: 'removed', before: before.detentions[0], labels: [{ kind: 'field' }, { kind: 'entity', id: D1, index: 0 }] });
  });

  it('compares lists of codes as sets: order and repeats do not count', () => {
    const before = { violations: ['ECHR-5', 'ECHR-6', 'ECHR-18'] };
    expect(diffDocuments(before, { violations: ['ECHR-18', 'ECHR-5', 'ECHR-6', 'ECHR-5'] })).toEqual([]);
    const changes = diffDocuments(before, { violations: ['ECHR-18', 'ECHR-10', 'ECHR-5'] });
    expect(summary(changes)).toEqual(['removed violations[="ECHR-6"]', 'added violations[="ECHR-10"]']);
    expect(changes[1]).toMatchObject({ path: ['violations', 'ECHR-10'], labels: [{ kind: 'field', name: 'violations' }, { kind: 'value', value: 'ECHR-10' }], after: 'ECHR-10' });
    // "1" and 1 are different codes.
    expect(summary(diffDocuments({ c: ['1'] }, { c: [1] }))).toEqual(['removed c[="1"]', 'added c[=1]']);
  });

  it('decides the kind of an array from both sides: [] → [entity] adds an entity, [] → [code] adds a code', () => {
    expect(summary(diffDocuments({ d: [] }, { d: [{ id: 'x' }] }))).toEqual(['added d[x]']);
    expect(summary(diffDocuments({ d: [] }, { d: ['x'] }))).toEqual(['added d[="x"]']);
  });

  it('compares other arrays by position (objects without ids, nested arrays, mixed, repeated ids)', () => {
    expect(summary(diffDocuments({ r: [{ a: 1 }, { a: 2 }] }, { r: [{ a: 1 }, { a: 3 }, { a: 4 }] }))).toEqual(['changed r[1].a', 'added r[2]']);
    expect(summary(diffDocuments({ r: [[1], [2], [3]] }, { r: [[1]] }))).toEqual(['removed r[2]', 'removed r[1]']);
    expect(summary(diffDocuments({ r: [{ id: 'a', v: 1 }, { id: 'a', v: 2 }] }, { r: [{ id: 'a', v: 1 }, { id: 'a', v: 3 }] }))).toEqual(['changed r[1].v']);
  });

  it('reports a value that changes kind as one change', () => {
    expect(diffDocuments({ a: { b: 1 } }, { a: 'text' })).toMatchObject([{ path: ['a'], kind: 'changed', before: { b: 1 }, after: 'text' }]);
    expect(diffDocuments({ a: null }, { a: [] })).toMatchObject([{ path: ['a'], kind: 'changed', before: null, after: [] }]);
    expect(diffDocuments(1, 2)).toEqual([{ path: [], labels: [], kind: 'changed', before: 1, after: 2 }]);
  });
});

describe('describePath', () => {
  it('is unambiguous: fields, entity ids, positions and set members read differently', () => {
    expect(describePath([{ kind: 'field', name: 'a b' }, { kind: 'field', name: '3' }])).toBe('["a b"]["3"]');
    expect(describePath([{ kind: 'field', name: 'r' }, { kind: 'index', index: 3 }])).toBe('r[3]');
    expect(describePath([{ kind: 'field', name: 'r' }, { kind: 'entity', id: '3', index: 0 }])).toBe('r[id="3"]');
    expect(describePath([{ kind: 'field', name: 'r' }, { kind: 'entity', id: 'a]b', index: 0 }])).toBe('r[id="a]b"]');
    expect(describePath([{ kind: 'field', name: 'r' }, { kind: 'value', value: 3 }])).toBe('r[=3]');
    expect(describePath([])).toBe('');
  });

  it('does not depend on where an entity sits, so the same field reads the same in every revision', () => {
    expect(describePath([{ kind: 'entity', id: 'e1', index: 0 }])).toBe(describePath([{ kind: 'entity', id: 'e1', index: 7 }]));
  });
});

describe('applyChanges', () => {
  it('replays a diff on a copy, leaving the original alone', () => {
    const before = caseFile();
    const after = caseFile();
    after.detentions.reverse();
    after.detentions.push({ id: 'later', arrest: { date: '2020' }, placements: [] });
    after.person.profile = ['lawyer', 'journalist'];
    const result = applyChanges(before, diffDocuments(before, after));
    expect(result).toEqual(after);
    expect(before).toEqual(caseFile());
  });

  it('writes a field called __proto__ as a field, never as a prototype', () => {
    const before = JSON.parse('{"a":{}}') as unknown;
    const after = JSON.parse('{"a":{"__proto__":{"polluted":true}}}') as unknown;
    const result = applyChanges(before, diffDocuments(before, after)) as { a: object };
    expect(Object.getPrototypeOf(result.a)).toBe(Object.prototype);
    expect(Object.keys(result.a)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(diffDocuments(result, after)).toEqual([]);
  });

  it('refuses a change that does not fit the document', () => {
    const change: FieldChange = { path: ['x', 'y'], labels: [{ kind: 'field', name: 'x' }, { kind: 'field', name: 'y' }], kind: 'changed', before: 1, after: 2 };
    expect(() => applyChanges({}, [change])).toThrow(/does not fit/);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChanges, describePath, diffDocuments, resolvePath, type FieldChange } from '../../../shared/diff';
import { seededRandom } from '../../helpers/random';

/**
 * Case-file-like documents drawn from small pools of keys, ids and codes, so that two independent
 * documents share structure often enough to produce moves, nested edits and set changes, not just
 * "everything replaced". `__proto__` and a non-identifier key are in the pool on purpose.
 */
const key = fc.constantFrom('name', 'status', 'facility', 'placements', 'codes', 'from', 'odd key', '__proto__');
const id = fc.constantFrom('3f2a', '9b1c', 'e5d0', '77aa', '1');
const code = fc.constantFrom<string | number>('ECHR-5', 'ECHR-6', 'ICCPR-9', '7', 7);
const leaf = fc.oneof(fc.constantFrom<unknown>('x', 'y', '', 0, 1, true, false, null), fc.string({ maxLength: 3 }));

const { doc } = fc.letrec<{ doc: Record<string, unknown>; value: unknown; entities: unknown[] }>((tie) => ({
  doc: fc.dictionary(key, tie('value'), { maxKeys: 4 }),
  value: fc.oneof(
    { depthSize: 'small' },
    leaf,
    tie('doc'),
    tie('entities'),
    fc.array(code, { maxLength: 4 }),
    fc.array(leaf, { maxLength: 3 }),
  ),
  entities: fc.uniqueArray(fc.tuple(id, tie('doc')).map(([entityId, rest]) => ({ ...rest, id: entityId })), { selector: (e) => e.id, maxLength: 4 }),
}));

type Random = ReturnType<typeof seededRandom>;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const LEAVES = ['x', 'y', '', 0, 1, true, null];
const CODES = ['ECHR-5', 'ECHR-6', 'ICCPR-9', '7', 7];

/**
 * The next revision of a document as an editor makes it: a few fields edited, added or dropped,
 * entities reordered, removed or inserted, codes ticked and unticked. Independent random documents
 * rarely share enough for moves and edits deep inside entities; these pairs always do.
 */
function edit(value: unknown, rnd: Random): unknown {
  if (Array.isArray(value)) {
    let list = value.map((item) => (rnd.next() < 0.5 ? edit(item, rnd) : item));
    if (list.length > 0 && rnd.next() < 0.3) list.splice(rnd.int(list.length), 1);
    if (rnd.next() < 0.4) list = list.map((item) => ({ item, key: rnd.next() })).sort((p, q) => p.key - q.key).map((p) => p.item);
    const entities = list.length > 0 && list.every((item) => isObject(item) && typeof item.id === 'string');
    if (entities && rnd.next() < 0.3) list.splice(rnd.int(list.length + 1), 0, { id: `new-${rnd.int(1e6)}`, name: 'x' });
    if (!entities && rnd.next() < 0.3) list.push(CODES[rnd.int(CODES.length)]);
    return list;
  }
  if (isObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k !== 'id' && rnd.next() < 0.1) continue;
      Object.defineProperty(out, k, { value: k === 'id' ? v : edit(v, rnd), enumerable: true, writable: true, configurable: true });
    }
    if (rnd.next() < 0.15) out.added = LEAVES[rnd.int(LEAVES.length)];
    return out;
  }
  return rnd.next() < 0.3 ? LEAVES[rnd.int(LEAVES.length)] : value;
}

/** Case-like pairs (independent, and one revision after another), and arbitrary JSON for anything the pools miss. */
const pair = fc.oneof(
  fc.tuple(doc, doc),
  fc.tuple(doc, fc.integer({ min: 1 })).map(([a, seed]) => [a, edit(a, seededRandom(seed))] as const),
  fc.tuple(fc.jsonValue(), fc.jsonValue()),
);

const mirrorKind = { added: 'removed', removed: 'added', changed: 'changed', moved: 'moved' } as const;
/** What a change says, independent of the direction of the diff (entity positions differ between a and b). */
const gist = (c: FieldChange) => JSON.stringify([c.path, describePath(c), c.kind, c.before, c.after]);
const mirrored = (c: FieldChange): FieldChange => ({ ...c, kind: mirrorKind[c.kind], before: c.after, after: c.before });

describe('diffDocuments properties', () => {
  it('finds nothing between a document and itself, or a deep copy of it', () => {
    fc.assert(
      fc.property(fc.oneof(doc, fc.jsonValue()), (a) => {
        expect(diffDocuments(a, a)).toEqual([]);
        expect(diffDocuments(a, structuredClone(a))).toEqual([]);
      }),
    );
  });

  it('mirrors: diff(b, a) is diff(a, b) with added ↔ removed and before ↔ after', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const forward = diffDocuments(a, b).map((c) => gist(mirrored(c))).sort();
        const backward = diffDocuments(b, a).map(gist).sort();
        expect(backward).toEqual(forward);
      }),
    );
  });

  it('reports only paths that exist where the change says: changed in both, added in b, removed in a', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        for (const change of diffDocuments(a, b)) {
          const inA = resolvePath(a, change.labels);
          const inB = resolvePath(b, change.labels);
          const where = `${change.kind} ${describePath(change)}`;
          switch (change.kind) {
            case 'changed':
              expect(inA, where).toEqual({ found: true, value: change.before });
              expect(inB, where).toEqual({ found: true, value: change.after });
              break;
            case 'added':
              expect(inA.found, where).toBe(false);
              expect(inB, where).toEqual({ found: true, value: change.after });
              break;
            case 'removed':
              expect(inA, where).toEqual({ found: true, value: change.before });
              expect(inB.found, where).toBe(false);
              break;
            case 'moved':
              expect(inA.found && Array.isArray(inA.value), where).toBe(true);
              expect(inB.found && Array.isArray(inB.value), where).toBe(true);
              expect([...(change.before as string[])].sort()).toEqual([...(change.after as string[])].sort());
              break;
          }
        }
      }),
    );
  });

  it('is consistent with replaying it: applying diff(a, b) to a gives a document equal to b', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const copyOfA = structuredClone(a);
        const replayed = applyChanges(a, diffDocuments(a, b));
        expect(diffDocuments(replayed, b)).toEqual([]);
        expect(a).toEqual(copyOfA);
      }),
    );
  });

  it('names every change of one diff by a different dotted path', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const paths = diffDocuments(a, b).map((c) => describePath(c));
        expect(new Set(paths).size).toBe(paths.length);
      }),
    );
  });
});

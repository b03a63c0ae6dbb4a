import { segmentOf, type FieldChange, type SegmentLabel } from './types';
import { entityIds, hasField, isPlainObject, isPlainValueArray, sameLeaf, type PlainObject } from './values';

/**
 * Field-level differences between two versions of a JSON document (a case file), for history and
 * audit views ("what changed in revision 3").
 *
 * - Objects are compared key by key; a key holding `undefined` counts as absent.
 * - Arrays whose elements (on both sides) all carry a unique string `id` are entity arrays: elements
 *   are matched by id, so an entity that only changed position is not reported as removed and
 *   re-added, and its changes are reported under its id. A different order of the entities present
 *   in both is ONE 'moved' change on the array (ids in old and new order): reordering detentions is
 *   an edit someone made, but listing every shifted entity would drown the real changes.
 * - Arrays of plain strings/numbers (codes, names, links) are compared as SETS: order and repeats do
 *   not count, and each value that appeared or disappeared is one change. These lists carry no
 *   meaningful order in a case file, and "added ECHR art. 5" is what a reader wants to see.
 * - Any other array is compared position by position.
 * - Leaves are compared by value; a value that changes kind (text → object) is one 'changed'.
 *
 * Changes are listed in a fixed order that `applyChanges` can replay: within an entity array,
 * removals, then the move, then additions and edits in the new order.
 */
export function diffDocuments(before: unknown, after: unknown): FieldChange[] {
  const changes: FieldChange[] = [];
  diffValue(before, after, [], changes);
  return changes;
}

function record(out: FieldChange[], labels: SegmentLabel[], kind: FieldChange['kind'], values: { before?: unknown; after?: unknown }): void {
  out.push({ path: labels.map(segmentOf), labels, kind, ...values });
}

function diffValue(before: unknown, after: unknown, at: SegmentLabel[], out: FieldChange[]): void {
  if (before === after) return;
  if (isPlainObject(before) && isPlainObject(after)) return diffObjects(before, after, at, out);
  if (Array.isArray(before) && Array.isArray(after)) return diffArrays(before, after, at, out);
  if (!sameLeaf(before, after)) record(out, at, 'changed', { before, after });
}

function diffObjects(before: PlainObject, after: PlainObject, at: SegmentLabel[], out: FieldChange[]): void {
  for (const name of Object.keys(before)) {
    if (!hasField(before, name)) continue;
    const here: SegmentLabel[] = [...at, { kind: 'field', name }];
    if (hasField(after, name)) diffValue(before[name], after[name], here, out);
    else record(out, here, 'removed', { before: before[name] });
  }
  for (const name of Object.keys(after)) {
    if (hasField(after, name) && !hasField(before, name)) record(out, [...at, { kind: 'field', name }], 'added', { after: after[name] });
  }
}

function diffArrays(before: readonly unknown[], after: readonly unknown[], at: SegmentLabel[], out: FieldChange[]): void {
  const beforeIds = entityIds(before);
  const afterIds = entityIds(after);
  // The kind of an array is decided from both sides, so [] → [entity] is an added entity.
  if (beforeIds && afterIds) return diffEntities(before, after, beforeIds, afterIds, at, out);
  if (isPlainValueArray(before) && isPlainValueArray(after)) return diffValueSets(before, after, at, out);
  diffPositions(before, after, at, out);
}

function diffEntities(before: readonly unknown[], after: readonly unknown[], beforeIds: string[], afterIds: string[], at: SegmentLabel[], out: FieldChange[]): void {
  const beforeIndex = new Map(beforeIds.map((id, i) => [id, i]));
  const afterIndex = new Map(afterIds.map((id, i) => [id, i]));
  beforeIds.forEach((id, index) => {
    if (!afterIndex.has(id)) record(out, [...at, { kind: 'entity', id, index }], 'removed', { before: before[index] });
  });
  // Only the relative order of entities on both sides counts: an insertion shifts positions
  // without anything having moved.
  const keptBefore = beforeIds.filter((id) => afterIndex.has(id));
  const keptAfter = afterIds.filter((id) => beforeIndex.has(id));
  if (keptBefore.some((id, i) => id !== keptAfter[i])) record(out, at, 'moved', { before: keptBefore, after: keptAfter });
  afterIds.forEach((id, index) => {
    const here: SegmentLabel[] = [...at, { kind: 'entity', id, index }];
    const old = beforeIndex.get(id);
    if (old === undefined) record(out, here, 'added', { after: after[index] });
    else diffValue(before[old], after[index], here, out);
  });
}

function diffValueSets(before: ReadonlyArray<string | number>, after: ReadonlyArray<string | number>, at: SegmentLabel[], out: FieldChange[]): void {
  // A Set keeps "1" and 1 apart, as it should: they are different codes.
  const beforeSet = new Set(before);
  const afterSet = new Set(after);
  for (const value of beforeSet) if (!afterSet.has(value)) record(out, [...at, { kind: 'value', value }], 'removed', { before: value });
  for (const value of afterSet) if (!beforeSet.has(value)) record(out, [...at, { kind: 'value', value }], 'added', { after: value });
}

function diffPositions(before: readonly unknown[], after: readonly unknown[], at: SegmentLabel[], out: FieldChange[]): void {
  const shared = Math.min(before.length, after.length);
  for (let index = 0; index < shared; index++) diffValue(before[index], after[index], [...at, { kind: 'index', index }], out);
  for (let index = shared; index < after.length; index++) record(out, [...at, { kind: 'index', index }], 'added', { after: after[index] });
  // Last first, so removing them one by one leaves the earlier positions valid.
  for (let index = before.length - 1; index >= shared; index--) record(out, [...at, { kind: 'index', index }], 'removed', { before: before[index] });
}

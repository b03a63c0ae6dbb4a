import type { FieldChange, SegmentLabel } from './types';
import { hasField, isPlainObject, type PlainObject } from './values';

export type Resolved = { found: true; value: unknown } | { found: false };

/** The value a path leads to in a document, if the path exists there. */
export function resolvePath(doc: unknown, labels: readonly SegmentLabel[]): Resolved {
  let current: unknown = doc;
  for (const label of labels) {
    const next = step(current, label);
    if (!next.found) return next;
    current = next.value;
  }
  return { found: true, value: current };
}

function step(container: unknown, label: SegmentLabel): Resolved {
  switch (label.kind) {
    case 'field':
      return isPlainObject(container) && hasField(container, label.name) ? { found: true, value: container[label.name] } : { found: false };
    case 'entity': {
      const index = Array.isArray(container) ? entityPosition(container, label.id) : -1;
      return index === -1 ? { found: false } : { found: true, value: (container as unknown[])[index] };
    }
    case 'index':
      return Array.isArray(container) && label.index < container.length ? { found: true, value: container[label.index] } : { found: false };
    case 'value':
      return Array.isArray(container) && container.includes(label.value) ? { found: true, value: label.value } : { found: false };
  }
}

function entityPosition(list: readonly unknown[], id: string): number {
  return list.findIndex((item) => isPlainObject(item) && item.id === id);
}

/**
 * Replays changes, in the order `diffDocuments` lists them, on a copy of `doc` (never on `doc`
 * itself). Replaying `diffDocuments(a, b)` on `a` gives a document that `diffDocuments` finds equal
 * to `b` (value sets may come out in another order). Throws if a change does not fit the document.
 */
export function applyChanges(doc: unknown, changes: readonly FieldChange[]): unknown {
  let root = copy(doc);
  for (const change of changes) {
    const last = change.labels.at(-1);
    if (!last) {
      root = change.kind === 'removed' ? undefined : copy(change.after);
      continue;
    }
    const parent = resolvePath(root, change.labels.slice(0, -1));
    if (!parent.found) throw new Error(`change does not fit the document: ${change.kind} at ${JSON.stringify(change.path)}`);
    if (change.kind === 'moved') {
      const list = step(parent.value, last);
      if (!list.found || !Array.isArray(list.value)) throw new Error('moved: not an array');
      reorder(list.value, change.after as string[]);
    } else {
      applyAt(parent.value, last, change);
    }
  }
  return root;
}

function applyAt(container: unknown, label: SegmentLabel, change: FieldChange): void {
  const value = copy(change.after);
  if (label.kind === 'field') {
    if (!isPlainObject(container)) throw new Error('not an object');
    if (change.kind === 'removed') delete container[label.name];
    else setField(container, label.name, value);
    return;
  }
  if (!Array.isArray(container)) throw new Error('not an array');
  const list = container as unknown[];
  switch (label.kind) {
    case 'entity': {
      const at = entityPosition(list, label.id);
      if (change.kind === 'added') list.splice(label.index, 0, value);
      else if (at === -1) throw new Error(`no entity ${label.id}`);
      else if (change.kind === 'removed') list.splice(at, 1);
      else list[at] = value;
      return;
    }
    case 'index':
      if (change.kind === 'added') list.splice(label.index, 0, value);
      else if (change.kind === 'removed') list.splice(label.index, 1);
      else list[label.index] = value;
      return;
    case 'value':
      if (change.kind === 'added') list.push(value);
      else for (let i = list.length - 1; i >= 0; i--) if (list[i] === label.value) list.splice(i, 1);
      return;
  }
}

/** Puts the entities named in `order` into that order, in the places such entities occupy. */
function reorder(list: unknown[], order: readonly string[]): void {
  const byId = new Map(list.map((item) => [isPlainObject(item) ? item.id : undefined, item]));
  const wanted = new Set<unknown>(order);
  let next = 0;
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (isPlainObject(item) && wanted.has(item.id)) list[i] = byId.get(order[next++]);
  }
}

/** Defines rather than assigns, so a key named `__proto__` becomes a field, not a prototype. */
function setField(object: PlainObject, name: string, value: unknown): void {
  Object.defineProperty(object, name, { value, writable: true, enumerable: true, configurable: true });
}

function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (!isPlainObject(value)) return value;
  const out: PlainObject = {};
  for (const name of Object.keys(value)) setField(out, name, copy(value[name]));
  return out;
}

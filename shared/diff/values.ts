/**
 * What kind of JSON value something is. Documents come from JSON (the vault, bundles, imports), so
 * only plain objects are walked into: a Date or Map is compared by identity, never by its keys.
 */
export type PlainObject = Record<string, unknown>;

export function isPlainObject(value: unknown): value is PlainObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * A key holding `undefined` counts as absent, as in JSON.stringify: `{ a: undefined }` and `{}` are
 * the same document. Own keys only, so a key named `__proto__` (legal in JSON) is an ordinary field.
 */
export function hasField(object: PlainObject, key: string): boolean {
  return Object.hasOwn(object, key) && object[key] !== undefined;
}

/** Leaves are equal by value; NaN equals itself so that a document always equals itself. */
export function sameLeaf(a: unknown, b: unknown): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

/** Entity arrays: every element a plain object with a unique, non-empty string `id`. */
export function entityIds(list: readonly unknown[]): string[] | null {
  const ids: string[] = [];
  const seen = new Set<string>();
  for (const item of list) {
    if (!isPlainObject(item)) return null;
    const id = item.id;
    if (typeof id !== 'string' || id === '' || seen.has(id)) return null;
    seen.add(id);
    ids.push(id);
  }
  return ids;
}

export function isPlainValueArray(list: readonly unknown[]): list is ReadonlyArray<string | number> {
  return list.every((v) => typeof v === 'string' || typeof v === 'number');
}

/**
 * What `diffDocuments` reports. A path has two forms that always have the same length:
 * `path`, plain keys for code that walks the document, and `labels`, which say what each key is.
 * The labels are needed because an entity's id and a field name are both strings: without them
 * `['detentions', '3f2a…']` could be a field called "3f2a…" (see describePath).
 */
export type PathSegment = string | number;

export type SegmentLabel =
  /** A key of an object. */
  | { kind: 'field'; name: string }
  /**
   * An element of an array of entities, found by its `id`. `index` is its position in the newer
   * document, or in the older one for an entity that was removed: it is for display only, never
   * used to find the entity.
   */
  | { kind: 'entity'; id: string; index: number }
  /** An element of an array compared by position (arrays that are neither entities nor values). */
  | { kind: 'index'; index: number }
  /** A member of an array of plain strings or numbers, which is compared as a set. */
  | { kind: 'value'; value: string | number };

export type ChangeKind = 'added' | 'removed' | 'changed' | 'moved';

export interface FieldChange {
  path: PathSegment[];
  labels: SegmentLabel[];
  /**
   * added: only in `after` (its value in `after`); removed: only in `before` (value in `before`);
   * changed: in both with different values (both given); moved: an array of entities whose common
   * entities are in another order (`before` and `after` are their ids in each order).
   */
  kind: ChangeKind;
  before?: unknown;
  after?: unknown;
}

export function segmentOf(label: SegmentLabel): PathSegment {
  switch (label.kind) {
    case 'field':
      return label.name;
    case 'entity':
      return label.id;
    case 'index':
      return label.index;
    case 'value':
      return label.value;
  }
}

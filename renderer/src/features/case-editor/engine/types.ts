import type { EntitySpec, FieldSpec } from '../../../../../shared/case-model';

/** An entity of the case model as the engine handles it: any object with an id and fields. */
export type EntityValue = Record<string, unknown> & { readonly id?: string; readonly sensitivity?: Readonly<Record<string, string>> };

export type AnySpec = EntitySpec<object>;

/** Why an edit was refused: the first new schema issue it caused, relative to the entity checked. */
export interface EditProblem {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  /** Extra values for the message (e.g. a maximum). */
  readonly params?: Readonly<Record<string, unknown>>;
  /** The spec of the entity whose schema refused the edit, to name a field other than the edited one. */
  readonly spec?: AnySpec;
}

/** Thrown inside an updater to refuse an edit; caught by the editor's root apply. */
export class InvalidEdit extends Error {
  constructor(readonly problem: EditProblem) {
    super(problem.message);
    this.name = 'InvalidEdit';
  }
}

/**
 * Applies an edit to a value somewhere in the case: the updater receives the newest version of
 * that value (not the one last rendered), so edits made in quick succession never overwrite each
 * other. Answers the problem when the edit was refused, null when it was committed (or changed
 * nothing).
 */
export type Apply<T> = (update: (old: T) => T) => EditProblem | null;

/** A field's new value, or a function of its newest value. */
export type FieldUpdate = unknown | ((old: unknown) => unknown);

/** What every input component receives. */
export interface FieldHandle {
  /** DOM id of the input the label points at. */
  readonly id: string;
  readonly key: string;
  readonly spec: FieldSpec;
  /** The field's label in the UI language. */
  readonly label: string;
  readonly value: unknown;
  readonly required: boolean;
  readonly readOnly: boolean;
  /** Ids of the hint and error texts, for aria-describedby. */
  readonly describedBy: string | undefined;
  readonly invalid: boolean;
  /** Path of the field in the case, for test ids and drafts (`detentions.<id>.arrestedOn`). */
  readonly path: string;
  /** Validates and commits; shows the problem next to the field when refused. True when committed. */
  commit(update: FieldUpdate): boolean;
  /** Shows a message from the input itself (e.g. a date it cannot read); nothing is committed. */
  fail(message: string): void;
  /** Commits without showing anything: nested entities and lists show problems themselves. */
  apply(update: FieldUpdate): EditProblem | null;
}

import type { VocabularyId } from '../vocabularies';
import type { FieldKind } from '../vocabularies/sensitivity';
import type { Localised } from '../vocabularies/types';

/**
 * How each field of an entity is entered, labelled and protected. The editor, the sensitivity
 * defaults, search, history labels and (later) dossiers all read these specs, so a field is
 * described once. `FieldSpecs<T>` requires a spec for every field of T: adding a field to a schema
 * without describing it is a compile error.
 */
interface FieldBase {
  readonly label: Localised;
  /** Decides the default sensitivity (see FIELD_KIND_DEFAULTS). */
  readonly kind: FieldKind;
  readonly hint?: Localised;
  /** Fields the editor shows first and that a new entry asks for. */
  readonly primary?: boolean;
}

export type LinkTarget = 'sources' | 'exhibits' | 'detentions' | 'proceedings' | 'organisations' | 'charges';

export type FieldSpec =
  | (FieldBase & { readonly input: 'line' | 'prose' | 'date' | 'boolean' | 'lines' })
  | (FieldBase & { readonly input: 'count'; readonly max: number; readonly unit?: Localised })
  | (FieldBase & { readonly input: 'vocab' | 'vocabs'; readonly vocabulary: VocabularyId })
  | (FieldBase & { readonly input: 'article' })
  | (FieldBase & { readonly input: 'link' | 'links'; readonly target: LinkTarget })
  | (FieldBase & { readonly input: 'group'; readonly fields: Readonly<Record<string, FieldSpec>> })
  | (FieldBase & { readonly input: 'entity' | 'entities'; readonly entity: EntitySpec<object> });

/** Bookkeeping keys every entity has and no spec describes. */
type OwnKeys<T> = Exclude<keyof T, 'id' | 'sensitivity' | 'schemaVersion'>;
export type FieldSpecs<T> = { readonly [K in OwnKeys<T>]-?: FieldSpec };

export interface EntitySpec<T extends object> {
  /** Stable name, used in paths, i18n and tests. */
  readonly name: string;
  readonly label: Localised;
  readonly plural: Localised;
  readonly fields: FieldSpecs<T>;
}

/** Declares an entity spec with its field specs checked against the entity type. */
export function entitySpec<T extends object>(spec: EntitySpec<T>): EntitySpec<T> {
  return spec;
}

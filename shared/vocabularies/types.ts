import { z } from 'zod';

/** The three languages every label is written in. */
export const LANGS = ['en', 'az', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in each UI language. Azerbaijani is Latin script. */
export interface Localised {
  readonly en: string;
  readonly az: string;
  readonly ru: string;
}

/**
 * Whether the Azerbaijani and Russian wording is an authentic text of the instrument ('official')
 * or our own translation ('unofficial'). English is always the reference. Set on legal texts,
 * where the difference matters and the UI must say so.
 */
export type TranslationStatus = 'official' | 'unofficial';
export interface TranslationStatuses {
  readonly az: TranslationStatus;
  readonly ru: TranslationStatus;
}

export interface Term<C extends string = string> {
  /** Stable snake_case code; records store this, never a label. */
  readonly code: C;
  readonly labels: Localised;
  readonly description?: Localised;
  /** The exact wording of a legal provision (criteria, categories, articles), English verbatim. */
  readonly text?: Localised;
  readonly translationStatus?: TranslationStatuses;
  /** A conventional short notation (e.g. 'A' or '1' on the Admiralty scale, 'III' for a WGAD category). */
  readonly notation?: string;
  /** Code of the broader term in the same vocabulary, for hierarchical (HURIDOCS) lists. */
  readonly parent?: C;
  /** Kept so old records still show a label; not offered for new entries. */
  readonly deprecated?: boolean;
  /** Where the term comes from, e.g. `HURIDOCS MT31 "Counsel chosen by client"`. */
  readonly source?: string;
}

export interface Vocabulary<C extends string = string> {
  /** Stable snake_case id; records and the registry refer to the vocabulary by it. */
  readonly id: string;
  /** Bumped when a code is added, deprecated or its meaning changes. Codes are never removed. */
  readonly version: number;
  readonly title: Localised;
  /** Where the list as a whole comes from. */
  readonly source?: string;
  readonly terms: readonly Term<C>[];
  /** The codes in declaration order. */
  readonly codes: readonly [C, ...C[]];
  /** zod schema accepting exactly the codes of this vocabulary (deprecated codes included). */
  readonly schema: z.ZodEnum<{ [K in C]: K }>;
  /** Codes offered for new entries (deprecated ones left out). */
  readonly activeCodes: readonly C[];
}

export interface VocabularyDefinition<C extends string> {
  readonly id: string;
  readonly version: number;
  readonly title: Localised;
  readonly source?: string;
  readonly terms: readonly Term<C>[];
}

/** Builds a vocabulary with its code list and zod enum. Throws on an empty list or duplicate codes. */
export function defineVocabulary<const C extends string>(def: VocabularyDefinition<C>): Vocabulary<C> {
  const codes = def.terms.map((term) => term.code);
  const [first, ...rest] = codes;
  if (first === undefined) throw new Error(`vocabulary ${def.id} has no terms`);
  if (new Set(codes).size !== codes.length) throw new Error(`vocabulary ${def.id} has duplicate codes`);
  const tuple: readonly [C, ...C[]] = [first, ...rest];
  return {
    ...def,
    codes: tuple,
    schema: z.enum(tuple),
    activeCodes: def.terms.filter((term) => !term.deprecated).map((term) => term.code),
  };
}

type TermExtras<C extends string> = Omit<Term<C>, 'code' | 'labels'>;

/** Shorthand for a term: code, [en, az, ru] labels, optional extras. */
export function term<const C extends string>(code: C, labels: readonly [en: string, az: string, ru: string], extras: TermExtras<string> = {}): Term<C> {
  const [en, az, ru] = labels;
  return { code, labels: { en, az, ru }, ...(extras as TermExtras<C>) };
}

/** Shorthand for a Localised text. */
export function loc(en: string, az: string, ru: string): Localised {
  return { en, az, ru };
}

/** The label of a code in a language; the code itself if it is not in the vocabulary (e.g. a newer record). */
export function labelOf<C extends string>(vocabulary: Vocabulary<C>, code: string, lang: Lang): string {
  const found = vocabulary.terms.find((t) => t.code === code);
  return found ? found.labels[lang] : code;
}

/** Marks a term as translated by us (not an authentic text) in both Azerbaijani and Russian. */
export const UNOFFICIAL: TranslationStatuses = { az: 'unofficial', ru: 'unofficial' };

/**
 * Human words for a field-level change: the path as labels from the field specs
 * ("Detentions › 12 May 2013 › Placements › Kürdəxanı › To"), and before/after values formatted as
 * the editor shows them (vocabulary labels, dates, terms, articles, linked entities by name).
 */
import type { ChargeArticleRef } from '../../../../shared/catalogue';
import { caseFileSpec, type CaseFile, type EntitySpec, type FieldSpec, type LinkTarget, type Term } from '../../../../shared/case-model';
import { resolvePath, type FieldChange, type SegmentLabel } from '../../../../shared/diff';
import { vocabularyLabel, type Lang, type VocabularyId } from '../../../../shared/vocabularies';
import { formatArticle, formatDate, formatTerm, vocabLabel } from '../timeline/format';

/** Words the describer needs from the UI's string table. */
export interface ChangeWords {
  yes: string;
  no: string;
  sensitivity: string;
  sensitivityOf: (field: string) => string;
  formatVersion: string;
  entityNumber: (label: string, n: number) => string;
}

export interface DescribedChange {
  /** Labels of the path, outermost first. */
  readonly path: readonly string[];
  readonly kind: FieldChange['kind'];
  readonly before?: string;
  readonly after?: string;
}

type Fields = Readonly<Record<string, FieldSpec>>;
type Obj = Record<string, unknown>;

/** How values at a place in the document are shown. */
type ValueFormat =
  | { kind: 'spec'; spec: FieldSpec }
  /** An element of a vocabs/links/lines list. */
  | { kind: 'element'; spec: FieldSpec }
  | { kind: 'entity'; spec: EntitySpec<object> }
  | { kind: 'sensitivity-record'; fields: Fields }
  | { kind: 'sensitivity' }
  | { kind: 'raw' };

interface Context {
  readonly before: unknown;
  readonly after: unknown;
  readonly lang: Lang;
  readonly words: ChangeWords;
}

export function describeChange(change: FieldChange, before: CaseFile | unknown, after: CaseFile | unknown, lang: Lang, words: ChangeWords): DescribedChange {
  const ctx: Context = { before, after, lang, words };
  const { path, format } = walk(change.labels, ctx);
  const show = (value: unknown, doc: unknown) => formatValue(value, format, { ...ctx, doc });
  if (change.kind === 'moved') return { path, kind: 'moved' };
  return {
    path,
    kind: change.kind,
    ...(change.kind !== 'added' ? { before: show(change.before, before) } : {}),
    ...(change.kind !== 'removed' ? { after: show(change.after, after) } : {}),
  };
}

function walk(labels: readonly SegmentLabel[], ctx: Context): { path: string[]; format: ValueFormat } {
  const path: string[] = [];
  let fields: Fields | undefined = caseFileSpec.fields as Fields;
  let list: EntitySpec<object> | undefined; // the entity spec of an `entities` field just entered
  let spec: FieldSpec | undefined;
  let format: ValueFormat = { kind: 'raw' };
  let inSensitivity: Fields | undefined;

  labels.forEach((label, i) => {
    switch (label.kind) {
      case 'field': {
        if (inSensitivity) {
          const target = inSensitivity[label.name];
          path.push(ctx.words.sensitivityOf(target ? target.label[ctx.lang] : label.name));
          format = { kind: 'sensitivity' };
          inSensitivity = undefined;
          fields = undefined;
          return;
        }
        if (label.name === 'sensitivity' && fields) {
          inSensitivity = fields;
          format = { kind: 'sensitivity-record', fields };
          if (i === labels.length - 1) path.push(ctx.words.sensitivity);
          return;
        }
        if (label.name === 'schemaVersion') {
          path.push(ctx.words.formatVersion);
          format = { kind: 'raw' };
          fields = undefined;
          return;
        }
        spec = fields?.[label.name];
        path.push(spec ? spec.label[ctx.lang] : label.name);
        list = undefined;
        if (!spec) {
          fields = undefined;
          format = { kind: 'raw' };
          return;
        }
        format = { kind: 'spec', spec };
        if (spec.input === 'entity') fields = spec.entity.fields as Fields;
        else if (spec.input === 'group') fields = spec.fields;
        else if (spec.input === 'entities') {
          list = spec.entity;
          fields = undefined;
        } else fields = undefined;
        return;
      }
      case 'entity': {
        const entitySpec = list;
        // Named as it is now, or as it was when it has been removed.
        const prefix = labels.slice(0, i + 1);
        const inAfter = resolvePath(ctx.after, prefix);
        const inBefore = inAfter.found ? undefined : resolvePath(ctx.before, prefix);
        const entity = inAfter.found ? inAfter.value : inBefore?.found ? inBefore.value : undefined;
        const doc = inAfter.found ? ctx.after : ctx.before;
        path.push(entitySpec ? entityName(entity, entitySpec, label.index, { ...ctx, doc }) : `#${label.index + 1}`);
        fields = entitySpec?.fields as Fields | undefined;
        format = entitySpec ? { kind: 'entity', spec: entitySpec } : { kind: 'raw' };
        list = undefined;
        return;
      }
      case 'value':
        // The value itself is what was added or removed; the path stops at its list.
        format = spec ? { kind: 'element', spec } : { kind: 'raw' };
        return;
      case 'index':
        path.push(`#${label.index + 1}`);
        format = { kind: 'raw' };
        return;
    }
  });
  return { path, format };
}

/** An entity by its first primary field that has a value ("12 May 2013", "Kürdəxanı"), else "Placement 2". */
export function entityName(entity: unknown, spec: EntitySpec<object>, index: number, ctx: Context & { doc: unknown }): string {
  if (isObj(entity)) {
    for (const [key, field] of Object.entries(spec.fields as Fields)) {
      if (!field.primary || field.input === 'entities' || field.input === 'entity') continue;
      const text = formatValue(entity[key], { kind: 'spec', spec: field }, ctx);
      if (text !== '') return text;
    }
  }
  return ctx.words.entityNumber(spec.label[ctx.lang], index + 1);
}

function formatValue(value: unknown, format: ValueFormat, ctx: Context & { doc: unknown }): string {
  if (value === undefined || value === null) return '';
  switch (format.kind) {
    case 'spec':
      return formatBySpec(value, format.spec, ctx);
    case 'element':
      return formatElement(value, format.spec, ctx);
    case 'entity':
      return summariseEntity(value, format.spec, ctx);
    case 'sensitivity':
      return typeof value === 'string' ? vocabularyLabel('sensitivity', value, ctx.lang) : String(value);
    case 'sensitivity-record':
      if (!isObj(value)) return raw(value);
      return Object.entries(value)
        .filter(([, level]) => level !== undefined)
        .map(([key, level]) => `${format.fields[key]?.label[ctx.lang] ?? key}: ${vocabularyLabel('sensitivity', String(level), ctx.lang)}`)
        .join('; ');
    case 'raw':
      return raw(value);
  }
}

function formatBySpec(value: unknown, spec: FieldSpec, ctx: Context & { doc: unknown }): string {
  switch (spec.input) {
    case 'line':
    case 'prose':
      return typeof value === 'string' ? value : raw(value);
    case 'date':
      return typeof value === 'string' ? formatDate(value, ctx.lang) : raw(value);
    case 'boolean':
      return value === true ? ctx.words.yes : value === false ? ctx.words.no : raw(value);
    case 'count':
      return typeof value === 'number' ? `${new Intl.NumberFormat(ctx.lang === 'az' ? 'en' : ctx.lang).format(value)}${spec.unit ? ` ${spec.unit[ctx.lang]}` : ''}` : raw(value);
    case 'vocab':
      return typeof value === 'string' ? vocabLabel(spec.vocabulary, value, ctx.lang) : raw(value);
    case 'link':
      return typeof value === 'string' ? linkName(value, spec.target, ctx) : raw(value);
    case 'article':
      return isObj(value) && typeof value.article === 'string' ? formatArticle(value as unknown as ChargeArticleRef, ctx.lang).text : raw(value);
    case 'lines':
    case 'vocabs':
    case 'links':
      return Array.isArray(value) ? value.map((v) => formatElement(v, spec, ctx)).join(', ') : raw(value);
    case 'group':
      if (!isObj(value)) return raw(value);
      if (isTerm(value, spec.fields)) return formatTerm(value as Term, ctx.lang);
      return Object.entries(spec.fields)
        .filter(([key]) => value[key] !== undefined)
        .map(([key, field]) => `${field.label[ctx.lang]}: ${formatBySpec(value[key], field, ctx)}`)
        .join('; ');
    case 'entity':
      return summariseEntity(value, spec.entity, ctx);
    case 'entities':
      return Array.isArray(value) ? value.map((v, i) => entityName(v, spec.entity, i, ctx)).join('; ') : raw(value);
  }
}

function formatElement(value: unknown, spec: FieldSpec, ctx: Context & { doc: unknown }): string {
  if (spec.input === 'vocabs' && typeof value === 'string') return vocabLabel(spec.vocabulary as VocabularyId, value, ctx.lang);
  if (spec.input === 'links' && typeof value === 'string') return linkName(value, spec.target, ctx);
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return raw(value);
}

/** An added or removed entity: its primary fields with their labels. */
function summariseEntity(value: unknown, spec: EntitySpec<object>, ctx: Context & { doc: unknown }): string {
  if (!isObj(value)) return raw(value);
  const parts: string[] = [];
  for (const [key, field] of Object.entries(spec.fields as Fields)) {
    if (!field.primary || field.input === 'entities' || field.input === 'entity') continue;
    const text = formatValue(value[key], { kind: 'spec', spec: field }, ctx);
    if (text !== '') parts.push(`${field.label[ctx.lang]}: ${text}`);
  }
  return parts.length > 0 ? parts.join(' · ') : spec.label[ctx.lang];
}

/** A linked entity of the case by its name (sources, detentions, charges…), the id when unknown. */
function linkName(id: string, target: LinkTarget, ctx: Context & { doc: unknown }): string {
  const doc = isObj(ctx.doc) ? ctx.doc : undefined;
  const other = ctx.doc === ctx.after ? ctx.before : ctx.after;
  for (const file of [doc, isObj(other) ? other : undefined]) {
    if (!file) continue;
    const found = findLinked(file, target, id);
    if (found !== undefined) {
      const { entity, spec } = found;
      return entityName(entity, spec, 0, ctx);
    }
  }
  return id;
}

function findLinked(file: Obj, target: LinkTarget, id: string): { entity: unknown; spec: EntitySpec<object> } | undefined {
  const top = caseFileSpec.fields as Fields;
  const byId = (list: unknown) => (Array.isArray(list) ? list.find((x) => isObj(x) && x.id === id) : undefined);
  const entitiesSpec = (name: string): EntitySpec<object> | undefined => {
    const spec = top[name];
    return spec?.input === 'entities' ? spec.entity : undefined;
  };
  if (target === 'charges') {
    const proceedings = entitiesSpec('proceedings');
    const chargeField = proceedings ? (proceedings.fields as Fields).charges : undefined;
    if (!Array.isArray(file.proceedings) || chargeField?.input !== 'entities') return undefined;
    for (const p of file.proceedings) {
      const charge = isObj(p) ? byId(p.charges) : undefined;
      if (charge) return { entity: charge, spec: chargeField.entity };
    }
    return undefined;
  }
  if (target === 'exhibits') return undefined;
  const spec = entitiesSpec(target);
  const entity = byId(file[target]);
  return spec && entity ? { entity, spec } : undefined;
}

function isTerm(value: Obj, fields: Fields): boolean {
  const keys = Object.keys(fields);
  return keys.length === 3 && ['years', 'months', 'days'].every((k) => keys.includes(k)) && Object.keys(value).every((k) => keys.includes(k));
}

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function raw(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = JSON.stringify(value);
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

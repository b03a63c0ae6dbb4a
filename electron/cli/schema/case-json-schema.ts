/**
 * Generates docs/case.schema.json, the JSON Schema of the case document that
 * `habeas case show --json` prints and `habeas case put` accepts, from the zod schemas in
 * shared/case-model, so the documentation cannot drift from the code
 * (test/unit/shared/case-model/json-schema.test.ts fails when the committed file is stale).
 *
 *   npm run docs:schema      (runs `habeas schema > docs/case.schema.json`)
 *
 * Entities, dates, ids and vocabularies become named `$defs` (through a registry local to this
 * script; shared/ carries no JSON Schema metadata), and every field gets a description built from
 * its field spec: English label, vocabulary, link target, default sensitivity.
 */
import { z } from 'zod';
import { ChargeArticleRef } from '../../../shared/catalogue/schemas';
import {
  Affiliation,
  Assessment,
  CASE_SCHEMA_VERSION,
  CaseFile,
  caseFileSpec,
  Charge,
  CriterionFinding,
  Deadline,
  DetentionEpisode,
  EntityId,
  FamilyContact,
  Hearing,
  Intervention,
  MeasureOrder,
  Note,
  Organisation,
  Person,
  PersonName,
  Perpetrator,
  Placement,
  Proceeding,
  Recognition,
  Sentence,
  SentenceModification,
  Source,
  Term,
  TreatmentIncident,
  WgadFinding,
  type FieldSpec,
} from '../../../shared/case-model';
import { CaseStatus } from '../../../shared/domain/case';
import { FuzzyDate } from '../../../shared/domain/dates';
import { VOCABULARIES, VOCABULARY_IDS, type Vocabulary } from '../../../shared/vocabularies';
import { defaultSensitivity, Sensitivity } from '../../../shared/vocabularies/sensitivity';

export const CASE_SCHEMA_URI = `https://habeas.invalid/schemas/case-file-${CASE_SCHEMA_VERSION}.schema.json`;

type Json = Record<string, unknown>;
interface Meta {
  id: string;
  title?: string;
  description?: string;
}

/** Shape check only (a superset of what the parser accepts: it does not know month lengths). */
const EDTF_POINT = '[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?[~?%]?';
export const EDTF_PATTERN = `^(?:${EDTF_POINT}|(?:${EDTF_POINT}|\\.\\.)/(?:${EDTF_POINT}|\\.\\.))$`;

/** Entity schemas that become `$defs`, named as in the TypeScript model. */
const ENTITIES: ReadonlyArray<readonly [string, z.ZodType]> = [
  ['PersonName', PersonName],
  ['Affiliation', Affiliation],
  ['FamilyContact', FamilyContact],
  ['Person', Person],
  ['Organisation', Organisation],
  ['MeasureOrder', MeasureOrder],
  ['Placement', Placement],
  ['DetentionEpisode', DetentionEpisode],
  ['Charge', Charge],
  ['Hearing', Hearing],
  ['Term', Term],
  ['SentenceModification', SentenceModification],
  ['Sentence', Sentence],
  ['Proceeding', Proceeding],
  ['Perpetrator', Perpetrator],
  ['TreatmentIncident', TreatmentIncident],
  ['CriterionFinding', CriterionFinding],
  ['WgadFinding', WgadFinding],
  ['Assessment', Assessment],
  ['Recognition', Recognition],
  ['Deadline', Deadline],
  ['Intervention', Intervention],
  ['Source', Source],
  ['Note', Note],
];

const ARTICLE_FIELDS: Record<string, string> = {
  jurisdiction: 'Two-letter ISO 3166-1 country code of the code, e.g. AZ.',
  code: 'Which code of that country, e.g. criminal.',
  version: 'Version of the code, e.g. 1999: the 1960 and 1999 Azerbaijani Criminal Codes reuse article numbers.',
  article: 'Article, part and item separated by dots, e.g. 234.4.3; an inserted article or part keeps its hyphen, e.g. 167-2.',
  asEntered: 'The reference as it was typed, kept for an article that is not in the catalogue.',
};

const LINK_TARGETS: Record<string, string> = {
  sources: 'Ids of sources of this case (`sources`).',
  detentions: 'Ids of detentions of this case (`detentions`).',
  charges: 'Id of another charge of the same proceeding.',
  exhibits: 'Ids of evidence items (exhibits); not checked against this document.',
  proceedings: 'Ids of proceedings of this case (`proceedings`).',
  organisations: 'Ids of organisations of this case (`organisations`).',
};

function vocabularyDescription(vocabulary: Vocabulary): string {
  const codes = vocabulary.terms.map((t) => `${t.code} (${t.labels.en}${t.deprecated ? ', deprecated' : ''})`).join('; ');
  return `Vocabulary ${vocabulary.id} v${vocabulary.version}, labels in English, Azerbaijani and Russian in shared/vocabularies. Codes: ${codes}.`;
}

function registry(): z.core.$ZodRegistry<Meta> {
  const reg = z.registry<Meta>();
  reg.add(EntityId, { id: 'EntityId', description: 'Id of the case or of an entry in it: a uuid, lower case, e.g. 3f2a5c1e-8b1d-4c2e-9a4f-0123456789ab. Ids stay the same across revisions; links, history and diffs follow them.' });
  reg.add(FuzzyDate, {
    id: 'FuzzyDate',
    description:
      'A date with precision, in a subset of EDTF (ISO 8601-2): YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ~ (approximate), ? (uncertain) or % (both); two such dates joined by / are a range, and .. is an open end. Examples: 2013, 2013-05, 2013-05-12, 2013-05-12~, 2013?, 2013-05/2013-06 and 2013/.. (from 2013 on). The pattern checks the shape only; the date must also exist and a range must not end before it starts.',
  });
  reg.add(Sensitivity, { id: 'Sensitivity', description: 'Who may see a field: public < restricted < confidential.' });
  reg.add(ChargeArticleRef, { id: 'ArticleRef', title: 'Law article', description: 'An article of a law code, in a given version of the code. The bundled catalogue holds the 1999 and 1960 Azerbaijani Criminal Codes (shared/catalogue/data); an article that is not catalogued is still accepted.' });
  for (const [name, schema] of ENTITIES) reg.add(schema, { id: name });
  for (const id of VOCABULARY_IDS) {
    const vocabulary: Vocabulary = VOCABULARIES[id];
    // The case status is validated by the domain enum, which must have the same codes as the vocabulary.
    if (id === 'case_status' && CaseStatus.options.join() !== vocabulary.codes.join()) throw new Error('CaseStatus and the case_status vocabulary differ');
    reg.add(id === 'case_status' ? CaseStatus : vocabulary.schema, { id, title: vocabulary.title.en, description: vocabularyDescription(vocabulary) });
  }
  return reg;
}

function resolve(root: Json, node: unknown): Json | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  const ref = (node as Json)['$ref'];
  if (typeof ref === 'string' && ref.startsWith('#/$defs/')) return resolve(root, (root['$defs'] as Json)[ref.slice('#/$defs/'.length)]);
  return node as Json;
}

function fieldDescription(spec: FieldSpec): string {
  const parts = [`${spec.label.en}.`];
  if (spec.hint) parts.push(spec.hint.en);
  if (spec.input === 'vocab' || spec.input === 'vocabs') parts.push(`Codes from vocabulary ${spec.vocabulary}.`);
  if (spec.input === 'link' || spec.input === 'links') parts.push(LINK_TARGETS[spec.target] ?? `Ids of ${spec.target}.`);
  if (spec.input === 'count' && spec.unit) parts.push(`In ${spec.unit.en}.`);
  parts.push(`Default sensitivity: ${defaultSensitivity(spec.kind)}.`);
  return parts.join(' ');
}

/** Adds descriptions to the properties of an object schema, following the field specs down. */
function describe(root: Json, node: Json | undefined, fields: Readonly<Record<string, FieldSpec>>, where: string): void {
  const properties = node?.['properties'] as Record<string, Json> | undefined;
  if (!properties) throw new Error(`${where}: expected an object schema`);
  for (const [key, spec] of Object.entries(fields)) {
    const property = properties[key];
    if (!property) throw new Error(`${where}.${key}: in the field specs but not in the schema`);
    property['description'] = fieldDescription(spec);
    if (spec.input === 'group') describe(root, resolve(root, property), spec.fields, `${where}.${key}`);
    if (spec.input === 'entity') describe(root, resolve(root, property), spec.entity.fields, `${where}.${key}`);
    if (spec.input === 'entities') describe(root, resolve(root, property['items']), spec.entity.fields, `${where}.${key}`);
    if (spec.input === 'article') {
      const article = resolve(root, property);
      for (const [k, text] of Object.entries(ARTICLE_FIELDS)) {
        const p = (article?.['properties'] as Record<string, Json> | undefined)?.[k];
        if (!p) throw new Error(`${where}.${key}.${k}: missing from the schema`);
        p['description'] = text;
      }
    }
  }
  for (const key of Object.keys(properties)) if (!(key in fields) && !['id', 'sensitivity', 'schemaVersion'].includes(key)) throw new Error(`${where}.${key}: in the schema but has no field spec`);
  if (properties['id']) properties['id']['description'] = 'Stable id of this entry (a uuid).';
  if (properties['sensitivity']) {
    properties['sensitivity']['description'] = 'Per-field sensitivity chosen by the user: field name → public, restricted or confidential. A field not listed keeps the default of its kind.';
  }
}

/** The JSON Schema of the current case document, with descriptions. */
export function caseJsonSchema(): Json {
  const generated = z.toJSONSchema(CaseFile, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any', metadata: registry() }) as Json;
  const date = (generated['$defs'] as Record<string, Json> | undefined)?.['FuzzyDate'];
  if (!date) throw new Error('FuzzyDate is not among the $defs');
  date['pattern'] = EDTF_PATTERN;
  describe(generated, generated, caseFileSpec.fields as Readonly<Record<string, FieldSpec>>, 'CaseFile');
  const properties = generated['properties'] as Record<string, Json>;
  if (properties['schemaVersion']) properties['schemaVersion']['description'] = `Format of the document; this version of Habeas writes ${CASE_SCHEMA_VERSION}. Older documents are upgraded when read (see docs/case-format.md).`;
  if (properties['id']) properties['id']['description'] = 'Id of the case.';
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: CASE_SCHEMA_URI,
    title: `Habeas case file (format ${CASE_SCHEMA_VERSION})`,
    description:
      'One political-prisoner case as one JSON document: what `habeas case show --json` prints and `habeas case put` accepts. Generated from the zod schemas in shared/case-model by `habeas schema`; see docs/case-format.md. Beyond what JSON Schema says, the app also checks that dates exist, that links point at entries of the same case, that a PACE criterion or WGAD category is assessed at most once per assessment, and that an overridden conclusion has a reason.',
    ...rest,
  };
}

/** The file's exact text. */
export function caseJsonSchemaText(): string {
  return `${JSON.stringify(caseJsonSchema(), null, 2)}\n`;
}

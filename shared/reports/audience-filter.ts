import type { CaseFile } from '../case-model/case-file';
import { caseFileSpec } from '../case-model/case-file';
import type { EntitySpec, FieldSpec } from '../case-model/fields';
import { effectiveFieldSensitivity, type Sensitive } from '../case-model/sensitivity';
import { isWithinClearance, maxSensitivity, type FieldKind, type Sensitivity } from '../vocabularies/sensitivity';
import { AUDIENCE_PROFILES, type Audience, type AudienceProfile } from './audience';

/**
 * The one place where a case is cut down to what an audience may see (design invariant 7). Layout
 * code only ever receives the result, so a field the filter removed cannot be printed by mistake.
 *
 * Rules:
 * - a field appears only if its effective sensitivity (see effectiveFieldSensitivity) is within
 *   the audience's clearance, and, when restricted, its kind is not one the audience excludes;
 * - only fields the case model describes pass: anything else in the data is dropped;
 * - an entry of a list (a source, a charge, a name) that has lost every primary field, and kept
 *   no entries of its own lists, is removed whole and counted, so "3 sources withheld" can be
 *   printed instead of a row that says nothing or an empty, misleading section. An entry that
 *   keeps something (a source's type and reliability for a court, without its name) stays: every
 *   field left is one the audience may see. So a field can be missing even where the case model
 *   requires it (a source's name): layout must print "withheld" there;
 * - a level the user set on a section (say, "Treatment" marked confidential) covers everything in
 *   it; the defaults of sections do not, as in the editor and the timeline.
 */
export interface WithheldField {
  /** Id of the entity that lost the field (the case's id for top-level fields). */
  readonly entityId: string;
  readonly entity: string;
  readonly field: string;
  readonly level: Sensitivity;
}

export interface AudienceCase {
  readonly audience: Audience;
  /** The case without what the audience may not see. Ids and sensitivity marks are kept. */
  readonly file: CaseFile;
  readonly withheldFields: readonly WithheldField[];
  /** `${parentId}.${field}` → entries of that list removed whole. */
  readonly withheldEntries: ReadonlyMap<string, number>;
}

/** Whether a field at `level` of `kind` may be shown to the audience. */
export function audienceMaySee(profile: AudienceProfile, level: Sensitivity, kind: FieldKind | (string & {})): boolean {
  if (!isWithinClearance(level, profile.clearance)) return false;
  return !(level === 'restricted' && profile.withoutKinds.has(kind as FieldKind));
}

interface Walk {
  readonly profile: AudienceProfile;
  readonly withheldFields: WithheldField[];
  readonly withheldEntries: Map<string, number>;
}

type Data = Record<string, unknown>;

/** Case data is JSON (zod-parsed), so a JSON copy is a faithful deep copy. */
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const levelsOf = (data: Data) => (data as Sensitive).sensitivity;

const isContainer = (spec: FieldSpec): spec is FieldSpec & { input: 'entity' | 'entities'; entity: EntitySpec<object> } => spec.input === 'entity' || spec.input === 'entities';

/** A withheld single entity (the person marked confidential): its id and empty lists, nothing else. */
function shell(data: Data): Data {
  const out: Data = {};
  for (const [key, value] of Object.entries(data)) {
    if (key === 'id' || key === 'schemaVersion') out[key] = value;
    else if (Array.isArray(value)) out[key] = [];
  }
  return out;
}

/** Returns the entity without withheld fields, or null when it is a list entry with nothing left to identify it. */
function filterEntity(data: Data, spec: EntitySpec<object>, inherited: readonly Sensitivity[], walk: Walk, inList: boolean): Data | null {
  const out: Data = {};
  if (data.id !== undefined) out.id = data.id;
  if (data.schemaVersion !== undefined) out.schemaVersion = data.schemaVersion;
  if (data.sensitivity !== undefined) out.sensitivity = copy(data.sensitivity);
  const entityId = typeof data.id === 'string' ? data.id : spec.name;
  let primaries = 0;
  let lostPrimaries = 0;
  let keptChildren = false;
  const withhold = (field: string, fieldSpec: FieldSpec, level: Sensitivity) => {
    walk.withheldFields.push({ entityId, entity: spec.name, field, level });
    if (fieldSpec.primary) lostPrimaries++;
  };

  for (const [field, fieldSpec] of Object.entries(spec.fields as Readonly<Record<string, FieldSpec>>)) {
    const value = data[field];
    if (value === undefined) continue;
    if (fieldSpec.primary) primaries++;
    if (isContainer(fieldSpec)) {
      // A container's own default does not cover its contents; a level the user set on it does.
      const userLevel = levelsOf(data)?.[field];
      const below = userLevel === undefined ? inherited : [...inherited, userLevel];
      if (userLevel !== undefined && !audienceMaySee(walk.profile, maxSensitivity(...below), fieldSpec.kind)) {
        withhold(field, fieldSpec, maxSensitivity(...below));
        if (Array.isArray(value) && value.length > 0) walk.withheldEntries.set(`${entityId}.${field}`, value.length);
        out[field] = Array.isArray(value) ? [] : shell(value as Data);
        continue;
      }
      if (Array.isArray(value)) {
        const kept: Data[] = [];
        for (const item of value as Data[]) {
          const filtered = filterEntity(item, fieldSpec.entity, below, walk, true);
          if (filtered) kept.push(filtered);
        }
        out[field] = kept;
        if (kept.length > 0) keptChildren = true;
        if (kept.length < value.length) walk.withheldEntries.set(`${entityId}.${field}`, value.length - kept.length);
      } else {
        const filtered = filterEntity(value as Data, fieldSpec.entity, below, walk, false);
        if (filtered) {
          out[field] = filtered;
          keptChildren = true;
        }
      }
      continue;
    }
    const level = effectiveFieldSensitivity(data as Sensitive, spec, field, inherited);
    if (audienceMaySee(walk.profile, level, fieldSpec.kind)) out[field] = copy(value);
    else {
      withhold(field, fieldSpec, level);
      // Lists stay lists (empty), so code written for the full case never meets a missing array.
      if (Array.isArray(value)) out[field] = [];
    }
  }
  const nothingLeft = primaries > 0 && lostPrimaries === primaries && !keptChildren;
  return inList && nothingLeft ? null : out;
}

/** The case as `audience` may see it. Pure: the input is not changed. */
export function filterCaseForAudience(file: CaseFile, audience: Audience): AudienceCase {
  const walk: Walk = { profile: AUDIENCE_PROFILES[audience], withheldFields: [], withheldEntries: new Map() };
  const filtered = filterEntity(file as unknown as Data, caseFileSpec as EntitySpec<object>, [], walk, false);
  // Lists are always present (empty when withheld) and the case keeps its required fields' shape,
  // so derived views (timeline, summary) run on the filtered case exactly as on a full one.
  return { audience, file: filtered as unknown as CaseFile, withheldFields: walk.withheldFields, withheldEntries: walk.withheldEntries };
}

/** How many entries of `field` (a list of the entity `parentId`) were withheld. */
export function withheldEntryCount(view: AudienceCase, parentId: string, field: string): number {
  return view.withheldEntries.get(`${parentId}.${field}`) ?? 0;
}

/** Whether `field` of the entity `entityId` had a value the audience may not see. */
export function isFieldWithheld(view: AudienceCase, entityId: string, field: string): boolean {
  return view.withheldFields.some((w) => w.entityId === entityId && w.field === field);
}

import { z } from 'zod';
import { CaseStatus } from '../domain/case';
import { VOCABULARIES } from '../vocabularies';
import { loc } from '../vocabularies/types';
import { Assessment, assessmentSpec } from './assessment';
import { date, EntityId, entities, line, lines, prose, sensitivityOverrides } from './common';
import { DetentionEpisode, detentionSpec } from './detention';
import { entitySpec } from './fields';
import { TreatmentIncident, incidentSpec } from './incident';
import { Intervention, interventionSpec } from './intervention';
import { Note, noteSpec } from './note';
import { Organisation, organisationSpec } from './organisation';
import { Person, personSpec } from './person';
import { Proceeding, proceedingSpec } from './proceeding';
import { Recognition, recognitionSpec } from './recognition';
import { Source, sourceSpec } from './source';

/** Calls `visit` with every entity id in a document (objects carrying an `id` string) and its path. */
function forEachId(value: unknown, path: (string | number)[], visit: (id: string, path: (string | number)[]) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => forEachId(item, [...path, i], visit));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'id' && typeof child === 'string') visit(child, [...path, 'id']);
      else if (typeof child === 'object') forEachId(child, [...path, key], visit);
    }
  }
}

/** Version of the case document this code writes. Older documents go through migrations.ts. */
export const CASE_SCHEMA_VERSION = 2;

const caseShape = {
  reference: line(60).optional(),
  title: line(300).optional(),
  status: CaseStatus,
  monitoringStatus: VOCABULARIES.monitoring_status.schema.optional(),
  priority: VOCABULARIES.case_priority.schema.optional(),
  caseGroups: lines(200),
  assignedTo: lines(200),
  openedOn: date.optional(),
  closedOn: date.optional(),
  summary: prose().optional(),
  person: Person,
  organisations: entities(Organisation, 500),
  detentions: entities(DetentionEpisode, 100),
  proceedings: entities(Proceeding, 100),
  incidents: entities(TreatmentIncident, 1000),
  assessments: entities(Assessment, 200),
  recognitions: entities(Recognition, 200),
  interventions: entities(Intervention, 500),
  sources: entities(Source, 1000),
  notes: entities(Note, 2000),
};
type CaseKey = keyof typeof caseShape;

/**
 * A whole case file: the prisoner, each deprivation of liberty, each prosecution with its
 * charges, hearings and sentences, treatment in custody, assessments, recognitions, interventions,
 * sources and notes. It is stored as one document (one vault record per revision), so a revision
 * is a consistent snapshot, history diffs the whole file, and `habeas case show --json` prints
 * exactly what `habeas case put` accepts.
 */
export const CaseFile = z
  .strictObject({
    schemaVersion: z.literal(CASE_SCHEMA_VERSION, { error: `schemaVersion must be ${CASE_SCHEMA_VERSION}` }),
    id: EntityId,
    ...caseShape,
    sensitivity: sensitivityOverrides(Object.keys(caseShape) as [CaseKey, ...CaseKey[]]),
  })
  .superRefine((file, ctx) => {
    // Ids name entries in links, history and diffs: two entries with one id would be confused.
    const seen = new Map<string, string>();
    forEachId(file, [], (id, path) => {
      const first = seen.get(id);
      if (first !== undefined) ctx.addIssue({ code: 'custom', path, message: `This id is already used at ${first}; every entry needs its own id` });
      else seen.set(id, path.join('.') || '(case)');
    });
    // Links inside a case must point at entities of that case, or a dossier would cite nothing.
    const sourceIds = new Set(file.sources.map((s) => s.id));
    const detentionIds = new Set(file.detentions.map((d) => d.id));
    const linkCheck = (ids: readonly string[], known: Set<string>, path: (string | number)[], what: string) =>
      ids.forEach((id, i) => {
        if (!known.has(id)) ctx.addIssue({ code: 'custom', path: [...path, i], message: `No ${what} with this id in the case` });
      });
    file.incidents.forEach((inc, i) => linkCheck(inc.sourceIds, sourceIds, ['incidents', i, 'sourceIds'], 'source'));
    file.assessments.forEach((a, i) => {
      a.paceCriteria.forEach((f, j) => linkCheck(f.sourceIds, sourceIds, ['assessments', i, 'paceCriteria', j, 'sourceIds'], 'source'));
      a.wgadCategories.forEach((f, j) => linkCheck(f.sourceIds, sourceIds, ['assessments', i, 'wgadCategories', j, 'sourceIds'], 'source'));
    });
    file.proceedings.forEach((p, i) => {
      linkCheck(p.detentionIds, detentionIds, ['proceedings', i, 'detentionIds'], 'detention');
      const chargeIds = new Set(p.charges.map((c) => c.id));
      p.charges.forEach((c, j) => {
        if (c.requalifiedFrom !== undefined && !chargeIds.has(c.requalifiedFrom)) ctx.addIssue({ code: 'custom', path: ['proceedings', i, 'charges', j, 'requalifiedFrom'], message: 'No charge with this id in the proceeding' });
        if (c.requalifiedTo !== undefined && !chargeIds.has(c.requalifiedTo)) ctx.addIssue({ code: 'custom', path: ['proceedings', i, 'charges', j, 'requalifiedTo'], message: 'No charge with this id in the proceeding' });
      });
    });
  });
export type CaseFile = z.infer<typeof CaseFile>;
/** What a caller may hand in: arrays may be left out and default to empty. */
export type CaseFileInput = z.input<typeof CaseFile>;

/** Sections of the case file, in the order the editor shows them. */
export const caseFileSpec = entitySpec<CaseFile>({
  name: 'caseFile',
  label: loc('Case file', 'İş', 'Дело'),
  plural: loc('Case files', 'İşlər', 'Дела'),
  fields: {
    reference: { input: 'line', kind: 'case-management', primary: true, label: loc('Reference', 'İstinad nömrəsi', 'Номер дела в реестре') },
    title: { input: 'line', kind: 'case-management', label: loc('Title', 'Başlıq', 'Название') },
    status: { input: 'vocab', vocabulary: 'case_status', kind: 'public-statements', primary: true, label: loc('Status', 'Vəziyyəti', 'Статус') },
    monitoringStatus: { input: 'vocab', vocabulary: 'monitoring_status', kind: 'case-management', label: loc('Monitoring', 'Monitorinq', 'Мониторинг') },
    priority: { input: 'vocab', vocabulary: 'case_priority', kind: 'case-management', label: loc('Priority', 'Prioritet', 'Приоритет') },
    caseGroups: { input: 'lines', kind: 'public-statements', label: loc('Case groups', 'İş qrupları', 'Группы дел') },
    assignedTo: { input: 'lines', kind: 'case-management', label: loc('Assigned to', 'Məsul şəxslər', 'Ответственные') },
    openedOn: { input: 'date', kind: 'case-management', label: loc('Opened on', 'Açılma tarixi', 'Дата открытия') },
    closedOn: { input: 'date', kind: 'case-management', label: loc('Closed on', 'Bağlanma tarixi', 'Дата закрытия') },
    summary: { input: 'prose', kind: 'other', label: loc('Summary', 'Xülasə', 'Краткое описание') },
    person: { input: 'entity', entity: personSpec, kind: 'person-name', label: personSpec.label },
    organisations: { input: 'entities', entity: organisationSpec, kind: 'affiliation', label: organisationSpec.plural },
    detentions: { input: 'entities', entity: detentionSpec, kind: 'detention-details', label: detentionSpec.plural },
    proceedings: { input: 'entities', entity: proceedingSpec, kind: 'court', label: proceedingSpec.plural },
    incidents: { input: 'entities', entity: incidentSpec, kind: 'treatment-incident', label: incidentSpec.plural },
    assessments: { input: 'entities', entity: assessmentSpec, kind: 'assessment', label: assessmentSpec.plural },
    recognitions: { input: 'entities', entity: recognitionSpec, kind: 'recognition', label: recognitionSpec.plural },
    interventions: { input: 'entities', entity: interventionSpec, kind: 'intervention', label: interventionSpec.plural },
    sources: { input: 'entities', entity: sourceSpec, kind: 'source-identity', label: sourceSpec.plural },
    notes: { input: 'entities', entity: noteSpec, kind: 'note-task', label: noteSpec.plural },
  },
});

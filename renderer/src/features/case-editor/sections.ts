import type { ComponentType } from 'react';
import type { CaseFile } from '../../../../shared/case-model';
import { AssessmentSection } from '../assessment/AssessmentSection';
import { ExhibitsSection } from '../exhibits/ExhibitsSection';
import { HistorySection } from '../history/HistorySection';
import { TimelineSection } from '../timeline/TimelineSection';
import type { SectionProps } from './section-props';

export const SECTION_IDS = [
  'overview',
  'person',
  'organisations',
  'detentions',
  'proceedings',
  'incidents',
  'assessment',
  'recognitions',
  'interventions',
  'sources',
  'notes',
  'exhibits',
  'timeline',
  'history',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

type CaseKey = Exclude<keyof CaseFile, 'id' | 'schemaVersion' | 'sensitivity'>;

export interface SectionDef {
  readonly id: SectionId;
  /** Fields of the case file this section edits with the generic form engine. */
  readonly fields?: readonly CaseKey[];
  /** A section with its own component (assessment, timeline, history); it also gets the case id. */
  readonly component?: ComponentType<SectionProps & { caseId: string }>;
  /** The list Ctrl/⌘+Shift+N adds an entry to, by path. */
  readonly addTo?: string;
  /** Number shown beside the section's name in the navigation. */
  readonly count?: (file: CaseFile) => number;
}

/**
 * The editor's sections, in the order of the case file. Assessment, timeline and history have
 * components of their own (features/assessment, features/timeline, features/history); the rest
 * are generated from the field specs.
 */
export const SECTIONS: readonly SectionDef[] = [
  { id: 'overview', fields: ['reference', 'title', 'status', 'monitoringStatus', 'priority', 'caseGroups', 'assignedTo', 'openedOn', 'closedOn', 'summary'] },
  { id: 'person', fields: ['person'], addTo: 'person.names' },
  { id: 'organisations', fields: ['organisations'], addTo: 'organisations', count: (f) => f.organisations.length },
  { id: 'detentions', fields: ['detentions'], addTo: 'detentions', count: (f) => f.detentions.length },
  { id: 'proceedings', fields: ['proceedings'], addTo: 'proceedings', count: (f) => f.proceedings.length },
  { id: 'incidents', fields: ['incidents'], addTo: 'incidents', count: (f) => f.incidents.length },
  { id: 'assessment', component: AssessmentSection, count: (f) => f.assessments.length },
  { id: 'recognitions', fields: ['recognitions'], addTo: 'recognitions', count: (f) => f.recognitions.length },
  { id: 'interventions', fields: ['interventions'], addTo: 'interventions', count: (f) => f.interventions.length },
  { id: 'sources', fields: ['sources'], addTo: 'sources', count: (f) => f.sources.length },
  { id: 'notes', fields: ['notes'], addTo: 'notes', count: (f) => f.notes.length },
  { id: 'exhibits', component: ExhibitsSection },
  { id: 'timeline', component: TimelineSection },
  { id: 'history', component: HistorySection },
];

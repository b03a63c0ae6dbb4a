import type { CaseFile } from '../case-model/case-file';
import type { ExhibitLink } from './exhibit';

/**
 * Whether an exhibit link points at something in the case: a charge or hearing of a proceeding,
 * a treatment incident, a source, an intervention, or a PACE criterion finding of an assessment.
 */
export function linkTargetExists(file: CaseFile, link: ExhibitLink): boolean {
  switch (link.kind) {
    case 'charge':
      return file.proceedings.some((p) => p.charges.some((c) => c.id === link.id));
    case 'hearing':
      return file.proceedings.some((p) => p.hearings.some((h) => h.id === link.id));
    case 'incident':
      return file.incidents.some((i) => i.id === link.id);
    case 'source':
      return file.sources.some((s) => s.id === link.id);
    case 'intervention':
      return file.interventions.some((i) => i.id === link.id);
    case 'assessment_criterion':
      return file.assessments.some((a) => a.paceCriteria.some((f) => f.id === link.id));
  }
}

import { DossierOptions, filterCaseForAudience, filterExhibitsForAudience, ReportOptions } from '../../../../../shared/reports';
import { generateCase } from '../../demo/generate';
import type { LayoutJob } from './job';

/**
 * Jobs on a synthetic demo case (made up, from no vault) that the worker lays out and throws away
 * when asked to get ready: the first real dossier then finds jsPDF loaded, the fonts parsed and
 * the layout code compiled, instead of paying for all of it while the user waits.
 */
export function warmUpJobs(fontsDir: string): LayoutJob[] {
  // Every section filled, so every section's layout code is compiled.
  const file = generateCase(0, { seed: 1, fill: 'full' });
  const view = filterCaseForAudience(file, 'internal');
  const generatedAt = '2026-01-01T00:00:00.000Z';
  return [
    { kind: 'dossier', fontsDir, input: { view, exhibits: filterExhibitsForAudience([], view), options: DossierOptions.parse({ audience: 'internal' }), generatedAt, vaultFingerprint: '0000-0000', caseReference: '00000-00000' } },
    { kind: 'list', fontsDir, input: { cases: [view], options: ReportOptions.parse({ audience: 'internal' }), generatedAt, vaultFingerprint: '0000-0000' } },
  ];
}

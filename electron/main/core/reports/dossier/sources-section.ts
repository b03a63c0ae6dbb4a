import { sourceSpec } from '../../../../../shared/case-model';
import type { DossierContext } from './dossier-context';
import { DOSSIER_LABELS, fill } from './dossier-labels';
import { printable } from './dossier-format';

/**
 * Where the information comes from, as far as the audience may know: the filter has already
 * removed every source whose name it may not see (counted below), and any contact it may not see.
 */
export function renderSources(ctx: DossierContext): void {
  const { w } = ctx;
  ctx.listSection('sources', ctx.file.sources, (s, i) => {
    // Numbered as the rest of the dossier cites a source whose name the audience may not see.
    const number = fill(ctx.say(DOSSIER_LABELS.sourceN), { n: i + 1 });
    w.heading(s.name !== undefined ? `${number}: ${printable(s.name, 300)}` : `${number} (${ctx.say(DOSSIER_LABELS.nameWithheld)})`, 3);
    ctx.facts(s, sourceSpec, ['type', 'connection', 'access', 'materialType', 'materialDate', 'sourceReliability', 'informationReliability', 'consent', 'confidentiality']);
    ctx.prose(s, sourceSpec, 'summary');
    ctx.prose(s, sourceSpec, 'contact');
  });
}

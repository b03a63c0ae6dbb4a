import { detentionSpec, measureOrderSpec, placementSpec, type DetentionEpisode, type EntitySpec } from '../../../../../shared/case-model';
import type { DossierContext } from './dossier-context';
import { DOSSIER_LABELS, fill } from './dossier-labels';
import { formatDate, span } from './dossier-format';

/** Each deprivation of liberty: arrest, legal basis, pre-trial measures, placements, release. */
export function renderDetention(ctx: DossierContext): void {
  ctx.listSection('detentions', ctx.file.detentions, (d, i) => renderEpisode(ctx, d, i));
}

/** "Arrest of 28 July 2022", or "Detention 2" when the arrest date is not there. */
export function detentionTitle(ctx: DossierContext, d: DetentionEpisode, index: number): string {
  return d.arrestedOn !== undefined ? fill(ctx.say(DOSSIER_LABELS.arrestOf), { date: formatDate(d.arrestedOn, ctx.lang) }) : `${ctx.say(DOSSIER_LABELS.detention)} ${index + 1}`;
}

function renderEpisode(ctx: DossierContext, d: DetentionEpisode, index: number): void {
  const { w } = ctx;
  w.heading(detentionTitle(ctx, d, index), 2);
  ctx.facts(d, detentionSpec, [
    'arrestedOn',
    'arrestPlace',
    'arrestingAuthority',
    'arrestingAuthorityName',
    'legalBasis',
    'detentionType',
    'whereabouts',
    'incommunicadoFrom',
    'incommunicadoUntil',
    'firstAppearanceOn',
    'releasedOn',
    'releaseType',
  ]);
  ctx.prose(d, detentionSpec, 'legalBasisDetails');

  // A cell: the value, or "withheld" where the audience may not see a primary field.
  const v = (entity: { readonly id: string }, spec: EntitySpec<object>, field: string) => ctx.cell(entity, spec, field);
  if (d.measures.length > 0 || ctx.view.withheldEntries.has(`${d.id}.measures`)) {
    w.heading(ctx.label(detentionSpec, 'measures'), 3);
    if (d.measures.length > 0) {
      ctx.grid(
        [ctx.label(measureOrderSpec, 'orderedOn'), ctx.label(measureOrderSpec, 'measure'), ctx.label(measureOrderSpec, 'orderedBy'), ctx.label(measureOrderSpec, 'until'), ctx.label(measureOrderSpec, 'notes')],
        d.measures.map((m) => [
          v(m, measureOrderSpec, 'orderedOn'),
          [v(m, measureOrderSpec, 'measure'), v(m, measureOrderSpec, 'action')].filter(Boolean).join(' — '),
          [v(m, measureOrderSpec, 'orderedBy'), v(m, measureOrderSpec, 'reference')].filter(Boolean).join('; '),
          v(m, measureOrderSpec, 'until'),
          v(m, measureOrderSpec, 'notes'),
        ]),
        { 0: { cellWidth: 24 }, 1: { cellWidth: 38 }, 3: { cellWidth: 24 } },
      );
    }
    ctx.withheldEntries(d.id, 'measures');
  }

  if (d.placements.length > 0 || ctx.view.withheldEntries.has(`${d.id}.placements`)) {
    w.heading(ctx.label(detentionSpec, 'placements'), 3);
    if (d.placements.length > 0) {
      ctx.grid(
        [ctx.label(placementSpec, 'facilityName'), ctx.say(DOSSIER_LABELS.dates), ctx.label(placementSpec, 'regime'), ctx.label(placementSpec, 'conditions'), ctx.label(placementSpec, 'transferReason')],
        d.placements.map((p) => [
          [v(p, placementSpec, 'facilityName'), v(p, placementSpec, 'facilityType'), v(p, placementSpec, 'facilityLocation')].filter(Boolean).join('\n'),
          span(v(p, placementSpec, 'from'), v(p, placementSpec, 'to')),
          v(p, placementSpec, 'regime'),
          v(p, placementSpec, 'conditions'),
          // Notes share the last column, labelled, so they do not read as part of the reason.
          [v(p, placementSpec, 'transferReason'), p.notes !== undefined ? `${ctx.label(placementSpec, 'notes')}: ${v(p, placementSpec, 'notes')}` : ''].filter(Boolean).join('\n'),
        ]),
        { 0: { cellWidth: 52 }, 1: { cellWidth: 30 }, 2: { cellWidth: 24 } },
      );
    }
    ctx.withheldEntries(d.id, 'placements');
  }

  ctx.prose(d, detentionSpec, 'releaseNotes');
  ctx.prose(d, detentionSpec, 'notes');
}

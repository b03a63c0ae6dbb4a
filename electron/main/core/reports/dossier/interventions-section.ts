import { deadlineSpec, interventionSpec, type Intervention } from '../../../../../shared/case-model';
import type { DossierContext } from './dossier-context';
import { DOSSIER_LABELS } from './dossier-labels';

/** Appeals, applications and démarches: to whom, their reference numbers, deadlines and answers. */
export function renderInterventions(ctx: DossierContext): void {
  ctx.listSection('interventions', ctx.file.interventions, (iv) => renderIntervention(ctx, iv));
}

function renderIntervention(ctx: DossierContext, iv: Intervention): void {
  const title = [ctx.value(iv, interventionSpec, 'type'), ctx.value(iv, interventionSpec, 'filedOn')].filter(Boolean).join(' — ');
  ctx.w.heading(title, 3);
  const documents = ctx.evidence(iv, 'intervention');
  ctx.facts(iv, interventionSpec, ['reference', 'party', 'addressee', 'filedOn', 'status', 'respondedOn', 'articlesViolated', [ctx.label(interventionSpec, 'exhibitIds'), documents || undefined]]);
  ctx.prose(iv, interventionSpec, 'response');
  if (iv.deadlines.length > 0 || ctx.view.withheldEntries.has(`${iv.id}.deadlines`)) {
    ctx.w.ensureSpace(16);
    ctx.w.paragraph(ctx.say(DOSSIER_LABELS.deadlines), { style: 'bold', size: 9 });
    ctx.entityTable(deadlineSpec, iv.deadlines, ['due', 'what', 'done'], { id: iv.id, field: 'deadlines' }, { 0: 30, 2: 22 });
  }
  ctx.prose(iv, interventionSpec, 'notes');
}

import { incidentSpec, perpetratorSpec, type TreatmentIncident } from '../../../../../shared/case-model';
import { withheldCount } from '../common-labels';
import type { DossierContext } from './dossier-context';
import { DOSSIER_LABELS } from './dossier-labels';

/** Ill-treatment, denial of counsel or care: what happened, who did it, and what came of complaints. */
export function renderTreatment(ctx: DossierContext): void {
  ctx.listSection('incidents', ctx.file.incidents, (incident) => renderIncident(ctx, incident));
}

function renderIncident(ctx: DossierContext, i: TreatmentIncident): void {
  const title = [ctx.value(i, incidentSpec, 'date') ?? ctx.say(DOSSIER_LABELS.undated), ctx.value(i, incidentSpec, 'act')].filter(Boolean).join(' — ');
  ctx.w.heading(title, 3);
  const perpetrators = i.perpetrators.map((p) => {
    const v = (field: string) => ctx.value(p, perpetratorSpec, field);
    const who = [v('type'), v('name')].filter(Boolean).join(': ');
    const involvement = v('involvement');
    return `${who}${involvement !== undefined ? ` (${involvement})` : ''}${v('notes') !== undefined ? ` — ${v('notes')}` : ''}`;
  });
  const lost = ctx.view.withheldEntries.get(`${i.id}.perpetrators`) ?? 0;
  if (lost > 0) perpetrators.push(withheldCount(lost, ctx.lang));
  const evidence = ctx.evidence(i, 'incident');
  ctx.facts(i, incidentSpec, [
    'place',
    [ctx.say(DOSSIER_LABELS.perpetrators), perpetrators.join('\n') || undefined],
    'consequences',
    'complaintFiledOn',
    'complaintTo',
    'complaintOutcome',
    [ctx.say(DOSSIER_LABELS.citedEvidence), evidence || undefined],
  ]);
  ctx.prose(i, incidentSpec, 'description');
  ctx.prose(i, incidentSpec, 'medicalAttention');
}

import type { RowInput } from 'jspdf-autotable';
import { chargeSpec, hearingSpec, incidentSpec, interventionSpec } from '../../../../../shared/case-model';
import type { ExhibitLink } from '../../../../../shared/exhibits/exhibit';
import type { AudienceExhibit } from '../../../../../shared/reports';
import { withheldCount } from '../common-labels';
import type { DossierContext } from './dossier-context';
import { CHECK_OUTCOMES, CUSTODY_ACTIONS, DOSSIER_LABELS, fill } from './dossier-labels';
import { formatDate, formatDayOf, formatGeneratedAt, formatSize, printable, vocab } from './dossier-format';

/**
 * The exhibit index: each file by the number the dossier cites it by, what it is, its full SHA-256
 * (so a recipient can check the copy they were given) and a summary of its chain of custody.
 */
export function renderExhibits(ctx: DossierContext): void {
  const { exhibits, w } = ctx;
  if (exhibits.exhibits.length === 0) {
    if (exhibits.withheld > 0) w.remark(withheldExhibits(ctx));
    else ctx.nothingRecorded();
    return;
  }
  w.remark(ctx.say(DOSSIER_LABELS.hashNote));
  const body: RowInput[] = [];
  for (const e of exhibits.exhibits) {
    body.push([String(e.number), describeFile(ctx, e), formatGeneratedAt(e.receivedAt, ctx.lang), custodySummary(ctx, e)]);
    body.push(['', { content: `SHA-256 ${e.sha256}`, colSpan: 3, styles: { fontSize: 6.5, textColor: 60, cellPadding: { top: 0.6, bottom: 1.2, left: 1.5, right: 1.5 } } }]);
  }
  w.table({
    head: [[ctx.say(DOSSIER_LABELS.number), ctx.say(DOSSIER_LABELS.file), ctx.say(DOSSIER_LABELS.received), ctx.say(DOSSIER_LABELS.custody)]],
    body,
    styles: { fontSize: 8.5 },
    headStyles: { fontSize: 8.5 },
    columnStyles: { 0: { cellWidth: 11 }, 2: { cellWidth: 28 }, 3: { cellWidth: 58 } },
  });
  if (exhibits.withheld > 0) w.remark(withheldExhibits(ctx));
}

/** "3 entries withheld": exhibits exist that the audience may not see (the index says so, not which). */
function withheldExhibits(ctx: DossierContext): string {
  return withheldCount(ctx.exhibits.withheld, ctx.lang);
}

function describeFile(ctx: DossierContext, e: AudienceExhibit): string {
  const lines = [e.originalName !== undefined ? printable(e.originalName, 300) : ctx.say(DOSSIER_LABELS.nameWithheld), `${e.mediaType} · ${formatSize(e.size)}`];
  if (e.derivedFromNumber !== undefined) lines.push(fill(ctx.say(DOSSIER_LABELS.derivedFrom), { n: e.derivedFromNumber }) + (e.derivation !== undefined ? ` (${printable(e.derivation, 300)})` : ''));
  const links = e.links.map((l) => describeLink(ctx, l)).filter((x): x is string => x !== undefined);
  if (links.length > 0) lines.push(`${ctx.say(DOSSIER_LABELS.linkedTo)}: ${links.join('; ')}`);
  return lines.join('\n');
}

/** What a link points at, in words; nothing when the target is not in the audience's case. */
function describeLink(ctx: DossierContext, link: ExhibitLink): string | undefined {
  const { file, lang } = ctx;
  switch (link.kind) {
    case 'charge': {
      const c = file.proceedings.flatMap((p) => p.charges).find((x) => x.id === link.id);
      return c?.article && `${ctx.say(chargeSpec.label)} ${c.article.article}`;
    }
    case 'hearing': {
      const h = file.proceedings.flatMap((p) => p.hearings).find((x) => x.id === link.id);
      return h && `${ctx.say(hearingSpec.label)} ${h.date !== undefined ? formatDate(h.date, lang) : ''}`.trim();
    }
    case 'incident': {
      const i = file.incidents.find((x) => x.id === link.id);
      return i && (i.act !== undefined ? `${ctx.say(incidentSpec.label)}: ${vocab('treatment_act', i.act, lang)}` : ctx.say(incidentSpec.label));
    }
    case 'source':
      return ctx.sourceName(link.id);
    case 'intervention': {
      const iv = file.interventions.find((x) => x.id === link.id);
      return iv && [iv.type !== undefined ? vocab('intervention_type', iv.type, lang) : ctx.say(interventionSpec.label), iv.reference].filter(Boolean).join(' ');
    }
    case 'assessment_criterion': {
      const f = file.assessments.flatMap((a) => a.paceCriteria).find((x) => x.id === link.id);
      return f?.criterion !== undefined ? vocab('pace_1900_criterion', f.criterion, lang) : undefined;
    }
  }
}

/**
 * The chain of custody in a few lines: who it came from and how, then each kind of later event
 * with how often and when last (a long export history would otherwise fill pages).
 */
function custodySummary(ctx: DossierContext, e: AudienceExhibit): string {
  const { lang } = ctx;
  const lines: string[] = [];
  // In the order each kind of event first happened: the chain is recorded in time order.
  const actions = [...new Set(e.custody.map((c) => c.action))];
  for (const action of actions) {
    const events = e.custody.filter((c) => c.action === action);
    const last = events[events.length - 1];
    if (!last) continue;
    const label = ctx.say(CUSTODY_ACTIONS[action]);
    if (action === 'received') {
      const first = events[0] ?? last;
      const from = [first.counterpart, first.method].filter((x): x is string => x !== undefined).map((x) => printable(x, 300));
      lines.push(`${label} ${formatDayOf(first.at, lang)}${from.length > 0 ? ` — ${from.join(', ')}` : ''}`);
      continue;
    }
    const outcome = last.outcome !== undefined ? `: ${ctx.say(CHECK_OUTCOMES[last.outcome])}` : '';
    lines.push(`${label}${events.length > 1 ? ` ×${events.length}` : ''} ${formatDayOf(last.at, lang)}${outcome}`);
  }
  return lines.join('\n');
}

import { TIMELINE_KIND_WORDS, type TimelineEvent } from '../../../../../shared/case-model';
import type { DossierContext } from './dossier-context';
import { DOSSIER_LABELS } from './dossier-labels';
import { describeLabel, formatDate } from './dossier-format';
import { releaseWithheldFor } from './sentence-section';

/**
 * Every dated fact of the (filtered) case in date order, then what is recorded without a date.
 * Built by buildTimeline from the audience's case, so a withheld date is not on it; an expected
 * release that would be computed from partly withheld data is left out, as in the sentence section.
 */
export function renderTimeline(ctx: DossierContext): void {
  const events = ctx.timeline.filter((e) => e.kind !== 'expected_release' || !releaseWithheldFor(ctx, e.path[e.path.length - 1] ?? ''));
  const dated = events.filter((e) => e.date !== undefined);
  const undated = events.filter((e) => e.date === undefined);
  if (events.length === 0) {
    ctx.nothingRecorded();
    return;
  }
  if (dated.length > 0) table(ctx, dated, true);
  if (undated.length > 0) {
    ctx.w.heading(ctx.say(DOSSIER_LABELS.notDated), 3);
    table(ctx, undated, false);
  }
}

function table(ctx: DossierContext, events: readonly TimelineEvent[], withDate: boolean): void {
  const { lang } = ctx;
  const rows: string[][] = events.map((e) => {
    const details = e.labels
      .map((l) => describeLabel(l, lang))
      .filter(Boolean)
      .join(' · ');
    const kind = TIMELINE_KIND_WORDS[e.kind][lang];
    return withDate ? [formatDate(e.date ?? '', lang), kind, details] : [kind, details];
  });
  const head = withDate ? [ctx.say(DOSSIER_LABELS.dateCol), ctx.say(DOSSIER_LABELS.eventCol), ctx.say(DOSSIER_LABELS.detailsCol)] : [ctx.say(DOSSIER_LABELS.eventCol), ctx.say(DOSSIER_LABELS.detailsCol)];
  ctx.grid(head, rows, withDate ? { 0: { cellWidth: 32 }, 1: { cellWidth: 42 } } : { 0: { cellWidth: 42 } });
}

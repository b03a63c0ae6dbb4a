import { caseFileSpec, CUSTODIAL_SENTENCE_TYPES, sentenceModificationSpec, sentenceSpec, type Proceeding, type Sentence } from '../../../../../shared/case-model';
import type { DossierContext } from './dossier-context';
import { DOSSIER_LABELS } from './dossier-labels';
import { explainRelease, formatAmount, formatDate } from './dossier-format';
import { proceedingTitle } from './proceedings-section';

/** What each court imposed, later changes to it, and when the person is due for release. */
export function renderSentences(ctx: DossierContext): void {
  const { file } = ctx;
  let printed = false;
  file.proceedings.forEach((p, i) => {
    const lost = ctx.view.withheldEntries.get(`${p.id}.sentences`) ?? 0;
    if (p.sentences.length === 0 && lost === 0) return;
    printed = true;
    // The proceeding is named once per group, as the reader may meet several courts' sentences.
    ctx.w.ensureSpace(30);
    ctx.w.paragraph(proceedingTitle(ctx, p, i), { style: 'italic', size: 9, grey: true });
    for (const s of p.sentences) renderSentence(ctx, p, s);
    ctx.withheldEntries(p.id, 'sentences', ctx.say(sentenceSpec.plural));
  });
  // Whole proceedings withheld take their sentences with them; say so rather than "nothing recorded".
  if (!printed) {
    if (ctx.view.withheldEntries.has(`${file.id}.proceedings`)) ctx.withheldEntries(file.id, 'proceedings', ctx.label(caseFileSpec, 'proceedings'));
    else ctx.nothingRecorded();
  }
  ctx.noteWithheldIn(file.proceedings.map((p) => p.sentences));
}

function renderSentence(ctx: DossierContext, p: Proceeding, s: Sentence): void {
  const { w } = ctx;
  const title = [ctx.say(DOSSIER_LABELS.sentence), ctx.value(s, sentenceSpec, 'imposedOn'), ctx.value(s, sentenceSpec, 'type')].filter(Boolean).join(' — ');
  w.heading(title, 3);
  const fine = s.fineAmount !== undefined ? `${formatAmount(s.fineAmount)}${s.fineCurrency !== undefined ? ` ${s.fineCurrency}` : ''}` : undefined;
  const release = releaseText(ctx, p, s);
  ctx.facts(s, sentenceSpec, ['imposedOn', 'type', 'term', 'regime', 'startsOn', 'creditedPreTrialDays', [ctx.label(sentenceSpec, 'fineAmount'), fine], [ctx.say(DOSSIER_LABELS.expectedRelease), release?.date]]);
  for (const line of release?.explanation ?? []) w.paragraph(line, { size: 8.5, grey: true, indent: 52 });

  if (s.modifications.length > 0 || ctx.view.withheldEntries.has(`${s.id}.modifications`)) {
    w.heading(ctx.label(sentenceSpec, 'modifications'), 3);
    if (s.modifications.length > 0) {
      const v = (m: { readonly id: string }, field: string) => ctx.cell(m, sentenceModificationSpec, field);
      ctx.grid(
        [ctx.label(sentenceModificationSpec, 'type'), ctx.label(sentenceModificationSpec, 'decidedOn'), ctx.label(sentenceModificationSpec, 'decidedBy'), ctx.label(sentenceModificationSpec, 'newTerm'), ctx.label(sentenceModificationSpec, 'reference'), ctx.label(sentenceModificationSpec, 'notes')],
        s.modifications.map((m) => [v(m, 'type'), v(m, 'decidedOn'), v(m, 'decidedBy'), v(m, 'newTerm'), v(m, 'reference'), v(m, 'notes')]),
        { 0: { cellWidth: 30 }, 1: { cellWidth: 22 }, 3: { cellWidth: 22 } },
      );
    }
    ctx.withheldEntries(s.id, 'modifications');
  }
  ctx.prose(s, sentenceSpec, 'notes');
}

/**
 * The expected release as the timeline computes it from the filtered case. When anything the
 * computation reads was withheld, a date computed without it could be wrong (a withheld pardon, a
 * withheld start), so the dossier says it is withheld instead of printing a misleading date.
 */
function releaseText(ctx: DossierContext, p: Proceeding, s: Sentence): { date: string; explanation: string[] } | undefined {
  const { lang } = ctx;
  const event = ctx.timeline.find((e) => e.id === `${s.id}:expected_release`);
  if (releaseInputsWithheld(ctx, p, s)) return { date: ctx.say(DOSSIER_LABELS.releaseWithheld), explanation: [] };
  if (!event?.release || event.date === undefined) {
    return CUSTODIAL_SENTENCE_TYPES.has(s.type) ? { date: ctx.say(DOSSIER_LABELS.releaseNotComputed), explanation: [] } : undefined;
  }
  return { date: formatDate(event.date, lang), explanation: explainRelease(event.release, lang) };
}

/** Whether the expected release of the sentence `sentenceId` depends on anything withheld. */
export function releaseWithheldFor(ctx: DossierContext, sentenceId: string): boolean {
  for (const p of ctx.file.proceedings) {
    const s = p.sentences.find((x) => x.id === sentenceId);
    if (s) return releaseInputsWithheld(ctx, p, s);
  }
  return true;
}

function releaseInputsWithheld(ctx: DossierContext, p: Proceeding, s: Sentence): boolean {
  if (['type', 'imposedOn', 'startsOn', 'term', 'creditedPreTrialDays', 'modifications'].some((f) => ctx.isWithheld(s.id, f))) return true;
  if (ctx.view.withheldEntries.has(`${s.id}.modifications`)) return true;
  if (s.modifications.some((m) => ['type', 'decidedOn', 'newTerm'].some((f) => ctx.isWithheld(m.id, f)))) return true;
  if (s.startsOn === undefined && s.imposedOn === undefined) {
    // The term then counts from the arrest: a withheld arrest is a withheld input too.
    if (ctx.view.withheldEntries.has(`${ctx.file.id}.detentions`)) return true;
    if (ctx.isWithheld(p.id, 'detentionIds')) return true; // which detention it counts from is withheld
    const linked = ctx.file.detentions.filter((d) => p.detentionIds.includes(d.id) || p.detentionIds.length === 0);
    if (linked.some((d) => ctx.isWithheld(d.id, 'arrestedOn'))) return true;
  }
  return false;
}

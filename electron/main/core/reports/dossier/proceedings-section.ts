import { chargeSpec, hearingSpec, proceedingSpec, type Charge, type Hearing, type Proceeding } from '../../../../../shared/case-model';
import { COMMON_LABELS } from '../common-labels';
import type { DossierContext } from './dossier-context';
import { detentionTitle } from './detention-section';
import { DOSSIER_LABELS, fill } from './dossier-labels';
import { formatArticle } from './dossier-format';

/** "Baku Grave Crimes Court — 1(101)-1788/2023", or "Proceeding 2" when neither is there. */
export function proceedingTitle(ctx: DossierContext, p: Proceeding, index: number): string {
  const parts = [p.court, p.caseNumber].filter((x): x is string => x !== undefined);
  return parts.length > 0 ? parts.join(' — ') : `${ctx.say(DOSSIER_LABELS.proceeding)} ${index + 1}`;
}

/** Each prosecution: the court and case, the charges with their articles, and every hearing. */
export function renderProceedings(ctx: DossierContext): void {
  const { proceedings } = ctx.file;
  // Sentences are printed (and their withheld parts noted) in their own section.
  ctx.listSection('proceedings', proceedings, (p, i) => renderProceeding(ctx, p, i), proceedings.map((p) => ({ ...p, sentences: [] })));
}

function renderProceeding(ctx: DossierContext, p: Proceeding, index: number): void {
  const { w, file } = ctx;
  w.heading(proceedingTitle(ctx, p, index), 2);
  const detentions = p.detentionIds
    .map((id) => file.detentions.findIndex((d) => d.id === id))
    .filter((i) => i >= 0)
    .map((i) => detentionTitle(ctx, file.detentions[i]!, i));
  ctx.facts(p, proceedingSpec, ['jurisdiction', 'type', 'court', 'courtType', 'caseNumber', 'caseName', 'investigatingBody', 'stage', 'coDefendants', [ctx.label(proceedingSpec, 'detentionIds'), detentions.join('; ') || undefined]]);

  ctx.prose(p, proceedingSpec, 'notes');

  w.heading(ctx.label(proceedingSpec, 'charges'), 3);
  if (p.charges.length > 0) renderCharges(ctx, p.charges);
  if (ctx.withheldEntries(p.id, 'charges') === 0 && p.charges.length === 0) ctx.nothingRecorded();

  if (p.hearings.length > 0 || ctx.view.withheldEntries.has(`${p.id}.hearings`)) {
    w.heading(ctx.label(proceedingSpec, 'hearings'), 3);
    for (const h of p.hearings) renderHearing(ctx, h);
    ctx.withheldEntries(p.id, 'hearings');
  }
}

/** The charges table: article, its title from the catalogue, date, status and requalification. */
function renderCharges(ctx: DossierContext, charges: readonly Charge[]): void {
  const { w, lang } = ctx;
  const refOf = (id: string | undefined) => (id === undefined ? undefined : charges.find((c) => c.id === id));
  let unofficial = false;
  const body: string[][] = charges.map((c) => {
    // The filter keeps a charge whose article is withheld when its date or status is not.
    if (c.article === undefined) return [ctx.say(COMMON_LABELS.withheld), '', ctx.cell(c, chargeSpec, 'broughtOn'), ctx.cell(c, chargeSpec, 'status'), ''];
    const article = formatArticle(c.article, lang);
    if (article.unofficial && article.title !== undefined) unofficial = true;
    const title = article.title === undefined ? ctx.say(DOSSIER_LABELS.notCatalogued) : `${article.title}${article.unofficial ? ' *' : ''}`;
    const to = refOf(c.requalifiedTo);
    const from = refOf(c.requalifiedFrom);
    const requalification = [
      from?.article ? fill(ctx.say(DOSSIER_LABELS.requalifiedFrom), { article: from.article.article }) : '',
      to?.article ? fill(ctx.say(DOSSIER_LABELS.requalifiedTo), { article: to.article.article }) : '',
    ]
      .filter(Boolean)
      .join('\n');
    return [article.ref, title, ctx.cell(c, chargeSpec, 'broughtOn'), ctx.cell(c, chargeSpec, 'status'), requalification];
  });
  ctx.grid(
    [ctx.label(chargeSpec, 'article'), ctx.say(DOSSIER_LABELS.articleTitle), ctx.label(chargeSpec, 'broughtOn'), ctx.label(chargeSpec, 'status'), ctx.say(DOSSIER_LABELS.requalification)],
    body,
    { 0: { cellWidth: 20 }, 2: { cellWidth: 24 }, 3: { cellWidth: 24 }, 4: { cellWidth: 32 } },
  );
  if (unofficial) w.remark(ctx.say(DOSSIER_LABELS.unofficialMark));
  for (const c of charges) {
    const notes = ctx.value(c, chargeSpec, 'notes');
    if (notes !== undefined) w.paragraph(c.article ? `${c.article.article}: ${notes}` : notes, { size: 9 });
  }
}

/** One hearing: its title line, who sat and appeared, how it was run, and what was observed. */
function renderHearing(ctx: DossierContext, h: Hearing): void {
  const { w } = ctx;
  const title = [ctx.value(h, hearingSpec, 'date') ?? ctx.say(DOSSIER_LABELS.undated), ctx.value(h, hearingSpec, 'type'), ctx.value(h, hearingSpec, 'outcome')].filter(Boolean).join(' — ');
  w.ensureSpace(30);
  w.space(1);
  w.paragraph(title, { style: 'bold', size: 10 });
  const documents = ctx.evidence(h, 'hearing');
  ctx.facts(h, hearingSpec, [
    'court',
    'judges',
    'prosecutor',
    'counsel',
    'openness',
    'interpreterProvided',
    'languageInCourt',
    'legalCounsel',
    'statementsSigned',
    'observers',
    [ctx.label(hearingSpec, 'exhibitIds'), documents || undefined],
  ]);
  ctx.prose(h, hearingSpec, 'reasoning');
  ctx.prose(h, hearingSpec, 'observations');
}

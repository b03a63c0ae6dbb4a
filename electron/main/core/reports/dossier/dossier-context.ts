import { caseFileSpec, type CaseFile, type EntitySpec, type FieldSpec, type Term, type TimelineEvent } from '../../../../../shared/case-model';
import type { ChargeArticleRef } from '../../../../../shared/catalogue';
import type { AudienceCase, AudienceExhibits, ReportLang } from '../../../../../shared/reports';
import type { Localised } from '../../../../../shared/vocabularies/types';
import { COMMON_LABELS, withheldCount } from '../common-labels';
import { FONT_FAMILY } from '../pdf/fonts';
import { CONTENT_WIDTH, PAGE, type PdfWriter } from '../pdf/pdf-writer';
import type { DossierInput } from './dossier-input';
import { DOSSIER_LABELS, fill } from './dossier-labels';
import { articleLine, formatDate, formatTerm, printable, vocab } from './dossier-format';

/** A row of facts: a field of the entity by name, or a label and a value worked out by the section. */
export type FactItem<T> = (keyof T & string) | readonly [label: string, value: string | undefined];

type Entity = { readonly id?: string };

/**
 * What every section draws with: the writer, the filtered case and the words of the chosen
 * language, plus the rules for withheld content that every section follows the same way:
 *  - a primary field the audience may not see prints "withheld" in its place;
 *  - other withheld fields are not listed one by one (which would tell the reader which private
 *    details exist), but a section that lost any says once that some details are withheld;
 *  - list entries removed whole are counted ("2 entries withheld") where the list is printed.
 * Sections only ever read `view` and `exhibits`: the data already cut down for the audience.
 */
export class DossierContext {
  readonly lang: ReportLang;
  readonly view: AudienceCase;
  readonly file: CaseFile;
  readonly exhibits: AudienceExhibits;
  /** How the dossier names the case: a keyed reference, never its id (see DossierInput). */
  readonly caseReference: string;
  readonly timeline: readonly TimelineEvent[];
  private readonly withheld: ReadonlySet<string>;
  private readonly withheldEntities: ReadonlySet<string>;
  private readonly exhibitNumbers: ReadonlyMap<string, number>;
  /** Sources by id: their name when the audience may see it, and their number in the sources section. */
  private readonly sources: ReadonlyMap<string, { readonly name?: string; readonly number: number }>;
  private detailsWithheld = false;

  constructor(
    readonly w: PdfWriter,
    input: DossierInput,
    timeline: readonly TimelineEvent[],
  ) {
    this.lang = input.options.lang;
    this.view = input.view;
    this.file = input.view.file;
    this.exhibits = input.exhibits;
    this.caseReference = input.caseReference;
    this.timeline = timeline;
    this.withheld = new Set(input.view.withheldFields.map((f) => key(f.entityId, f.field)));
    this.withheldEntities = new Set(input.view.withheldFields.map((f) => f.entityId));
    this.exhibitNumbers = new Map(input.exhibits.exhibits.map((e) => [e.id, e.number]));
    this.sources = new Map(this.file.sources.map((s, i) => [s.id, { ...(s.name !== undefined ? { name: s.name } : {}), number: i + 1 }]));
  }

  say(label: Localised): string {
    return label[this.lang];
  }

  /** The label a field spec gives, in the dossier's language. */
  label(spec: EntitySpec<object>, field: string): string {
    return fieldSpec(spec, field)?.label[this.lang] ?? field;
  }

  isWithheld(entityId: string, field: string): boolean {
    return this.withheld.has(key(entityId, field));
  }

  /** Starts a section: its "some details withheld" note counts from here. */
  beginSection(): void {
    this.detailsWithheld = false;
  }

  /** Ends a section with the note that some details were withheld, if any were. */
  endSection(): void {
    if (this.detailsWithheld) this.w.remark(this.say(DOSSIER_LABELS.detailsWithheld));
    this.detailsWithheld = false;
  }

  /** Records that a field the reader does not see was left out of this section. */
  noteWithheld(entityId: string, field: string): void {
    if (this.isWithheld(entityId, field)) this.detailsWithheld = true;
  }

  /**
   * Notes for the section's remark whether any entity in `roots` (searched all the way down) lost a
   * field, so a section need not check field by field what it chose not to print.
   */
  noteWithheldIn(roots: readonly unknown[]): void {
    const visit = (value: unknown): boolean => {
      if (Array.isArray(value)) return value.some(visit);
      if (typeof value !== 'object' || value === null) return false;
      const id = (value as { id?: unknown }).id;
      if (typeof id === 'string' && this.withheldEntities.has(id)) return true;
      return Object.values(value).some((child) => typeof child === 'object' && visit(child));
    };
    if (!this.detailsWithheld && roots.some(visit)) this.detailsWithheld = true;
  }

  /** A labelled block of free text, or a note that it was withheld. */
  prose(entity: object & Entity, spec: EntitySpec<object>, field: string, label = this.label(spec, field)): void {
    const text = this.value(entity, spec, field);
    if (text === undefined) {
      this.noteWithheld(entity.id ?? this.file.id, field);
      return;
    }
    this.w.ensureSpace(12);
    this.w.paragraph(label, { style: 'bold', size: 9 });
    this.w.paragraph(text);
  }

  /**
   * A table of list entries with one column per field (labels from the spec). Returns false when
   * there was nothing to print; the withheld entries, if any, are counted below the table.
   */
  entityTable<T extends object>(spec: EntitySpec<T>, entries: readonly (T & Entity)[], columns: readonly (keyof T & string)[], parent: { readonly id: string; readonly field: string; readonly label?: string }, widths: Record<number, number> = {}): boolean {
    const s = spec as EntitySpec<object>;
    if (entries.length > 0) {
      const body = entries.map((e) => columns.map((c) => this.cell(e, s, c)));
      const styles = Object.fromEntries(Object.entries(widths).map(([i, cellWidth]) => [i, { cellWidth }]));
      this.grid(columns.map((c) => this.label(s, c)), body, styles);
      this.noteWithheldIn(entries);
    }
    const lost = this.withheldEntries(parent.id, parent.field, parent.label);
    return entries.length > 0 || lost > 0;
  }

  /**
   * A field's value as printed, or undefined when it is absent or empty. Links and nested entities
   * are printed by their sections, not here.
   */
  value(entity: object, spec: EntitySpec<object>, field: string): string | undefined {
    const fs = fieldSpec(spec, field);
    const raw = (entity as Record<string, unknown>)[field];
    if (!fs || raw === undefined || raw === null) return undefined;
    const lang = this.lang;
    switch (fs.input) {
      case 'line':
      case 'prose':
        return typeof raw === 'string' ? printable(raw, 20_000) : undefined;
      case 'date':
        return typeof raw === 'string' ? formatDate(raw, lang) : undefined;
      case 'boolean':
        return raw === true ? this.say(COMMON_LABELS.yes) : raw === false ? this.say(COMMON_LABELS.no) : undefined;
      case 'lines':
        return Array.isArray(raw) && raw.length > 0 ? raw.map((s) => printable(String(s))).join('; ') : undefined;
      case 'count':
        return typeof raw === 'number' ? `${raw}${fs.unit ? ` ${fs.unit[lang]}` : ''}` : undefined;
      case 'vocab':
        return typeof raw === 'string' ? vocab(fs.vocabulary, raw, lang) : undefined;
      case 'vocabs':
        return Array.isArray(raw) && raw.length > 0 ? raw.map((c) => vocab(fs.vocabulary, String(c), lang)).join(', ') : undefined;
      case 'article':
        return articleLine(raw as ChargeArticleRef, lang);
      case 'group':
        // The only group in the model is a term (years, months, days).
        return formatTerm(raw as Term, lang);
      default:
        return undefined;
    }
  }

  /**
   * A field's value for a table cell: the value, "withheld" for a withheld primary field (the
   * filter keeps an entry that still has something to show, so any field may be missing), or
   * empty, noting a withheld detail for the section's remark.
   */
  cell(entity: object & Entity, spec: EntitySpec<object>, field: string): string {
    const value = this.value(entity, spec, field);
    if (value !== undefined) return value;
    const id = entity.id ?? this.file.id;
    if (!this.isWithheld(id, field)) return '';
    if (fieldSpec(spec, field)?.primary) return this.say(COMMON_LABELS.withheld);
    this.detailsWithheld = true;
    return '';
  }

  /**
   * A two-column table of an entity's facts, in the order given. A withheld primary field prints
   * "withheld" (in grey italics); other withheld fields are noted for the section's remark.
   */
  facts<T extends object>(entity: T & Entity, spec: EntitySpec<T>, items: readonly FactItem<T>[]): void {
    const rows: Array<readonly [string, string, boolean]> = [];
    const s = spec as EntitySpec<object>;
    for (const item of items) {
      if (typeof item !== 'string') {
        if (item[1] !== undefined && item[1] !== '') rows.push([item[0], item[1], false]);
        continue;
      }
      const value = this.value(entity, s, item);
      if (value !== undefined) rows.push([this.label(s, item), value, false]);
      else if (this.cell(entity, s, item) !== '') rows.push([this.label(s, item), this.say(COMMON_LABELS.withheld), true]);
    }
    this.factRows(rows);
  }

  /**
   * Label/value rows; rows flagged true print their value as a withheld marker. Drawn directly
   * rather than as a table: a dossier has a hundred of these small blocks, and jspdf-autotable's
   * measuring pass made them a sixth of the time a dossier takes. A row is kept on one page unless
   * it is longer than a page, which then continues line by line.
   */
  factRows(rows: ReadonlyArray<readonly [string, string, boolean]>): void {
    if (rows.length === 0) return;
    const { w } = this;
    const doc = w.doc;
    const valueWidth = CONTENT_WIDTH - FACT_LABEL_WIDTH;
    const lineHeight = FACT_SIZE * PT * 1.2;
    doc.setFontSize(FACT_SIZE);
    for (const [label, value, withheld] of rows) {
      doc.setFont(FONT_FAMILY, 'bold');
      const labelLines = doc.splitTextToSize(label, FACT_LABEL_WIDTH - 3) as string[];
      doc.setFont(FONT_FAMILY, withheld ? 'italic' : 'normal');
      const valueLines = doc.splitTextToSize(value, valueWidth) as string[];
      const lines = Math.max(labelLines.length, valueLines.length);
      const height = lines * lineHeight + 2 * FACT_PADDING;
      if (height < PAGE.height - PAGE.top - PAGE.bottom) w.ensureSpace(height);
      w.y += FACT_PADDING;
      for (let i = 0; i < lines; i++) {
        w.ensureSpace(lineHeight);
        const baseline = w.y + FACT_SIZE * PT * 0.9;
        const labelLine = labelLines[i];
        if (labelLine !== undefined) doc.setFont(FONT_FAMILY, 'bold').setTextColor(60).text(labelLine, PAGE.left, baseline);
        const valueLine = valueLines[i];
        if (valueLine !== undefined) doc.setFont(FONT_FAMILY, withheld ? 'italic' : 'normal').setTextColor(withheld ? 110 : 20).text(valueLine, PAGE.left + FACT_LABEL_WIDTH, baseline);
        w.y += lineHeight;
      }
      w.y += FACT_PADDING;
    }
    doc.setFont(FONT_FAMILY, 'normal').setFontSize(10).setTextColor(0);
    w.space(3);
  }

  /** "Placements: 2 entries withheld" when entries of the list `field` of `parentId` were removed. */
  withheldEntries(parentId: string, field: string, label?: string): number {
    const count = this.view.withheldEntries.get(`${parentId}.${field}`) ?? 0;
    if (count > 0) this.w.remark(label ? `${label}: ${withheldCount(count, this.lang)}` : withheldCount(count, this.lang));
    return count;
  }

  nothingRecorded(): void {
    this.w.remark(this.say(DOSSIER_LABELS.nothingRecorded));
  }

  /**
   * A section made of one list of the case, an entry at a time: "Nothing recorded" when the list is
   * empty and none of it was withheld; else each entry, then how many entries were withheld whole.
   * `detailsIn` is where the section looks for withheld details (the entries, less any part another
   * section prints and notes).
   */
  listSection<T>(field: keyof CaseFile & string, entries: readonly T[], render: (entry: T, index: number) => void, detailsIn: readonly unknown[] = entries): void {
    if (entries.length === 0) {
      if (this.withheldEntries(this.file.id, field) === 0) this.nothingRecorded();
      return;
    }
    entries.forEach((entry, index) => render(entry, index));
    this.withheldEntries(this.file.id, field, this.label(caseFileSpec, field));
    this.noteWithheldIn(detailsIn);
  }

  /**
   * A table in the dossier's style with a header row. Columns empty in every row are left out: what
   * an audience may not see would otherwise leave a row of empty columns (and squeeze the rest).
   */
  grid(head: readonly string[], body: readonly (readonly string[])[], columnStyles: Record<number, { cellWidth?: number | 'auto' | 'wrap' }> = {}): void {
    const keep = head.map((_, i) => body.some((row) => (row[i] ?? '') !== ''));
    const kept = (row: readonly string[]) => row.filter((_, i) => keep[i]);
    const styles: Record<number, { cellWidth?: number | 'auto' | 'wrap' }> = {};
    let to = 0;
    head.forEach((_, from) => {
      if (!keep[from]) return;
      const style = columnStyles[from];
      if (style) styles[to] = style;
      to++;
    });
    // Some column must take up the rest of the width, or the table stops short of the margin.
    if (to > 0 && Array.from({ length: to }, (_, i) => styles[i]?.cellWidth).every((w) => typeof w === 'number')) delete styles[to - 1];
    this.w.table({ head: [kept(head)], body: body.map(kept), columnStyles: styles, styles: { fontSize: 8.5, textColor: 30 }, headStyles: { fontSize: 8.5 } });
  }

  /**
   * How a source is cited: by name, or as "Source 3" (its place in the sources section) when the
   * audience may see that it exists but not who it is. Undefined when it is not in the case at all.
   */
  sourceName(id: string): string | undefined {
    const source = this.sources.get(id);
    if (!source) return undefined;
    return source.name !== undefined ? printable(source.name, 300) : `${fill(this.say(DOSSIER_LABELS.sourceN), { n: source.number })} (${this.say(DOSSIER_LABELS.nameWithheld)})`;
  }

  /**
   * The evidence an entity cites, as the audience may see it: sources by name, exhibits by number
   * (also those linked from the exhibit's side), and what was withheld said as such. An id that
   * resolves to nothing is withheld when the audience lost entries of that kind; otherwise it
   * points at something removed from the case and is left out. Empty when nothing is cited.
   */
  evidence(entity: { readonly id: string; readonly sourceIds?: readonly string[]; readonly exhibitIds?: readonly string[] }, linkKind?: string): string {
    const parts: string[] = [];
    const sourcesLost = this.view.withheldEntries.get(`${this.file.id}.sources`) ?? 0;
    if (this.isWithheld(entity.id, 'sourceIds')) {
      // Said only when the case has sources at all, and the same whether this entry cited any.
      if (sourcesLost > 0 || this.file.sources.length > 0) parts.push(this.say(DOSSIER_LABELS.sourcesWithheld));
    } else {
      let hidden = 0;
      for (const id of entity.sourceIds ?? []) {
        const name = this.sourceName(id);
        if (name !== undefined) parts.push(name);
        else if (sourcesLost > 0) hidden++;
      }
      if (hidden > 0) parts.push(`${this.say(DOSSIER_LABELS.sourceWithheld)}${hidden > 1 ? ` ×${hidden}` : ''}`);
    }
    if (this.exhibits.withheld > 0) {
      // The audience sees no exhibit at all (the index is all or nothing): which ones this entry
      // cites cannot be said without saying something about them.
      parts.push(this.say(DOSSIER_LABELS.exhibitsWithheld));
    } else if (!this.isWithheld(entity.id, 'exhibitIds')) {
      const numbers = new Set<number>();
      for (const id of entity.exhibitIds ?? []) {
        const n = this.exhibitNumbers.get(id);
        if (n !== undefined) numbers.add(n);
      }
      if (linkKind !== undefined) for (const e of this.exhibits.exhibits) if (e.links.some((l) => l.kind === linkKind && l.id === entity.id)) numbers.add(e.number);
      for (const n of [...numbers].sort((a, b) => a - b)) parts.push(fill(this.say(DOSSIER_LABELS.exhibit), { n }));
    }
    return parts.join('; ');
  }
}

const FACT_LABEL_WIDTH = 52;
const FACT_SIZE = 9;
const FACT_PADDING = 0.8;
const PT = 0.3528; // mm per point

function key(entityId: string, field: string): string {
  return `${entityId}\u0000${field}`;
}

function fieldSpec(spec: EntitySpec<object>, field: string): FieldSpec | undefined {
  return (spec.fields as Readonly<Record<string, FieldSpec>>)[field];
}

import { FONT_FAMILY } from '../pdf/fonts';
import { PAGE, type PdfWriter } from '../pdf/pdf-writer';

/**
 * Bar charts drawn with jsPDF rectangles and text, so they are vector, searchable and need no
 * image library: a title, both axes labelled, a light grid at round values, and the count printed
 * at every bar. Muted bars ("other", "not shown") are grey.
 */
export interface ChartBar {
  readonly label: string;
  readonly value: number;
  readonly muted?: boolean;
}

export interface ChartSpec {
  readonly title: string;
  readonly bars: readonly ChartBar[];
  /** Title of the axis the counts are read on. */
  readonly valueAxis: string;
  /** Title of the axis the bars are named on. */
  readonly categoryAxis: string;
}

const BAR: [number, number, number] = [47, 95, 152];
const MUTED: [number, number, number] = [150, 150, 150];
const GRID = 222;
const AXIS = 110;
const INK = 35;
const PT = 0.3528; // mm per point
const TITLE_SIZE = 9.5;
const LABEL_SIZE = 7.5;
const TICK_SIZE = 7;
const AXIS_TITLE_SIZE = 7.5;

/** A round step (1, 2, 5, 10, 20, 50…) giving at most six intervals, and the axis maximum. */
export function niceScale(maxValue: number): { max: number; step: number } {
  if (maxValue <= 0) return { max: 1, step: 1 };
  let step = 1;
  for (let magnitude = 1; ; magnitude *= 10) {
    const found = [1, 2, 5].map((f) => f * magnitude).find((s) => maxValue / s <= 6);
    if (found !== undefined) {
      step = found;
      break;
    }
  }
  return { max: Math.ceil(maxValue / step) * step, step };
}

function title(writer: PdfWriter, text: string, y: number): void {
  writer.doc.setFont(FONT_FAMILY, 'bold').setFontSize(TITLE_SIZE).setTextColor(INK);
  writer.doc.text(text, PAGE.left, y + TITLE_SIZE * PT);
}

/** Text rotated a quarter turn (reading upwards), centred on `centreY`, its glyphs left of `x`. */
function verticalText(writer: PdfWriter, text: string, x: number, centreY: number, size: number): void {
  const doc = writer.doc;
  doc.setFont(FONT_FAMILY, 'normal').setFontSize(size).setTextColor(INK);
  doc.text(text, x, centreY + doc.getTextWidth(text) / 2, { angle: 90 });
}

function done(writer: PdfWriter, height: number): void {
  writer.y += height;
  writer.doc.setFont(FONT_FAMILY, 'normal').setFontSize(10).setTextColor(0).setDrawColor(0).setLineWidth(0.2);
}

/** Horizontal bars, one row per bar (labels up to two lines): for categories and articles. */
export function horizontalBarChart(writer: PdfWriter, spec: ChartSpec): void {
  const doc = writer.doc;
  doc.setFont(FONT_FAMILY, 'normal').setFontSize(LABEL_SIZE);
  const maxLabelWidth = 64;
  const labels = spec.bars.map((bar) => {
    const lines = doc.splitTextToSize(bar.label, maxLabelWidth) as string[];
    return lines.length <= 2 ? lines : [lines[0] ?? '', `${(lines[1] ?? '').replace(/\s*\S*$/, '')}…`];
  });
  const labelWidth = Math.min(maxLabelWidth, Math.max(10, ...labels.flat().map((l) => doc.getTextWidth(l))));
  const lineHeight = LABEL_SIZE * PT * 1.2;
  const rowHeights = labels.map((lines) => Math.max(6.2, lines.length * lineHeight + 2.6));
  const plotHeight = rowHeights.reduce((a, b) => a + b, 0);
  const titleHeight = 8;
  const height = titleHeight + plotHeight + 13;
  writer.ensureSpace(height);

  const y0 = writer.y;
  title(writer, spec.title, y0);
  const top = y0 + titleHeight;
  const bottom = top + plotHeight;
  const x0 = PAGE.left + 7 + labelWidth + 2.5;
  const plotWidth = PAGE.width - PAGE.right - 11 - x0;
  const { max, step } = niceScale(Math.max(0, ...spec.bars.map((b) => b.value)));

  doc.setFont(FONT_FAMILY, 'normal').setFontSize(TICK_SIZE).setTextColor(INK);
  for (let v = 0; v <= max; v += step) {
    const x = x0 + (v / max) * plotWidth;
    if (v > 0) doc.setDrawColor(GRID).setLineWidth(0.15).line(x, top, x, bottom);
    doc.setDrawColor(AXIS).setLineWidth(0.25).line(x, bottom, x, bottom + 1.2);
    doc.text(String(v), x, bottom + 1.5 + TICK_SIZE * PT, { align: 'center' });
  }

  let rowY = top;
  spec.bars.forEach((bar, i) => {
    const rowHeight = rowHeights[i] ?? 6;
    const barHeight = Math.min(4.4, rowHeight - 1.8);
    const barY = rowY + (rowHeight - barHeight) / 2;
    const width = (bar.value / max) * plotWidth;
    if (width > 0) doc.setFillColor(...(bar.muted ? MUTED : BAR)).rect(x0, barY, width, barHeight, 'F');
    const lines = labels[i] ?? [];
    doc.setFont(FONT_FAMILY, 'normal').setFontSize(LABEL_SIZE).setTextColor(INK);
    const firstBaseline = rowY + rowHeight / 2 - ((lines.length - 1) * lineHeight) / 2 + LABEL_SIZE * PT * 0.35;
    lines.forEach((line, j) => doc.text(line, x0 - 2, firstBaseline + j * lineHeight, { align: 'right' }));
    doc.setFont(FONT_FAMILY, 'bold').setFontSize(LABEL_SIZE);
    doc.text(String(bar.value), x0 + width + 1.5, barY + barHeight / 2 + LABEL_SIZE * PT * 0.35);
    rowY += rowHeight;
  });

  doc.setDrawColor(AXIS).setLineWidth(0.3).line(x0, top, x0, bottom).line(x0, bottom, x0 + plotWidth, bottom);
  doc.setFont(FONT_FAMILY, 'normal').setFontSize(AXIS_TITLE_SIZE).setTextColor(INK);
  doc.text(spec.valueAxis, x0 + plotWidth / 2, bottom + 8.5, { align: 'center' });
  verticalText(writer, spec.categoryAxis, PAGE.left + 3, top + plotHeight / 2, AXIS_TITLE_SIZE);
  done(writer, height);
}

/** Vertical columns along an even axis (years); labels turn upright when columns are narrow. */
export function columnChart(writer: PdfWriter, spec: ChartSpec): void {
  const doc = writer.doc;
  const n = Math.max(1, spec.bars.length);
  const x0 = PAGE.left + 15;
  const plotWidth = PAGE.width - PAGE.right - x0;
  const columnWidth = plotWidth / n;
  doc.setFont(FONT_FAMILY, 'normal').setFontSize(TICK_SIZE);
  const upright = spec.bars.some((b) => doc.getTextWidth(b.label) > columnWidth - 1);
  const labelHeight = upright ? Math.max(0, ...spec.bars.map((b) => doc.getTextWidth(b.label))) + 3 : 5;
  const titleHeight = 8;
  const headroom = 5;
  const plotHeight = 58;
  const height = titleHeight + headroom + plotHeight + labelHeight + 9;
  writer.ensureSpace(height);

  const y0 = writer.y;
  title(writer, spec.title, y0);
  const top = y0 + titleHeight + headroom;
  const bottom = top + plotHeight;
  const { max, step } = niceScale(Math.max(0, ...spec.bars.map((b) => b.value)));

  doc.setFont(FONT_FAMILY, 'normal').setFontSize(TICK_SIZE).setTextColor(INK);
  for (let v = 0; v <= max; v += step) {
    const y = bottom - (v / max) * plotHeight;
    if (v > 0) doc.setDrawColor(GRID).setLineWidth(0.15).line(x0, y, x0 + plotWidth, y);
    doc.setDrawColor(AXIS).setLineWidth(0.25).line(x0 - 1.2, y, x0, y);
    doc.text(String(v), x0 - 2, y + TICK_SIZE * PT * 0.35, { align: 'right' });
  }

  const countSize = columnWidth < 5 ? 6 : LABEL_SIZE;
  spec.bars.forEach((bar, i) => {
    const barWidth = Math.min(12, columnWidth * 0.7);
    const centre = x0 + (i + 0.5) * columnWidth;
    const barHeight = (bar.value / max) * plotHeight;
    if (barHeight > 0) doc.setFillColor(...(bar.muted ? MUTED : BAR)).rect(centre - barWidth / 2, bottom - barHeight, barWidth, barHeight, 'F');
    if (bar.value > 0) {
      doc.setFont(FONT_FAMILY, 'bold').setFontSize(countSize).setTextColor(INK);
      doc.text(String(bar.value), centre, bottom - barHeight - 1, { align: 'center' });
    }
    doc.setFont(FONT_FAMILY, 'normal').setFontSize(TICK_SIZE).setTextColor(INK);
    if (upright) doc.text(bar.label, centre + TICK_SIZE * PT * 0.35, bottom + 1.5 + doc.getTextWidth(bar.label), { angle: 90 });
    else doc.text(bar.label, centre, bottom + 1.5 + TICK_SIZE * PT, { align: 'center' });
  });

  doc.setDrawColor(AXIS).setLineWidth(0.3).line(x0, top - headroom, x0, bottom).line(x0, bottom, x0 + plotWidth, bottom);
  doc.setFont(FONT_FAMILY, 'normal').setFontSize(AXIS_TITLE_SIZE).setTextColor(INK);
  doc.text(spec.categoryAxis, x0 + plotWidth / 2, bottom + labelHeight + 5, { align: 'center' });
  verticalText(writer, spec.valueAxis, PAGE.left + 3, top + plotHeight / 2, AXIS_TITLE_SIZE);
  done(writer, height);
}

import type { FontSet } from './fonts';

/**
 * The fonts as jsPDF should embed them. jsPDF copies a TrueType font's `post` table whole into
 * every subset it writes, and DejaVu's holds the names of all ~6,000 glyphs (60 KB per face):
 * about a third of every PDF's size and of the time spent writing it (parse, re-encode, deflate),
 * for names no PDF reader uses (text is mapped by the ToUnicode CMap). So the table is cut to its
 * 32-byte header as format 3.0, "no glyph names", which the OpenType spec allows for any font.
 * Every other table (the copyright and licence in `name` included) stays as it is.
 */
const slimmed = new WeakMap<FontSet, FontSet>();

export function slimFontSet(fonts: FontSet): FontSet {
  const cached = slimmed.get(fonts);
  if (cached) return cached;
  const slim: FontSet = { normal: withoutGlyphNames(fonts.normal), bold: withoutGlyphNames(fonts.bold), italic: withoutGlyphNames(fonts.italic) };
  slimmed.set(fonts, slim);
  return slim;
}

const POST_FORMAT_3 = 0x00030000;
const POST_HEADER = 32;

/** The font (a binary string, as jsPDF takes it) with a format-3 `post` table; unchanged if it has none or is not a plain TrueType file. */
export function withoutGlyphNames(binary: string): string {
  const font = Buffer.from(binary, 'binary');
  const sfnt = font.length >= 12 ? font.readUInt32BE(0) : 0;
  if (sfnt !== 0x00010000 && sfnt !== 0x74727565 /* 'true' */) return binary;
  const count = font.readUInt16BE(4);
  const directoryEnd = 12 + 16 * count;
  if (font.length < directoryEnd) return binary;
  const tables: { tag: string; data: Buffer }[] = [];
  for (let i = 0; i < count; i++) {
    const entry = 12 + 16 * i;
    const tag = font.toString('latin1', entry, entry + 4);
    const offset = font.readUInt32BE(entry + 8);
    const length = font.readUInt32BE(entry + 12);
    if (offset + length > font.length) return binary;
    let data = font.subarray(offset, offset + length);
    if (tag === 'post' && length > POST_HEADER) {
      data = Buffer.from(data.subarray(0, POST_HEADER));
      data.writeUInt32BE(POST_FORMAT_3, 0);
    }
    tables.push({ tag, data });
  }
  // Same header and table order; offsets, lengths and checksums recomputed for the new layout.
  // (head.checkSumAdjustment is left stale: jsPDF parses this file and writes a new one, with its
  // own head, for each PDF; this one never leaves the process.)
  const header = Buffer.alloc(directoryEnd);
  font.copy(header, 0, 0, 12);
  const parts: Buffer[] = [header];
  let offset = directoryEnd;
  tables.forEach(({ tag, data }, i) => {
    const padded = Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)]);
    const entry = 12 + 16 * i;
    header.write(tag, entry, 'latin1');
    header.writeUInt32BE(tableChecksum(padded), entry + 4);
    header.writeUInt32BE(offset, entry + 8);
    header.writeUInt32BE(data.length, entry + 12);
    parts.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(parts).toString('binary');
}

function tableChecksum(padded: Buffer): number {
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

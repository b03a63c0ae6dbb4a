/**
 * The fonts handed to jsPDF lose only their glyph names: the `post` table becomes its 32-byte
 * format-3 header, every other table is byte for byte the same, and anything that is not a plain
 * TrueType file passes through untouched.
 */
import { describe, expect, it } from 'vitest';
import { FONT_FILES, loadFonts, sourceFontsDir } from '../../../../electron/main/core/reports/pdf/fonts';
import { slimFontSet, withoutGlyphNames } from '../../../../electron/main/core/reports/pdf/slim-font';

interface Table {
  readonly offset: number;
  readonly length: number;
  readonly checksum: number;
}

function tablesOf(font: Buffer): Map<string, Table> {
  const count = font.readUInt16BE(4);
  const tables = new Map<string, Table>();
  for (let i = 0; i < count; i++) {
    const entry = 12 + 16 * i;
    tables.set(font.toString('latin1', entry, entry + 4), { checksum: font.readUInt32BE(entry + 4), offset: font.readUInt32BE(entry + 8), length: font.readUInt32BE(entry + 12) });
  }
  return tables;
}

const body = (font: Buffer, t: Table) => font.subarray(t.offset, t.offset + t.length);

const fonts = loadFonts(sourceFontsDir());

describe('withoutGlyphNames', () => {
  for (const style of Object.keys(FONT_FILES) as Array<keyof typeof FONT_FILES>) {
    it(`cuts DejaVu ${style}'s post table to format 3 and keeps every other table`, () => {
      const before = Buffer.from(fonts[style], 'binary');
      const after = Buffer.from(withoutGlyphNames(fonts[style]), 'binary');
      const a = tablesOf(before);
      const b = tablesOf(after);
      expect([...b.keys()]).toEqual([...a.keys()]);
      expect(a.get('post')!.length).toBeGreaterThan(10_000); // there were names to drop
      const post = body(after, b.get('post')!);
      expect(post.length).toBe(32);
      expect(post.readUInt32BE(0)).toBe(0x00030000);
      // Italic angle, underline and fixed-pitch stay as they were.
      expect(post.subarray(4).equals(body(before, a.get('post')!).subarray(4, 32))).toBe(true);
      for (const [tag, table] of a) {
        if (tag === 'post') continue;
        // Buffer.equals: a deep comparison of half a megabyte of glyphs would take seconds.
        expect(body(after, b.get(tag)!).equals(body(before, table)), tag).toBe(true);
        expect(b.get(tag)!.offset % 4, `${tag} aligned`).toBe(0);
      }
      // The checksum of the new post table is the sum of its words.
      let sum = 0;
      for (let i = 0; i < 32; i += 4) sum = (sum + post.readUInt32BE(i)) >>> 0;
      expect(b.get('post')!.checksum).toBe(sum);
      expect(after.length).toBeLessThan(before.length - 10_000);
    });
  }

  it('leaves anything that is not a whole TrueType file alone', () => {
    for (const junk of ['', 'OTTO\u0000\u0001', 'not a font at all', fonts.normal.slice(0, 200)]) expect(withoutGlyphNames(junk)).toBe(junk);
  });

  it('slims a font set once and reuses it', () => {
    expect(slimFontSet(fonts)).toBe(slimFontSet(fonts));
    expect(slimFontSet(fonts).normal.length).toBeLessThan(fonts.normal.length);
  });
});

import { describe, expect, it } from 'vitest';
import { quotedName } from '../../../electron/cli/io';

describe('quotedName', () => {
  it('shows control, format and separator characters as escapes, so a name cannot fake its extension', () => {
    expect(quotedName('verdict.pdf')).toBe('"verdict.pdf"');
    expect(quotedName('photo\u202Egpj.exe')).toBe('"photo\\u{202e}gpj.exe"'); // right-to-left override
    expect(quotedName('a\u0000b\u0007c\nd\u007fe\u009bf\u2028g')).toBe('"a\\u{0}b\\u{7}c\\u{a}d\\u{7f}e\\u{9b}f\\u{2028}g"');
    expect(quotedName('say "hi" \\ bye')).toBe('"say \\"hi\\" \\\\ bye"');
    expect(quotedName('İntiqam Əliyev — Интигам.pdf')).toBe('"İntiqam Əliyev — Интигам.pdf"');
  });

  it('cuts very long names', () => {
    const shown = quotedName('ə'.repeat(500));
    expect([...shown]).toHaveLength(200 + 3);
    expect(shown.endsWith('…"')).toBe(true);
  });
});

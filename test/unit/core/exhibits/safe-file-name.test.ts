import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../../../electron/main/core/exhibits/safe-file-name';

describe('safeFileName: a name to suggest, never a path', () => {
  it.each([
    ['../../x', 'x'],
    ['..\\..\\windows\\system32\\evil.dll', 'evil.dll'],
    ['/etc/passwd', 'passwd'],
    ['C:\\Users\\lawyer\\verdict.pdf', 'verdict.pdf'],
    ['..', 'exhibit'],
    ['.', 'exhibit'],
    ['', 'exhibit'],
    ['.hidden', 'hidden'],
    ['name\u0000with\u0007control\n.pdf', 'name_with_control_.pdf'],
    ['invoice\u202Efdp.exe', 'invoice_fdp.exe'],
    ['a:b*c?d"e<f>g|h.txt', 'a_b_c_d_e_f_g_h.txt'],
    ['CON', '_CON'],
    ['nul.txt', '_nul.txt'],
    ['trailing dots...', 'trailing dots'],
    ['İttiham aktı.pdf', 'İttiham aktı.pdf'],
  ])('%j → %j', (original, expected) => {
    expect(safeFileName(original)).toBe(expected);
  });

  it('cuts a 500-character name to 120 characters and keeps its extension', () => {
    const name = safeFileName(`${'n'.repeat(500)}.jpeg`);
    expect([...name].length).toBe(120);
    expect(name.endsWith('.jpeg')).toBe(true);
  });

  it('cuts by bytes too: file systems allow 255 bytes, and 120 emoji are 480', () => {
    for (const long of [`${'ə'.repeat(500)}.jpeg`, `${'😀'.repeat(120)}.pdf`]) {
      const name = safeFileName(long);
      expect(Buffer.byteLength(name)).toBeLessThanOrEqual(200);
      expect(name.endsWith(long.slice(long.lastIndexOf('.')))).toBe(true);
      expect(name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
  });

  it('never yields a separator, a control character, a leading dot or an empty name (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 600 }), (original) => {
        const name = safeFileName(original);
        expect(name.length).toBeGreaterThan(0);
        // eslint-disable-next-line no-control-regex -- control characters are what must not survive
        expect(name).not.toMatch(/[/\\\u0000-\u001f<>:"|?*]/);
        expect(name.startsWith('.')).toBe(false);
        expect([...name].length).toBeLessThanOrEqual(120);
        expect(Buffer.byteLength(name)).toBeLessThanOrEqual(200);
        expect(name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/); // no cut surrogate pair
      }),
    );
  });
});

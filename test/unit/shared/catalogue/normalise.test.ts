import { describe, expect, it } from 'vitest';
import { normaliseArticleRef } from '../../../../shared/catalogue';

describe('normaliseArticleRef', () => {
  it.each([
    ['234.4.3', '234.4.3'],
    ['  234 . 4 . 3  ', '234.4.3'],
    ['st. 234.4.3', '234.4.3'],
    ['St.234.4.3', '234.4.3'],
    ['ст. 234.4.3 УК', '234.4.3'],
    ['ст. 234.4.3 УК АР', '234.4.3'],
    ['Статья 315.2', '315.2'],
    ['Maddə 234.4.3', '234.4.3'],
    ['MADDƏ 234.4.3', '234.4.3'],
    ['315.2-ci maddə', '315.2'],
    ['234.4.3-cü maddəsi', '234.4.3'],
    ['Art. 234(4)(3)', '234.4.3'],
    ['Article 234 (4) (3) CC', '234.4.3'],
    ['234 part 4 item 3', '234.4.3'],
    ['234 Part 4, item 3', '234.4.3'],
    ['ст. 234 ч. 4 п. 3', '234.4.3'],
    ['234.', '234'],
    ['167-2', '167-2'],
    ['167–2', '167-2'],
    ['283.1-1', '283.1-1'],
    ['234.4-1', '234.4-1'],
    ['0234.04', '234.4'],
  ])('%s → %s', (input, ref) => {
    const r = normaliseArticleRef(input);
    expect(r).toMatchObject({ ok: true, ref });
  });

  it('keeps hyphens as typed and offers the swapped readings for the catalogue to decide', () => {
    expect(normaliseArticleRef('234-4.3')).toEqual({ ok: true, ref: '234-4.3', alternatives: ['234.4.3', '234.4-3'] });
    const r = normaliseArticleRef('234.4-3');
    expect(r.ok && r.ref).toBe('234.4-3');
    expect(r.ok && r.alternatives).toContain('234.4.3');
    const s = normaliseArticleRef('167.2.2.1');
    expect(s.ok && s.alternatives).toContain('167-2.2.1');
  });

  it('reads a hyphen-only chain as dots when it cannot be an inserted provision', () => {
    const r = normaliseArticleRef('234-4-3');
    expect(r.ok && r.ref).toBe('234.4.3');
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['ст.', 'no-number'],
    ['article', 'no-number'],
    ['32.3, 220.1', 'list'],
    ['234 и 221', 'list'],
    ['part 4 of 234', 'order'],
    ['234 4 3', 'invalid'],
    ['234-', 'invalid'],
    ['-234', 'invalid'],
    ['234--4', 'invalid'],
    ['0', 'invalid'],
    ['1234567', 'invalid'],
    ['hooliganism', 'unrecognised'],
    ['234a', 'unrecognised'],
    ['234#4', 'unrecognised'],
    ['1.2.3.4.5.6.7', 'invalid'],
    ['x'.repeat(201), 'too-long'],
  ])('refuses %j (%s) with a message', (input, code) => {
    const r = normaliseArticleRef(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe(code);
      expect(r.message.length).toBeGreaterThan(10);
    }
  });
});

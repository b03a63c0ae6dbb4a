import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleRef, ancestorRefs, compareArticleRefs, parentRef, sortArticleRefs } from '../../../../shared/catalogue';

const level = fc.tuple(fc.integer({ min: 1, max: 2000 }), fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }));
const ref = fc
  .array(level, { minLength: 1, maxLength: 4 })
  .map((ls) => ls.map(([n, ins]) => (ins === undefined ? `${n}` : `${n}-${ins}`)).join('.'));
const key = (r: string) => r.split('.').map((l) => l.split('-').map(Number));

describe('article reference ordering', () => {
  it('sorts numerically, parts after their article, inserted articles after the parts', () => {
    expect(sortArticleRefs(['1000', '234.4.3', '28', '234.1', '32', '234', '167-2', '167', '167.9', '234.1-1', '234.10', '234.2'])).toEqual([
      '28', '32', '167', '167.9', '167-2', '234', '234.1', '234.1-1', '234.2', '234.4.3', '234.10', '1000',
    ]);
  });

  it('leaves the input array alone', () => {
    const input = ['234', '28'];
    sortArticleRefs(input);
    expect(input).toEqual(['234', '28']);
  });

  it('is a total order consistent with numeric comparison of levels (property)', () => {
    fc.assert(
      fc.property(ref, ref, ref, (a, b, c) => {
        expect(ArticleRef.safeParse(a).success).toBe(true);
        expect(Math.sign(compareArticleRefs(a, b))).toBe(-Math.sign(compareArticleRefs(b, a)));
        expect(compareArticleRefs(a, a)).toBe(0);
        if (compareArticleRefs(a, b) <= 0 && compareArticleRefs(b, c) <= 0) expect(compareArticleRefs(a, c)).toBeLessThanOrEqual(0);
        // Agrees with a lexicographic comparison of [number, inserted] tuples.
        const ka = key(a).map(([n, i]) => [n!, i ?? 0]);
        const kb = key(b).map(([n, i]) => [n!, i ?? 0]);
        let expected = 0;
        for (let i = 0; i < Math.min(ka.length, kb.length) && expected === 0; i++) {
          expected = ka[i]![0]! - kb[i]![0]! || ka[i]![1]! - kb[i]![1]!;
        }
        if (expected === 0) expected = ka.length - kb.length;
        expect(Math.sign(compareArticleRefs(a, b))).toBe(Math.sign(expected));
      }),
    );
  });

  it('puts every article before its own parts (property)', () => {
    fc.assert(
      fc.property(ref, fc.integer({ min: 1, max: 99 }), (a, p) => {
        expect(compareArticleRefs(a, `${a}.${p}`)).toBeLessThan(0);
      }),
    );
  });

  it('knows parents and ancestors; an inserted article has none', () => {
    expect(parentRef('234.4.3')).toBe('234.4');
    expect(ancestorRefs('234.4.3')).toEqual(['234.4', '234']);
    expect(ancestorRefs('167-2.2.1')).toEqual(['167-2.2', '167-2']);
    expect(parentRef('167-2')).toBeUndefined();
  });
});

/**
 * Pages a person looks at: the cover, the contents, the proceedings and the assessment of a public
 * and an internal dossier are saved as PNG in test-artifacts/reports/dossier/ (pdftoppm, 70 dpi).
 * What can be checked without eyes is checked here: no page is empty but for its frame, and the
 * banner is drawn (in red) on the pages of an internal dossier and not on a public one.
 */
import { existsSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AUDIENCE_PROFILES } from '../../../../../shared/reports';
import { pageTexts } from '../../../../helpers/pdf-inspect';
import { contentsOf, dossierInput, redPixels, render, richCase, savePagePng } from './dossier-harness';

const file = richCase();

describe.each(['public', 'internal'] as const)('%s dossier pages', (audience) => {
  const { bytes, pages } = render(dossierInput(file, audience));
  const texts = pageTexts(bytes, pages, { layout: true });
  const contents = contentsOf(texts[1]!, 'Contents');
  const pageOf = (title: string) => contents.find(([t]) => t === title)?.[1];

  it('has something on every page besides the banner and the footer', () => {
    const frame = [AUDIENCE_PROFILES[audience].banner?.en, `Case 7F3A9-1C2B4`].filter((x): x is string => x !== undefined);
    texts.forEach((text, i) => {
      const body = text
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '' && !frame.some((f) => l.startsWith(f)));
      expect(body.length, `page ${i + 1} is empty`).toBeGreaterThan(0);
    });
  });

  it('saves the cover, contents, proceedings and assessment as PNG', () => {
    const shots: Array<[string, number | undefined]> = [
      ['cover', 1],
      ['contents', 2],
      ['proceedings', pageOf('Proceedings')],
      ['assessment', pageOf('PACE assessment')],
    ];
    for (const [name, page] of shots) {
      expect(page, name).toBeDefined();
      const png = savePagePng(bytes, page!, `${audience}-${name}`);
      expect(existsSync(png)).toBe(true);
      expect(statSync(png).size, png).toBeGreaterThan(2000);
    }
  });

  it(`draws the red banner ${audience === 'public' ? 'nowhere' : 'on every page'}`, () => {
    for (let page = 1; page <= pages; page++) {
      const red = redPixels(bytes, page);
      if (audience === 'public') expect(red, `page ${page}`).toBe(0);
      else expect(red, `page ${page}`).toBeGreaterThan(20);
    }
  });
});

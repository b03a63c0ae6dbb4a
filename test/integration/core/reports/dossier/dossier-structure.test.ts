/**
 * The frame and the order of a dossier: contents whose page numbers are right, the classification
 * banner on every page of a non-public document (and nowhere on a public one), "Page x of y" and
 * the case on every page, only the sections asked for, and progress as it goes.
 */
import { describe, expect, it } from 'vitest';
import { AUDIENCE_PROFILES, DOSSIER_SECTIONS, type Audience } from '../../../../../shared/reports';
import { renderDossier } from '../../../../../electron/main/core/reports/dossier/render-dossier';
import { SECTION_TITLES } from '../../../../../electron/main/core/reports/dossier/dossier-labels';
import { pageTexts, pdfText } from '../../../../helpers/pdf-inspect';
import { FONTS, contentsOf, dossierInput, render, richCase } from './dossier-harness';

const file = richCase();

/** Whether the page has a line that is exactly `heading` (a heading stands alone on its line). */
const hasHeading = (page: string, heading: string) => page.split('\n').some((l) => l.trim() === heading);

describe('dossier contents', () => {
  for (const lang of ['en', 'ru'] as const) {
    it(`lists every section with the page its heading is on (${lang})`, () => {
      const { bytes, pages } = render(dossierInput(file, 'internal', { lang }));
      const texts = pageTexts(bytes, pages, { layout: true });
      const entries = contentsOf(texts[1]!, lang === 'en' ? 'Contents' : 'Содержание');
      const sectionTitles = DOSSIER_SECTIONS.map((s) => SECTION_TITLES[s][lang]);
      // Every section, in order, plus the detentions and proceedings under theirs.
      expect(entries.map(([t]) => t).filter((t) => sectionTitles.includes(t))).toEqual(sectionTitles);
      expect(entries.length).toBe(sectionTitles.length + file.detentions.length + file.proceedings.length);
      let previous = 3;
      for (const [heading, page] of entries) {
        expect(page, heading).toBeGreaterThanOrEqual(previous);
        expect(page, heading).toBeLessThanOrEqual(pages);
        expect(hasHeading(texts[page - 1]!, heading), `"${heading}" on page ${page}`).toBe(true);
        // …and not already on the page before (a number one too high would still find it otherwise).
        if (page - 2 >= 2) expect(hasHeading(texts[page - 2]!, heading), `"${heading}" before page ${page}`).toBe(false);
        previous = page;
      }
    });
  }
});

describe('dossier frame', () => {
  const audiences: Audience[] = ['public', 'court', 'un', 'internal'];
  for (const audience of audiences) {
    it(`${audience}: ${audience === 'public' ? 'no banner' : 'the banner'} and "Page x of y" with the case on every page`, () => {
      const { bytes, pages } = render(dossierInput(file, audience));
      expect(pages).toBeGreaterThan(3);
      const texts = pageTexts(bytes, pages, { layout: true });
      expect(texts).toHaveLength(pages);
      const banner = AUDIENCE_PROFILES[audience].banner?.en;
      const others = audiences.flatMap((a) => (a !== audience && AUDIENCE_PROFILES[a].banner ? [AUDIENCE_PROFILES[a].banner!.en] : []));
      texts.forEach((text, i) => {
        if (banner) expect(text.trimStart().startsWith(banner), `banner on page ${i + 1}`).toBe(true);
        for (const other of others) expect(text, `another audience's banner on page ${i + 1}`).not.toContain(other);
        expect(text, `page number on page ${i + 1}`).toContain(`Page ${i + 1} of ${pages}`);
        expect(text, `case on page ${i + 1}`).toContain(`Case 7F3A9-1C2B4 · Vault 9C1E-77A0`);
        // The keyed reference, never the id (readable in the vault's files).
        expect(text).not.toContain(file.id.slice(0, 8));
      });
      if (!banner) for (const b of others) expect(pdfText(bytes, { layout: true })).not.toContain(b);
    });
  }
});

describe('dossier sections option', () => {
  it('prints only the sections asked for, in the dossier order whatever order they were given', () => {
    const { bytes, pages } = render(dossierInput(file, 'internal', { sections: ['timeline', 'proceedings'] }));
    const text = pdfText(bytes, { layout: true });
    const lines = text.split('\n').map((l) => l.trim());
    const contents = contentsOf(pageTexts(bytes, 2, { layout: true })[1]!, 'Contents').map(([t]) => t);
    expect(contents).toEqual(['Proceedings', file.proceedings.map((p) => `${p.court} — ${p.caseNumber}`)[0], 'Timeline']);
    for (const section of DOSSIER_SECTIONS.filter((s) => s !== 'timeline' && s !== 'proceedings')) {
      expect(lines, SECTION_TITLES[section].en).not.toContain(SECTION_TITLES[section].en);
    }
    expect(lines.indexOf('Proceedings', lines.indexOf('Contents') + 4)).toBeLessThan(lines.lastIndexOf('Timeline'));
    expect(pages).toBeLessThan(render(dossierInput(file, 'internal')).pages);
  });

  it('reports progress after the cover, each section and the last pass, ending at the total', () => {
    const calls: Array<[number, number]> = [];
    renderDossier(dossierInput(file, 'court', { sections: ['profile', 'sources', 'exhibits'] }), FONTS, (done, total) => calls.push([done, total]));
    expect(calls).toEqual([
      [1, 5],
      [2, 5],
      [3, 5],
      [4, 5],
      [5, 5],
    ]);
  });
});

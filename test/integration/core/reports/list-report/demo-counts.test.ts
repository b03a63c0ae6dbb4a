import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { filterCaseForAudience, type Audience } from '../../../../../shared/reports';
import { vocabularyLabel } from '../../../../../shared/vocabularies';
import { flat, pagePixels, pagesOf, pdfText } from '../../../../helpers/pdf-inspect';
import { countColour, demoFiles, escapeRegExp, renderReport, savePagePng } from './list-report-harness';

/**
 * The list report of the demo vault (the 40 cases `habeas demo` writes) prints the right numbers:
 * every count in it is compared with a count made here, by simple code over the same data as the
 * audience sees it, without the report's own functions. Chart pages are saved as PNGs to look at.
 */

const FILES = demoFiles();
const BAR_BLUE = [47, 95, 152] as const;
const MUTED_GREY = [150, 150, 150] as const;
const STATUS_EN: Record<string, string> = { detained: 'Detained', released: 'Released', convicted: 'Convicted', under_investigation: 'Under investigation', other: 'Other' };
const NOT_CATEGORISED = 'Not categorised or category withheld';
const NOT_SHOWN = 'Not recorded or withheld';

interface Expected {
  total: number;
  status: Map<string, number>;
  firstCategory: Map<string, number>;
  anyCategory: Map<string, number>;
  year: Map<string, number>;
  article: Map<string, number>;
  namesWithheld: number;
  /** Group heading → how many of its persons have their name withheld. */
  namesWithheldByGroup: Map<string, number>;
  /** Primary, native and Cyrillic names the audience may see. */
  namesShown: string[];
  /** Every name in the data that the audience may not see. */
  namesHidden: string[];
}

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

/** Counted straight from the audience's view of each case. */
function expectedCounts(audience: Audience): Expected {
  const e: Expected = { total: 0, status: new Map(), firstCategory: new Map(), anyCategory: new Map(), year: new Map(), article: new Map(), namesWithheld: 0, namesWithheldByGroup: new Map(), namesShown: [], namesHidden: [] };
  for (const full of FILES) {
    const file = filterCaseForAudience(full, audience).file;
    e.total++;
    bump(e.status, STATUS_EN[file.status] ?? '?');
    const categories = file.person.categories;
    const group = categories[0] === undefined ? NOT_CATEGORISED : vocabularyLabel('profile_category', categories[0], 'en');
    bump(e.firstCategory, group);
    for (const c of new Set(categories)) bump(e.anyCategory, vocabularyLabel('profile_category', c, 'en'));
    // The latest arrest; stored dates here are YYYY, YYYY-MM or YYYY-MM-DD with an optional ~ ? %.
    const arrests = file.detentions.map((d) => d.arrestedOn?.replace(/[~?%]/g, '')).filter((d): d is string => d !== undefined).sort();
    bump(e.year, arrests.length === 0 ? NOT_SHOWN : (arrests.at(-1) as string).slice(0, 4));
    const keys = new Set<string>();
    for (const p of file.proceedings) for (const c of p.charges) keys.add(`${c.article.jurisdiction}/${c.article.code}/${c.article.version}|${c.article.article}`);
    for (const key of keys) {
      const [version, article] = key.split('|') as [string, string];
      if (version === 'AZ/criminal/1999') bump(e.article, article);
      else if (version.startsWith('AZ/administrative/')) bump(e.article, `${article} (CAO ${version.slice('AZ/administrative/'.length)})`);
      else throw new Error(`the demo data has a code this test does not expect: ${version}`);
    }
    if (!file.person.names.some((n) => n.use === 'primary')) {
      e.namesWithheld++;
      bump(e.namesWithheldByGroup, group);
    }
    const seen = new Set(file.person.names.map((n) => n.full));
    for (const name of full.person.names) {
      if (!seen.has(name.full)) e.namesHidden.push(name.full);
      else if (name.use === 'primary' || name.use === 'native' || name.script === 'cyrillic') e.namesShown.push(name.full);
    }
  }
  return e;
}

/** Rows of the table whose header line matches `header`, up to the "Total" row or the end. */
function tableRows(text: string, header: RegExp, row: RegExp): Array<RegExpExecArray> {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => header.test(l));
  expect(start, `table header ${header}`).toBeGreaterThanOrEqual(0);
  const rows: RegExpExecArray[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^\s*Total\s/.test(line)) break;
    const m = row.exec(line);
    if (m) rows.push(m);
  }
  return rows;
}

const asMap = (rows: Array<RegExpExecArray>, value = 2) => new Map(rows.map((m) => [(m[1] ?? '').trim(), Number(m[value])]));

function readReport(audience: Audience) {
  const rendered = renderReport(FILES, { audience, lang: 'en' });
  const text = pdfText(rendered.bytes, { layout: true });
  // In reading order, a name wrapped inside a table cell comes out whole once whitespace is collapsed.
  const flatText = flat(pdfText(rendered.bytes));
  const pages = pagesOf(text);
  const statsPage = pages.findIndex((p) => /^Statistics$/m.test(p));
  const listPage = pages.findIndex((p) => /^List$/m.test(p));
  expect(listPage).toBeGreaterThan(0);
  expect(statsPage).toBeGreaterThan(listPage);
  return { rendered, text, flatText, pages, cover: pages[0] ?? '', list: pages.slice(listPage, statsPage).join('\n'), stats: pages.slice(statsPage).join('\n'), statsPage };
}

describe.each(['internal', 'public'] as const)('list report of the demo vault, %s audience', (audience) => {
  const expected = expectedCounts(audience);
  const report = readReport(audience);

  it('prints the total on the cover and numbers every person once, 1 to the total', () => {
    expect(expected.total).toBe(40);
    expect(report.rendered.selected).toBe(40);
    expect(/Cases in this report\s+(\d+)/.exec(report.cover)?.[1]).toBe('40');
    const numbers = [...report.list.matchAll(/^\s{0,3}(\d+) +\S/gm)].map((m) => Number(m[1]));
    expect(numbers).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(/^\s*Total\s+(\d+)/m.exec(report.stats)?.[1]).toBe('40');
  });

  it('prints each category group with its count, as counted from the data', () => {
    const headings = new Map([...report.list.matchAll(/^(\S.*) \((\d+) cases?\)$/gm)].map((m) => [m[1] ?? '', Number(m[2])]));
    expect(headings).toEqual(expected.firstCategory);
    const rows = tableRows(report.stats, /Profile category\s+Listed under/, /^\s{0,8}(\S.*?)\s{2,}(\d+)(?:\s{2,}(\d+))?\s*$/);
    expect(asMap(rows)).toEqual(expected.firstCategory);
    const any = new Map(rows.filter((m) => m[3] !== undefined).map((m) => [(m[1] ?? '').trim(), Number(m[3])]));
    expect(any).toEqual(expected.anyCategory);
  });

  it('prints the counts by status', () => {
    expect(asMap(tableRows(report.stats, /Status\s+Cases\s+Share/, /^\s{0,8}(\S.*?)\s{2,}(\d+)\s{2,}[\d.]+%\s*$/))).toEqual(expected.status);
  });

  it('prints the counts by year of arrest (and how many dates it may not show)', () => {
    const rows = tableRows(report.stats, /Year of arrest\s+Cases\s+Share/, /^\s{0,8}(\d{4}|Not recorded or withheld)\s{2,}(\d+)\s{2,}[\d.]+%\s*$/);
    expect(asMap(rows)).toEqual(expected.year);
    const notShown = expected.year.get(NOT_SHOWN) ?? 0;
    const dated = [...expected.year].filter(([year]) => year !== NOT_SHOWN).reduce((sum, [, n]) => sum + n, 0);
    expect(dated + notShown).toBe(40);
    if (audience === 'public') {
      // Arrest dates are restricted unless marked public (the demo publishes those of its public
      // figures): the public list counts the published ones by year and says how many it cannot show.
      expect(dated).toBeGreaterThan(0);
      expect(notShown).toBeGreaterThan(0);
      expect(report.stats).toMatch(new RegExp(`Not in the figure: ${notShown} cases whose arrest date is not recorded or is\\s+withheld`));
    } else {
      expect(notShown).toBe(0);
      expect(report.stats).not.toContain('Not in the figure:');
    }
  });

  it('prints the counts by article, every article', () => {
    const rows = tableRows(report.stats, /^\s*Article\s+Cases\s+Title/, /^\s{0,8}(\d[\d.-]*(?: \(CAO \d{4}\))?)\s{2,}(\d+)\b/);
    expect(asMap(rows)).toEqual(expected.article);
    expect(expected.article.size).toBeGreaterThan(15);
  });

  it('withholds names the audience may not see, and says how many', () => {
    const rows = [...report.list.matchAll(/^\s{0,3}\d+ (\S.*?)(?:\s{2,}|$)/gm)].map((m) => m[1]);
    expect(rows.filter((cell) => cell === 'withheld')).toHaveLength(expected.namesWithheld);
    if (audience === 'internal') {
      expect(expected.namesWithheld).toBe(0);
      expect(expected.namesHidden).toEqual([]);
      expect(report.text).toContain('No names are withheld for this audience.');
    } else {
      // The demo publishes the names of four persons in five; every fifth stays restricted.
      expect(expected.namesWithheld).toBe(8);
      expect(FILES.length - expected.namesWithheld).toBe(32);
      expect(report.text).toMatch(new RegExp(`Names withheld for this audience: ${expected.namesWithheld} of 40\\.`));
      expect(report.text).not.toContain('No names are withheld');
      // Every withheld person still has a name in the data, and none of it is printed.
      expect(expected.namesHidden.length).toBeGreaterThanOrEqual(expected.namesWithheld * 3);
      for (const name of expected.namesHidden) expect(report.flatText, name).not.toContain(name);
    }
    expect(expected.namesShown.length).toBeGreaterThanOrEqual(2 * (40 - expected.namesWithheld));
    for (const name of expected.namesShown) expect(report.flatText, name).toContain(name);
  });

  it('lists withheld names last in each group, as many as the data has', () => {
    const groups = report.list.split(/^(?=\S.* \(\d+ cases?\)$)/m).slice(1);
    expect(groups).toHaveLength(expected.firstCategory.size);
    const withheldByGroup = new Map<string, number>();
    for (const group of groups) {
      const heading = /^(\S.*) \(\d+ cases?\)$/m.exec(group)?.[1] ?? '';
      const cells = [...group.matchAll(/^\s{0,3}\d+ (\S.*?)(?:\s{2,}|$)/gm)].map((m) => m[1]);
      expect(cells, heading).toHaveLength(expected.firstCategory.get(heading) ?? -1);
      const firstWithheld = cells.indexOf('withheld');
      if (firstWithheld < 0) continue;
      expect(cells.slice(firstWithheld).every((cell) => cell === 'withheld'), `${heading}: named rows after a withheld one`).toBe(true);
      withheldByGroup.set(heading, cells.length - firstWithheld);
    }
    expect(withheldByGroup).toEqual(expected.namesWithheldByGroup);
  });

  it('draws the charts, titled, with bars', () => {
    // Both audiences see arrest dates (a public list, those published), so both have the year chart.
    const figures = ['Figure 1. Cases by year of arrest', 'Figure 2. Cases by first profile category', 'Figure 3. Cases by article charged (top 15)'];
    for (const figure of figures) {
      const page = report.pages.findIndex((p) => p.includes(figure)) + 1;
      expect(page, figure).toBeGreaterThan(report.statsPage);
      const slug = figure.slice(0, 8).replace(/\W+/g, '-').toLowerCase();
      const png = savePagePng(report.rendered.bytes, page, `demo-${audience}-en-${slug}`);
      expect(statSync(png).size).toBeGreaterThan(5_000);
      const pixels = pagePixels(report.rendered.bytes, page);
      expect(countColour(pixels, BAR_BLUE), `${figure}: blue bars`).toBeGreaterThan(150);
      const pageText = report.pages[page - 1] ?? '';
      expect(pageText).toContain('Number of cases');
      if (figure.startsWith('Figure 3')) {
        // Fifteen named articles and one grey bar for the rest.
        expect(pageText).toMatch(/Other articles \(\d+\)/);
        expect(countColour(pixels, MUTED_GREY, 6)).toBeGreaterThan(20);
      }
      if (figure.startsWith('Figure 1')) {
        const years = [...expected.year.keys()].filter((year) => year !== NOT_SHOWN).map(Number);
        expect(years.length, 'years to chart').toBeGreaterThan(0);
        const chartPart = pageText.slice(0, pageText.indexOf('Year of arrest      '));
        for (let y = Math.min(...years); y <= Math.max(...years); y++) expect(chartPart, `year ${y} on the axis`).toMatch(new RegExp(`\\b${y}\\b`));
      }
    }
    // The first page of the list, to look at too.
    const listPage = report.pages.findIndex((p) => /^List$/m.test(p)) + 1;
    savePagePng(report.rendered.bytes, listPage, `demo-${audience}-en-list`);
    savePagePng(report.rendered.bytes, 1, `demo-${audience}-en-cover`);
  });

  it('lists every category group under a heading also in the contents', () => {
    const contents = report.pages[1] ?? '';
    for (const [label, count] of expected.firstCategory) expect(contents).toMatch(new RegExp(`${escapeRegExp(label)} \\(${count} cases?\\)\\s+\\d+`));
  });
});

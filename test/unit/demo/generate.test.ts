import { describe, expect, it } from 'vitest';
import { caseFileSpec, CaseFile, type CaseFile as CaseFileType } from '../../../shared/case-model';
import type { FieldSpec } from '../../../shared/case-model/fields';
import { AZ_CRIMINAL_1999, bundledCatalogue, findArticle } from '../../../shared/catalogue';
import { dateRange } from '../../../shared/domain/dates';
import {
  DEMO_AS_OF,
  DEMO_CASE_GROUP,
  DEMO_REFERENCE_PREFIX,
  DEMO_TITLE_PREFIX,
  FULL_COVERAGE_MIN_CASES,
  generateCase,
  generateCases,
} from '../../../electron/main/core/demo/generate';
import { CHARGE_PACKAGES } from '../../../electron/main/core/demo/reference-data';
import { foldName, isRealName, REAL_NAMES_NEVER_GENERATED } from '../../../electron/main/core/demo/names';
import { filledPaths, specPaths } from './spec-coverage';

const FULL = generateCases({ count: 40, seed: 2014, fill: 'full' });
const TYPICAL = generateCases({ count: 500, seed: 7, fill: 'typical' });
const EDTF = /^(\d{4}(-\d\d){0,2}[~?%]?|\.\.)(\/(\d{4}(-\d\d){0,2}[~?%]?|\.\.))?$/;
const SECTIONS = ['organisations', 'detentions', 'proceedings', 'incidents', 'assessments', 'recognitions', 'interventions', 'sources', 'notes'] as const;

describe('generateCases: determinism', () => {
  it('gives the same JSON for the same seed, ids included', () => {
    for (const fill of ['full', 'typical'] as const) {
      const a = JSON.stringify(generateCases({ count: 60, seed: 99, fill }));
      const b = JSON.stringify(generateCases({ count: 60, seed: 99, fill }));
      expect(a).toBe(b);
    }
  });

  it('gives different cases (and ids) for a different seed', () => {
    const a = generateCases({ count: 20, seed: 1, fill: 'typical' });
    const b = generateCases({ count: 20, seed: 2, fill: 'typical' });
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(b));
    const idsA = new Set(a.map((c) => c.id));
    expect(b.some((c) => idsA.has(c.id))).toBe(false);
    // Large and negative seeds are distinct seeds too.
    expect(generateCase(0, { seed: 2 ** 40 + 1, fill: 'full' }).id).not.toBe(generateCase(0, { seed: 1, fill: 'full' }).id);
    expect(generateCase(0, { seed: -1, fill: 'full' }).id).not.toBe(generateCase(0, { seed: 1, fill: 'full' }).id);
  });

  it('makes case i independent of how many cases are asked for', () => {
    const few = generateCases({ count: 5, seed: 3, fill: 'full' });
    const many = generateCases({ count: 30, seed: 3, fill: 'full' });
    expect(many.slice(0, 5)).toEqual(few);
    expect(generateCase(17, { seed: 3, fill: 'full' })).toEqual(many[17]);
  });

  it('refuses nonsense options', () => {
    expect(() => generateCases({ count: -1, seed: 1, fill: 'full' })).toThrow(RangeError);
    expect(() => generateCases({ count: 1.5, seed: 1, fill: 'full' })).toThrow(RangeError);
    expect(() => generateCases({ count: 1, seed: Number.NaN, fill: 'full' })).toThrow(RangeError);
    expect(() => generateCases({ count: 1, seed: 1, fill: 'sparse' as 'full' })).toThrow(RangeError);
  });
});

describe('generateCases: validity', () => {
  it('generates 10,000 typical cases, every one accepted by CaseFile.parse, in a few seconds', () => {
    const started = performance.now();
    const cases = generateCases({ count: 10_000, seed: 20_140_810, fill: 'typical' });
    const generatedMs = performance.now() - started;
    const ids = new Set<string>();
    const failures: string[] = [];
    for (const file of cases) {
      const parsed = CaseFile.safeParse(file);
      if (!parsed.success && failures.length < 5) failures.push(`${file.reference}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      ids.add(file.id);
    }
    const parsedMs = performance.now() - started - generatedMs;
    console.info(`demo generator: 10,000 typical cases generated in ${Math.round(generatedMs)} ms, parsed in ${Math.round(parsedMs)} ms (${Math.round(JSON.stringify(cases).length / 1e6)} MB of JSON)`);
    expect(failures).toEqual([]);
    expect(ids.size).toBe(10_000);
    // "A few seconds" on a developer machine; the bound is loose because CI machines are shared.
    expect(generatedMs).toBeLessThan(30_000);
  }, 300_000);

  it('writes every full case as the schema would print it: parsing changes nothing', () => {
    for (const file of FULL) expect(JSON.parse(JSON.stringify(CaseFile.parse(file)))).toEqual(JSON.parse(JSON.stringify(file)));
  });

  it('keeps every date on or before DEMO_AS_OF except deadlines, due dates and the end of a running remand', () => {
    const future: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (Array.isArray(value)) value.forEach((v) => walk(v, `${path}[]`));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
      else if (typeof value === 'string' && EDTF.test(value) && !/\.(due|dueOn|until)$/.test(path)) {
        if (dateRange(value as never).earliest > DEMO_AS_OF) future.push(`${path}=${value}`);
      }
    };
    for (const file of [...FULL, ...TYPICAL]) walk(file, '');
    expect(future).toEqual([]);
  });
});

describe("generateCases: 'full'", () => {
  it('fills every section of every case', () => {
    for (const file of FULL) {
      for (const section of SECTIONS) expect(file[section].length, `${file.reference} ${section}`).toBeGreaterThan(0);
      expect(file.person.affiliations.length).toBeGreaterThan(0);
      expect(file.person.familyContacts.length).toBeGreaterThan(0);
    }
  });

  it(`fills every field the specs describe in at least one case of a set of ${FULL_COVERAGE_MIN_CASES}`, () => {
    // Links to exhibits point at evidence items, which the case file does not hold (yet): a
    // generated link would dangle, so those are the only fields left empty.
    const exhibitLinks = (spec: FieldSpec) => spec.input === 'links' && spec.target === 'exhibits';
    const all = specPaths(caseFileSpec);
    const expectedEmpty = new Set(all.filter((path) => exhibitLinks(specAt(path))));
    expect('exhibits' in caseFileSpec.fields).toBe(false);
    for (const set of [FULL, generateCases({ count: FULL_COVERAGE_MIN_CASES, seed: 5, fill: 'full' })]) {
      const filled = new Set<string>();
      for (const file of set) filledPaths(caseFileSpec, file, filled);
      const unfilled = all.filter((path) => !filled.has(path) && !expectedEmpty.has(path));
      expect(unfilled).toEqual([]);
    }
  });

  it('uses every date precision the model stores: day, month, year, approximate, uncertain, both, range', () => {
    const dates = JSON.stringify(FULL).match(/"\d{4}(?:-\d\d){0,2}[~?%]?(?:\/\d{4}(?:-\d\d){0,2}[~?%]?)?"/g) ?? [];
    const shapes = new Set(dates.map((d) => d.replace(/\d/g, '9')));
    for (const shape of ['"9999-99-99"', '"9999-99"', '"9999"', '"9999-99-99~"', '"9999-99-99?"', '"9999-99-99%"', '"9999-99-99/9999-99-99"']) expect(shapes).toContain(shape);
  });

  it('covers every profile category, and both detained and released people', () => {
    expect(new Set(FULL.map((f) => f.person.categories[0])).size).toBe(13);
    expect(new Set(FULL.map((f) => f.status))).toEqual(new Set(['detained', 'released', 'convicted', 'under_investigation', 'other']));
  });
});

describe('generateCases: fictional and marked so', () => {
  it('marks every case: DEMO- reference, "Synthetic demo case —" title and summary, the demo case group', () => {
    for (const file of [...FULL, ...TYPICAL]) {
      expect(file.reference?.startsWith(DEMO_REFERENCE_PREFIX)).toBe(true);
      expect(file.title?.startsWith('Synthetic demo case —')).toBe(true);
      expect(file.title?.startsWith(DEMO_TITLE_PREFIX)).toBe(true);
      expect(file.summary?.startsWith('Synthetic demo case —')).toBe(true);
      expect(file.caseGroups).toContain(DEMO_CASE_GROUP);
    }
    expect(new Set(FULL.map((f) => f.reference)).size).toBe(FULL.length);
  });

  it('names every person in Azerbaijani Latin, Cyrillic and English', () => {
    for (const file of [...FULL, ...TYPICAL]) {
      const names = file.person.names;
      const primary = names.find((n) => n.use === 'primary');
      const native = names.find((n) => n.use === 'native');
      const cyrillic = names.find((n) => n.script === 'cyrillic');
      expect(primary?.full).toMatch(/^[A-Za-z]+(?: [A-Za-z]+)+$/);
      expect(native?.script).toBe('latin');
      expect(native?.patronymic).toMatch(/ (oğlu|qızı)$/);
      expect(cyrillic?.full).toMatch(/^[\u0400-\u04FF ]+$/);
      expect(cyrillic?.patronymic).toMatch(/ (оглы|кызы)$/);
      expect(file.title).toContain(primary?.full);
    }
    const native = FULL.concat(TYPICAL).map((f) => f.person.names.find((n) => n.use === 'native')?.full ?? '').join(' ');
    expect(['ə', 'ğ', 'ı', 'ş', 'ç', 'ö', 'ü', 'İ', 'Ə', 'Ş', 'Ç', 'Ö', 'Ü'].filter((letter) => !native.includes(letter))).toEqual([]);
  });

  it('transliterates the usual way: Əliyev / Алиев / Aliyev, Məmmədov / Мамедов / Mammadov, Hüseynov / Гусейнов / Huseynov', () => {
    const triples = new Set<string>();
    for (const file of [...FULL, ...TYPICAL]) {
      const names = file.person.names;
      const az = names.find((n) => n.use === 'native')?.family;
      const ru = names.find((n) => n.script === 'cyrillic')?.family;
      const en = names.find((n) => n.use === 'primary')?.family;
      triples.add(`${az}/${ru}/${en}`);
    }
    for (const t of ['Əliyev/Алиев/Aliyev', 'Məmmədov/Мамедов/Mammadov', 'Hüseynov/Гусейнов/Huseynov', 'Əliyeva/Алиева/Aliyeva', 'Quliyev/Гулиев/Guliyev']) expect(triples).toContain(t);
  });

  it('never produces the names of real people (checked in every script the names are written in)', () => {
    for (const real of ['Intiqam Əliyev', 'Leyla Yunus', 'Anar Məmmədli', 'Rasul Cəfərov', 'Xədicə İsmayılova']) {
      expect(REAL_NAMES_NEVER_GENERATED.map(foldName)).toContain(foldName(real));
    }
    const sample = [...FULL, ...TYPICAL, ...generateCases({ count: 3000, seed: 11, fill: 'typical' })];
    // Every name anywhere in the files (people, relatives, judges, lawyers, co-defendants…), as words.
    const folded = ` ${foldName(JSON.stringify(sample).replace(/[^\p{L} ]+/gu, ' '))} `;
    const latin = [...REAL_NAMES_NEVER_GENERATED, 'Intigam Aliyev', 'Leyla Yunus', 'Rasul Jafarov', 'Khadija Ismayilova', 'Anar Mammadli'];
    expect(latin.filter((real) => folded.includes(` ${foldName(real)} `))).toEqual([]);
    const text = JSON.stringify(sample);
    expect(['Интигам Алиев', 'Лейла Юнус', 'Анар Мамедли', 'Расул Джафаров', 'Хадиджа Исмайлова'].filter((real) => text.includes(real))).toEqual([]);
    const parts = sample.flatMap((file) => file.person.names.filter((n) => n.given && n.family && isRealName(n.given, n.family)).map((n) => n.full));
    expect(parts).toEqual([]);
  }, 120_000);
});

describe('generateCases: charges', () => {
  it('charges only articles in the bundled catalogue, or marks them as entered (uncatalogued)', () => {
    const catalogue = bundledCatalogue();
    let uncatalogued = 0;
    for (const file of [...FULL, ...TYPICAL]) {
      for (const charge of file.proceedings.flatMap((p) => p.charges)) {
        const found = findArticle(catalogue, charge.article, charge.article.article);
        if (found?.match === 'exact') expect(charge.article.asEntered).toBeUndefined();
        else {
          uncatalogued += 1;
          expect(charge.article.asEntered, `${file.reference} ${charge.article.article}`).toBeDefined();
        }
      }
    }
    expect(uncatalogued).toBeGreaterThan(0);
    for (const pkg of Object.values(CHARGE_PACKAGES).flat()) {
      for (const ref of [...pkg.refs, ...(pkg.later ?? [])]) expect(findArticle(catalogue, AZ_CRIMINAL_1999, ref)?.match, ref).toBe('exact');
    }
  });

  it('keeps articles within the years they existed (315.2 repealed in 2020; 167-2 from 2011)', () => {
    for (const file of [...FULL, ...TYPICAL]) {
      for (const charge of file.proceedings.flatMap((p) => p.charges)) {
        if (charge.broughtOn === undefined) continue;
        const when = dateRange(charge.broughtOn).earliest;
        if (charge.article.article === '315.2') expect(when < '2020-05-01', `${file.reference}`).toBe(true);
        if (charge.article.article.startsWith('167-2')) expect(when >= '2011-12-01', `${file.reference}`).toBe(true);
      }
    }
  });

  it('weights charges like the 2014 list: public-order, drug and weapons articles lead', () => {
    const counts = new Map<string, number>();
    for (const file of TYPICAL) for (const c of file.proceedings.flatMap((p) => p.charges)) if (c.article.code === 'criminal') counts.set(c.article.article, (counts.get(c.article.article) ?? 0) + 1);
    const top = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([ref]) => ref);
    expect(top).toEqual(expect.arrayContaining(['233', '234.4.3']));
    expect(top.some((ref) => ref === '315.2' || ref === '220.1' || ref === '228.1' || ref === '234.1')).toBe(true);
  });

  it("typical files are realistic: sparse ones and detailed ones, several entities each", () => {
    const sizes = TYPICAL.map((f) => JSON.stringify(f).length).sort((a, b) => a - b);
    const entities = (f: CaseFileType) => f.detentions.length + f.proceedings.reduce((n, p) => n + 1 + p.charges.length + p.hearings.length + p.sentences.length, 0) + f.sources.length + f.incidents.length + f.assessments.length + f.recognitions.length + f.interventions.length + f.notes.length;
    for (const file of TYPICAL) {
      expect(file.detentions.length).toBeGreaterThan(0);
      expect(file.proceedings.at(-1)?.charges.length).toBeGreaterThan(0);
      expect(file.sources.length).toBeGreaterThan(0);
      expect(entities(file)).toBeGreaterThanOrEqual(5);
    }
    expect(sizes[Math.floor(sizes.length * 0.9)]!).toBeGreaterThan(2 * sizes[Math.floor(sizes.length * 0.1)]!);
  });
});

/** The field spec at a path such as `proceedings[].hearings[].exhibitIds`. */
function specAt(path: string): FieldSpec {
  let fields = caseFileSpec.fields as Readonly<Record<string, FieldSpec>>;
  let spec: FieldSpec | undefined;
  for (const part of path.split('.')) {
    spec = fields[part.replace('[]', '')];
    if (!spec) throw new Error(`no spec at ${path}`);
    if (spec.input === 'entity' || spec.input === 'entities') fields = spec.entity.fields as Readonly<Record<string, FieldSpec>>;
    else if (spec.input === 'group') fields = spec.fields;
  }
  return spec as FieldSpec;
}

/**
 * The text of a dossier as a reader's tools get it (pdftotext): names in Azerbaijani Latin,
 * Cyrillic and English exactly as recorded, the titles of the charged articles from the catalogue,
 * and labels in the language asked for while the data stays as written.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../../../shared/case-model';
import { bundledCatalogue, findArticle } from '../../../../../shared/catalogue';
import { formatFuzzyDate } from '../../../../../shared/domain/dates';
import { flat, pdfText } from '../../../../helpers/pdf-inspect';
import { AZ_LETTERS, NAMES, dossierInput, render, richCase } from './dossier-harness';

const file = richCase();
const charges = file.proceedings.flatMap((p) => p.charges);

/** The catalogue's title of a charged article in `lang` (the tests need it to exist to mean anything). */
function catalogueTitle(ref: (typeof charges)[number]['article'], lang: 'en' | 'az' | 'ru'): string {
  const found = findArticle(bundledCatalogue(), ref, ref.article);
  const title = found?.match === 'exact' ? found.article.titles?.[lang]?.text : undefined;
  if (title === undefined) throw new Error(`the fixture's article ${ref.article} has no ${lang} title in the catalogue`);
  return title;
}

describe('dossier text', () => {
  const internal = render(dossierInput(file, 'internal'));
  const layout = pdfText(internal.bytes, { layout: true });

  it('the fixture proves every Azerbaijani letter, Cyrillic and a requalified charge', () => {
    const all = Object.values(NAMES).join(' ');
    for (const letter of AZ_LETTERS) expect(all, letter).toContain(letter);
    expect(NAMES.cyrillic).toMatch(/^[\u0400-\u04FF ]+$/);
    expect(charges.length).toBeGreaterThanOrEqual(2);
  });

  it('reproduces every name exactly, in every script', () => {
    const lines = layout.split('\n').map((l) => l.trim());
    for (const name of Object.values(NAMES)) {
      // A line that starts with the name: the names table puts its use and script beside it.
      expect(
        lines.some((l) => l === name || l.startsWith(`${name} `)),
        name,
      ).toBe(true);
    }
    // The cover: primary name, then the native-script and Cyrillic forms.
    const cover = pdfText(internal.bytes, { page: 1, layout: true });
    const order = [NAMES.primary, NAMES.native, NAMES.cyrillic].map((n) => cover.indexOf(n));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('gives each charge its article number and the catalogue title, whole', () => {
    const reading = flat(pdfText(internal.bytes));
    for (const charge of charges) {
      expect(reading).toContain(`${charge.article.article} ${catalogueTitle(charge.article, 'en')}`);
    }
    // English titles are translations: the dossier says so.
    expect(reading).toContain('* Unofficial translation of the title; the Azerbaijani text is authoritative.');
  });

  it('prints the official Azerbaijani title, unmarked, in an Azerbaijani dossier', () => {
    const az = flat(pdfText(render(dossierInput(file, 'internal', { lang: 'az' })).bytes));
    for (const charge of charges) expect(az).toContain(`${charge.article.article} ${catalogueTitle(charge.article, 'az')}`);
    expect(az).not.toContain('Başlığın qeyri-rəsmi tərcüməsi');
  });

  it('labels an Azerbaijani dossier in Azerbaijani and a Russian one in Russian, the data as written', () => {
    const az = render(dossierInput(file, 'internal', { lang: 'az' }));
    const ru = render(dossierInput(file, 'internal', { lang: 'ru' }));
    const azText = pdfText(az.bytes, { layout: true });
    const ruText = pdfText(ru.bytes, { layout: true });
    expect(pdfText(az.bytes, { page: 2, layout: true })).toContain('Mündəricat');
    expect(pdfText(ru.bytes, { page: 2, layout: true })).toContain('Содержание');
    expect(azText).toContain('Həbs və saxlanma yerləri');
    expect(ruText).toContain('Задержание и места содержания');
    expect(azText).toContain(`Səhifə 1 / ${az.pages}`);
    expect(ruText).toContain(`Страница 1 из ${ru.pages}`);
    // The date of generation is spelt in the language, in UTC.
    expect(azText).toContain('27 noyabr 2026, 12:00 UTC');
    expect(ruText).toContain('27 ноября 2026, 12:00 UTC');
    // No English section title or label left behind…
    for (const english of ['Detention and placements', 'Contents', 'Page 1 of', 'Nothing recorded']) {
      expect(azText, english).not.toContain(english);
      expect(ruText, english).not.toContain(english);
    }
    // …while the names stay as recorded.
    expect(ruText).toContain(NAMES.native);
    expect(azText).toContain(NAMES.cyrillic);
  });

  it('spells terms with Russian plurals and the release date computed from the sentence', () => {
    const sentence = file.proceedings[0]?.sentences[0];
    expect(sentence?.term).toEqual({ years: 9, months: 6 });
    const release = buildTimeline(file).find((e) => e.kind === 'expected_release' && e.path.includes(sentence!.id));
    expect(release?.date).toBeDefined();
    const ru = flat(pdfText(render(dossierInput(file, 'internal', { lang: 'ru' })).bytes));
    expect(ru).toContain('9 лет 6 месяцев');
    expect(ru).toContain(formatFuzzyDate(release!.date!, 'ru'));
    expect(flat(layout)).toContain(`Expected release ${formatFuzzyDate(release!.date!, 'en')}`);
  });
});

import { describe, expect, it } from 'vitest';
import { generateCases } from '../../../../../electron/main/core/demo/generate';
import { CaseFile } from '../../../../../shared/case-model';
import { AUDIENCE_PROFILES, AUDIENCES, filterCaseForAudience } from '../../../../../shared/reports';
import { flat, pagesOf, pdfInfo, pdfText } from '../../../../helpers/pdf-inspect';
import { demoFiles, renderReport, savePagePng } from './list-report-harness';

const FILES = demoFiles();

describe('list report text', () => {
  it('reproduces Azerbaijani and Cyrillic names exactly', () => {
    const special = structuredClone(FILES[0]!);
    const [primary, native, cyrillic] = special.person.names;
    primary!.full = 'Əli Ağa İsmayılov';
    native!.full = 'Əli Ağa oğlu İsmayılov — Ğğ Şş Çç Öö Üü Iı İi Əə';
    cyrillic!.full = 'Али Ага оглы Исмайлов — Ёё Йй Щщ Ъъ Ыы Ээ Юю Яя Ғғ Әә Үү Һһ';
    const files = [CaseFile.parse(special), ...FILES.slice(1)];
    const { bytes } = renderReport(files, { audience: 'internal', lang: 'en' });
    const text = flat(pdfText(bytes));
    let checked = 0;
    for (const file of files) {
      for (const name of file.person.names.filter((n) => n.use === 'primary' || n.use === 'native' || n.script === 'cyrillic')) {
        expect(text).toContain(name.full);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(120);
    expect(text).toContain('Əli Ağa oğlu İsmayılov — Ğğ Şş Çç Öö Üü Iı İi Əə');
    expect(text).toContain('Али Ага оглы Исмайлов — Ёё Йй Щщ Ъъ Ыы Ээ Юю Яя Ғғ Әә Үү Һһ');
  });

  it('has Azerbaijani labels in an az report', () => {
    const { bytes } = renderReport(FILES, { audience: 'internal', lang: 'az' });
    const text = flat(pdfText(bytes));
    for (const label of ['Metodologiya', 'Meyarlar', 'Siyahı', 'Statistika', 'Hazırlanma tarixi', 'Səhifə 1 /', 'Jurnalist / bloqer (5 iş)', '31 yanvar 2026, 12:00 UTC', 'Şəkil 1. Tutulma ilinə görə işlər', 'Şəkil 2. İlk profil kateqoriyasına görə işlər', 'Şəkil 3. İttiham maddəsinə görə işlər (ilk 15)', 'İşlərin sayı', '9 il 6 ay', '535.1 (İXM 2015)', 'Məhkum edilib']) {
      expect(text, label).toContain(label);
    }
    for (const english of ['Statistics', 'Figure 1', 'Number of cases', 'years', 'Page 1 of']) expect(text).not.toContain(english);
    const pages = pagesOf(pdfText(bytes, { layout: true }));
    savePagePng(bytes, pages.findIndex((p) => /^Siyahı$/m.test(p)) + 1, 'demo-internal-az-list');
    savePagePng(bytes, pages.findIndex((p) => p.includes('Şəkil 2.')) + 1, 'demo-internal-az-figure-2');
  });

  it('has Russian labels in a ru report', () => {
    const { bytes } = renderReport(FILES, { audience: 'un', lang: 'ru' });
    const text = flat(pdfText(bytes));
    for (const label of ['Методология', 'Критерии', 'Список', 'Статистика', 'Дата составления', 'Страница 1 из', 'Журналист / блогер (5 дел)', 'Правозащитник (1 дело)', '31 января 2026, 12:00 UTC', 'Рис. 2. Дела по первой категории профиля', 'Рис. 3. Дела по статьям обвинения (первые 15)', 'Число дел', '9 лет 6 месяцев', '535.1 (КоАП 2015)', 'Осуждён', 'ОГРАНИЧЕННЫЙ ДОСТУП — обращение в ООН']) {
      expect(text, label).toContain(label);
    }
    for (const english of ['Statistics', 'Figure 2', 'Number of cases', 'years', 'Page 1 of']) expect(text).not.toContain(english);
    const pages = pagesOf(pdfText(bytes, { layout: true }));
    savePagePng(bytes, pages.findIndex((p) => /^Список$/m.test(p)) + 1, 'demo-un-ru-list');
    savePagePng(bytes, pages.findIndex((p) => p.includes('Рис. 3.')) + 1, 'demo-un-ru-figure-3');
  });
});

describe('list report frame', () => {
  it.each(AUDIENCES)('prints the classification banner on every page for non-public audiences (%s)', (audience) => {
    const { bytes, pages } = renderReport(FILES, { audience, lang: 'en' });
    const texts = pagesOf(pdfText(bytes, { layout: true }));
    expect(texts).toHaveLength(pages);
    const banner = AUDIENCE_PROFILES[audience].banner?.en;
    if (banner === undefined) {
      expect(audience).toBe('public');
      for (const other of AUDIENCES.map((a) => AUDIENCE_PROFILES[a].banner?.en).filter((b) => b !== undefined)) for (const page of texts) expect(page).not.toContain(other);
    } else {
      texts.forEach((page, i) => expect(page, `page ${i + 1}`).toContain(banner));
    }
    texts.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pages}`));
  });

  it('gives identical bytes for the same input, and different bytes for another date', () => {
    const first = renderReport(FILES, { audience: 'court', lang: 'ru', filters: { statuses: ['detained', 'convicted'] } });
    const second = renderReport(structuredClone(FILES), { audience: 'court', lang: 'ru', filters: { statuses: ['detained', 'convicted'] } });
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    const later = renderReport(FILES, { audience: 'court', lang: 'ru', filters: { statuses: ['detained', 'convicted'] } }, { generatedAt: '2026-02-01T12:00:00Z' });
    expect(Buffer.from(later.bytes).equals(Buffer.from(first.bytes))).toBe(false);
  });

  it('uses the given title on the cover and in the metadata, else a default', () => {
    const titled = renderReport(FILES.slice(0, 3), { audience: 'public', lang: 'en', title: 'Siyasi məhbusların siyahısı — 2026' });
    expect(pagesOf(pdfText(titled.bytes, { layout: true }))[0]).toContain('Siyasi məhbusların siyahısı — 2026');
    expect(pdfInfo(titled.bytes).Title).toBe('Siyasi məhbusların siyahısı — 2026');
    const plain = renderReport(FILES.slice(0, 3), { audience: 'public', lang: 'en' });
    expect(pdfInfo(plain.bytes).Title).toBe('List of cases');
  });
});

describe('list report edge cases', () => {
  it('says clearly that no case matched, without failing, when the selection is empty', () => {
    const calls: Array<[number, number]> = [];
    const { bytes, pages, selected } = renderReport(FILES, { audience: 'public', lang: 'en', filters: { statuses: ['other'], categories: ['trade_unionist'], articles: ['234'] } }, { onProgress: (d, t) => calls.push([d, t]) });
    expect(selected).toBe(0);
    const text = pdfText(bytes, { layout: true });
    expect(flat(text)).toContain('No cases matched the filters of this report.');
    expect(text).toMatch(/Cases in this report\s+0/);
    expect(flat(text)).toContain('No statistics: the report lists no cases.');
    expect(text).toMatch(/Status\s+Other/);
    expect(text).toMatch(/Profile category\s+Trade unionist/);
    expect(text).toMatch(/Article charged\s+234 \(any code version, with its parts\)/);
    expect(text).not.toContain('Figure');
    expect(pages).toBe(5);
    expect(calls).toEqual([[0, 0]]);
  });

  it('lists persons whose category is withheld under "Not categorised" and says how many', () => {
    const hidden = structuredClone(FILES[0]!);
    hidden.person.sensitivity = { ...hidden.person.sensitivity, categories: 'confidential' };
    const files = [CaseFile.parse(hidden), ...FILES.slice(1, 10)];
    const publicText = pdfText(renderReport(files, { audience: 'public', lang: 'en' }).bytes, { layout: true });
    expect(publicText).toMatch(/^Not categorised or category withheld \(1 case\)$/m);
    expect(flat(publicText)).toContain('Profile categories withheld: 1.');
    const internalText = pdfText(renderReport(files, { audience: 'internal', lang: 'en' }).bytes, { layout: true });
    expect(internalText).not.toContain('Not categorised or category withheld (');
    expect(flat(internalText)).not.toContain('Profile categories withheld');
  });

  it('lists a person withheld whole (names, categories and all) as a withheld row, under "Not categorised"', () => {
    const hidden = structuredClone(FILES[0]!);
    hidden.sensitivity = { ...hidden.sensitivity, person: 'confidential' };
    const files = [CaseFile.parse(hidden), ...FILES.slice(1, 10)];
    const { bytes, selected } = renderReport(files, { audience: 'public', lang: 'en' });
    expect(selected).toBe(10);
    const layout = pdfText(bytes, { layout: true });
    const text = flat(pdfText(bytes));
    expect(layout).toMatch(/^Not categorised or category withheld \(1 case\)$/m);
    expect(layout).toMatch(/^\s{0,3}\d+ withheld\s/m);
    expect(text).toContain('Profile categories withheld: 1.');
    const namesWithheld = files.filter((f) => !filterCaseForAudience(f, 'public').file.person.names.some((n) => n.use === 'primary')).length;
    expect(namesWithheld).toBeGreaterThan(1);
    expect(text).toContain(`Names withheld for this audience: ${namesWithheld} of 10.`);
    expect(hidden.person.names.length).toBeGreaterThanOrEqual(3);
    for (const name of hidden.person.names) expect(text, name.full).not.toContain(name.full);
    // Seen in full, the same person is named.
    const internal = flat(pdfText(renderReport(files, { audience: 'internal', lang: 'en' }).bytes));
    for (const name of hidden.person.names.filter((n) => n.use === 'primary' || n.use === 'native')) expect(internal).toContain(name.full);
  });

  it('reports progress while laying out a long list, ending at the total', () => {
    const files = generateCases({ count: 130, seed: 7, fill: 'typical' }).map((f) => CaseFile.parse(f));
    const calls: Array<[number, number]> = [];
    renderReport(files, { audience: 'internal', lang: 'en' }, { onProgress: (d, t) => calls.push([d, t]) });
    expect(calls.length).toBeGreaterThanOrEqual(5);
    expect(calls.at(-1)).toEqual([130, 130]);
    for (let i = 1; i < calls.length; i++) expect(calls[i]![0]).toBeGreaterThan(calls[i - 1]![0]);
    expect(calls.every(([, t]) => t === 130)).toBe(true);
  });
});

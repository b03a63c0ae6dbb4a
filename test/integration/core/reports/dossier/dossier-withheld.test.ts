/**
 * What a dossier says about what its audience may not see: a withheld name reads "withheld" on
 * the cover and in the PDF's title; removed entries are counted where their list would be; a field
 * kept out of an entry the audience still sees is marked in its place. And what the audience may
 * not see is not there (the canary test in report-hygiene.test.ts checks this across all fields;
 * here the fixture's own values are looked for, section by section).
 */
import { describe, expect, it } from 'vitest';
import { CaseFile } from '../../../../../shared/case-model';
import { newCaseFile } from '../../../../../shared/case-model/new-case';
import { formatFuzzyDate } from '../../../../../shared/domain/dates';
import { flat, pdfInfo, pdfText } from '../../../../helpers/pdf-inspect';
import { NAMES, dossierInput, render, richCase } from './dossier-harness';

const file = richCase();

describe('a public dossier', () => {
  const { bytes } = render(dossierInput(file, 'public'));
  const text = pdfText(bytes, { layout: true });
  const lines = text.split('\n').map((l) => l.trim());

  it('says "withheld" where the name would be, on the cover and in the metadata, and prints no name', () => {
    const cover = pdfText(bytes, { page: 1, layout: true })
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    // Banner-less cover: the title, then the name's place.
    expect(cover.slice(0, 2)).toEqual(['Case dossier', 'withheld']);
    for (const name of Object.values(NAMES)) expect(text, name).not.toContain(name);
    const info = pdfInfo(bytes);
    expect(info.Title).toBe('Case dossier — withheld');
    expect(info.Subject).toBe('Case dossier · Public (advocacy)');
  });

  it('counts the removed names, family contacts, incidents, assessments and interventions', () => {
    expect(lines).toContain(`Names: ${file.person.names.length} entries withheld`);
    expect(lines).toContain(`${file.person.familyContacts.length} entries withheld`);
    // Whole lists the public may not see: each section says how many entries it lost.
    const sectionOf = (title: string) => lines.slice(lines.lastIndexOf(title) + 1).find((l) => l !== '');
    expect(sectionOf('Treatment in custody')).toBe(`${file.incidents.length} entries withheld`);
    expect(sectionOf('PACE assessment')).toBe(`${file.assessments.length} entries withheld`);
    expect(sectionOf('Interventions and remedies')).toBe(`${file.interventions.length} entries withheld`);
    expect(sectionOf('Sources')).toBe(`${file.sources.length} entries withheld`);
    expect(sectionOf('Exhibit index')).toBe('3 entries withheld');
  });

  it('marks a withheld primary field in place and says when a section lost details', () => {
    // The arrest date at its default level (restricted): the detention stays (its placements are
    // public) and its date reads "withheld".
    const copy = JSON.parse(JSON.stringify(file)) as { detentions: Array<{ sensitivity?: unknown }> };
    delete copy.detentions[0]!.sensitivity;
    const atDefaults = pdfText(render(dossierInput(CaseFile.parse(copy), 'public')).bytes, { layout: true });
    expect(flat(atDefaults)).toContain('Arrested on withheld');
    expect(flat(atDefaults)).not.toContain(`Arrested on ${formatFuzzyDate(file.detentions[0]!.arrestedOn!, 'en')}`);
    expect(lines).toContain('Some details in this section are withheld for this audience.');
  });

  it('prints none of the restricted or confidential values it was given', () => {
    const person = file.person;
    const secrets = [
      person.health!,
      person.address!,
      ...person.familyContacts.map((c) => c.name),
      ...file.sources.map((s) => s.name),
      file.detentions[0]!.arrestPlace!,
      file.incidents[0]!.description!,
      file.assessments[0]!.assessor,
      file.notes[0]!.title,
    ];
    const all = flat(text);
    for (const secret of secrets) expect(all, secret).not.toContain(flat(secret));
  });

  it('keeps what is public: the charges, the court and the sentence', () => {
    const proceeding = file.proceedings[0]!;
    expect(lines).toContain(`${proceeding.court} — ${proceeding.caseNumber}`);
    for (const c of proceeding.charges) expect(text).toContain(c.article.article);
    expect(lines.some((l) => l.startsWith('Term') && l.includes('9 years 6 months'))).toBe(true);
  });
});

describe('a court dossier', () => {
  const { bytes } = render(dossierInput(file, 'court'));
  const text = pdfText(bytes, { layout: true });

  it('shows the name but not religion, ethnicity, family or the sources\' names', () => {
    expect(text).toContain(NAMES.primary);
    expect(pdfInfo(bytes).Title).toBe(`Case dossier — ${NAMES.primary}`);
    expect(text).not.toContain(file.person.religion!);
    expect(text).not.toContain(file.person.familyContacts[0]!.name);
    for (const s of file.sources) expect(text, s.name).not.toContain(s.name);
  });

  it('lists a source the court may know of, without its name, and cites it by number', () => {
    // The filter keeps a source whose type and reliability the court may see; its name is withheld.
    expect(text).toContain('Source 1 (name withheld)');
    expect(flat(text)).not.toMatch(/undefined|NaN|\[object Object\]/);
  });

  it('indexes the exhibits with their full SHA-256 but not who handed them over', () => {
    const reading = flat(pdfText(bytes));
    expect(reading).toMatch(/SHA-256 [0-9a-f]{64}\b/);
    expect(reading).toContain('Indictment — İttiham aktı.pdf');
    expect(reading).not.toContain('Defence lawyer, in person');
  });
});

describe('data the filter leaves incomplete', () => {
  it('prints "withheld" for a charge whose article is confidential, and does not fail', () => {
    const copy = JSON.parse(JSON.stringify(file)) as Record<string, unknown> & { proceedings: Array<{ charges: Array<{ sensitivity?: unknown }>; detentionIds?: unknown; sensitivity?: unknown }> };
    copy.proceedings[0]!.charges[0]!.sensitivity = { article: 'confidential' };
    copy.proceedings[0]!.sensitivity = { detentionIds: 'confidential' };
    const marked = CaseFile.parse(copy);
    const { bytes } = render(dossierInput(marked, 'court'));
    const text = pdfText(bytes, { layout: true });
    const charge = marked.proceedings[0]!.charges[0]!;
    expect(text.split('\n').some((l) => /^\s*withheld\s{2,}/.test(l))).toBe(true);
    // The charge it was requalified to still shows; the withheld article is not named anywhere.
    expect(text).toContain(marked.proceedings[0]!.charges[1]!.article.article);
    expect(flat(text)).not.toContain(`to ${charge.article.article}`);
    // The term counted from an arrest the court may not link: the release date is not computed from a guess.
    expect(flat(text)).not.toMatch(/undefined|NaN/);
  });

  it('says "Nothing recorded" in the sections of a case that has only a name', () => {
    const bare = newCaseFile({ nameLatin: 'Leyla Əliyeva', status: 'detained' } as Parameters<typeof newCaseFile>[0], (() => {
      let n = 0;
      return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
    })());
    const { bytes } = render(dossierInput(bare, 'internal', {}, []));
    const lines = pdfText(bytes, { layout: true })
      .split('\n')
      .map((l) => l.trim());
    const after = (title: string) => lines.slice(lines.lastIndexOf(title) + 1).find((l) => l !== '');
    for (const title of ['Detention and placements', 'Proceedings', 'Sentence and expected release', 'Treatment in custody', 'Interventions and remedies', 'Sources', 'Exhibit index', 'Timeline']) {
      expect(after(title), title).toBe('Nothing recorded.');
    }
    expect(after('PACE assessment')).toBe('No assessment recorded.');
    expect(lines).toContain('Leyla Əliyeva');
  });
});

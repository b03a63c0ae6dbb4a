/**
 * The case editor end to end (issue #3: editor UI, dates with precision, sensitivity, assessment,
 * timeline): the built renderer in Debian Chromium over the REAL main-process handlers and a REAL
 * vault (see harness/README.md). One case is filled in every section, with names in Azerbaijani,
 * Cyrillic and English and dates of every precision; the vault is locked and unlocked and the
 * case opened again; everything must be there, in the editor and in the stored record.
 *
 * Screenshots of each section and of the timeline: test-artifacts/e2e/case-editor/NN-name.png;
 * axe-core runs on each of them.
 */
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseFile } from '../../shared/case-model';
import { startHabeasE2e, type HabeasE2e } from './harness/app';
import { describeFindings } from './harness/axe';
import { ScreenRecorder, SCREENSHOT_DIR } from './harness/screens';
import { hasText, shown, valueIs } from './harness/ui';
import { createVaultThroughUi, lockThroughUi, unlockThroughUi } from './harness/vault-flow';
import { step } from './harness/step';

const PASSPHRASE = 'saffron ledger Qəbələ tundra violins';
const NAME_AZ = 'İntiqam Əliyev';
const NAME_RU = 'Интигам Алиев';
const NAME_EN = 'Intigam Aliyev';

let h: HabeasE2e;
let page: Page;
let screens: ScreenRecorder;
let caseId = '';


function editor(): Locator {
  return page.getByTestId('case-editor');
}

function section(id: string): Locator {
  return page.getByTestId(`section-${id}`);
}

async function openSection(name: string): Promise<void> {
  await editor().getByRole('navigation').getByRole('button', { name: new RegExp(`^${name}`) }).click();
}

/** Waits until every commit is acknowledged by main. */
async function saved(): Promise<void> {
  await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state'), { timeout: 15_000, message: 'save status' }).toBe('saved');
}

/** Fills a text field and leaves it (Tab), which commits it. */
async function fill(scope: Locator, label: string, text: string): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  await input.fill(text);
  await input.press('Tab');
}

/**
 * Screenshot (full page) and axe. Scrolled to the top first: the app header and the section
 * navigation are sticky and would otherwise be drawn in the middle of a full-page picture.
 */
async function capture(name: string, options: { keepScroll?: boolean } = {}): Promise<void> {
  if (!options.keepScroll) await page.evaluate(() => window.scrollTo(0, 0));
  await screens.capture(name);
}

function stored(): CaseFile {
  return h.main.session.getCase(caseId).file;
}

beforeAll(async () => {
  h = await startHabeasE2e();
  page = h.page;
  await page.setViewportSize({ width: 1360, height: 900 });
  screens = await ScreenRecorder.create(page, path.join(SCREENSHOT_DIR, 'case-editor'));
});

afterAll(async () => {
  await h?.dispose();
});

describe('case editor in Chromium', () => {
  it('fills one case in every section, survives lock and unlock, and shows it all again', async () => {
    await step('create the vault', async () => {
      await createVaultThroughUi(page, PASSPHRASE);
      await shown(page.getByTestId('new-case'), 60_000);
    });

    await step('create a case and open it in the editor', async () => {
      await page.getByTestId('new-case').click();
      await page.getByTestId('new-case-name-latin').fill(NAME_AZ);
      await page.getByTestId('new-case-name-native').fill(NAME_RU);
      await page.getByTestId('new-case-status').selectOption('detained');
      await page.getByTestId('new-case-create').click();
      await shown(editor().getByRole('heading', { level: 1, name: NAME_AZ }), 30_000);
      caseId = h.main.session.listCases(0, 10).items[0]?.id ?? '';
      expect(caseId).not.toBe('');
    });

    await step('overview', async () => {
      const s = section('overview');
      await fill(s, 'Reference', 'AZ-PP-2014-017');
      await fill(s, 'Title', 'Case of the Legal Education Society');
      await s.getByLabel('Monitoring', { exact: true }).selectOption('active');
      await s.getByLabel('Priority', { exact: true }).selectOption('high');
      await fill(s, 'Case groups', 'NGO leaders 2014\nArticle 192 cases');
      await fill(s, 'Assigned to', 'Leyla (Baku office)');
      await fill(s, 'Opened on', '2014');
      await fill(s, 'Summary', 'Human-rights lawyer arrested after criticising the government.');
      await s.getByRole('combobox', { name: 'Sensitivity of “Reference”' }).selectOption('public');
      await saved();
      await capture('overview');
    });

    await step('person: names in three scripts, approximate birth year, categories, affiliation, family', async () => {
      await openSection('Person');
      const s = section('person');
      const names = s.locator('[data-list="person.names"] > ol > li');
      const before = await names.count();
      await s.getByRole('button', { name: 'Add: Name' }).click();
      const name = s.getByRole('group', { name: `Name ${before + 1}`, exact: true });
      await fill(name, 'Full name (required)', NAME_EN);
      await name.getByLabel('Use (required)', { exact: true }).selectOption('transliteration');
      await name.getByLabel('Script', { exact: true }).selectOption('latin');
      await s.getByLabel('Sex', { exact: true }).selectOption('male');
      await fill(s, 'Date of birth', 'c. 1962');
      await fill(s, 'Place of birth', 'Qazax');
      await fill(s, 'Citizenship', 'Azerbaijan');
      await fill(s, 'Occupation', 'Lawyer, chairman of the Legal Education Society');
      await s.getByRole('checkbox', { name: 'Lawyer' }).check();
      await s.getByRole('checkbox', { name: 'Human-rights defender' }).check();
      await s.getByRole('button', { name: 'Add: Affiliation' }).click();
      const affiliation = s.getByRole('group', { name: 'Affiliation 1', exact: true });
      await fill(affiliation, 'Organisation (required)', 'Hüquq Maarifçiliyi Cəmiyyəti');
      await fill(affiliation, 'Position', 'Chairman');
      await fill(affiliation, 'From', '1999');
      await fill(s, 'Health', 'Hypertension; needs daily medication.');
      await s.getByRole('button', { name: 'Add: Family contact' }).click();
      const family = s.getByRole('group', { name: 'Family contact 1', exact: true });
      await fill(family, 'Name (required)', 'Leyla Əliyeva');
      await fill(family, 'Relationship', 'wife');
      await fill(s, 'Biography', 'Founder of the Legal Education Society; represented applicants before the ECtHR.');
      await saved();
      await capture('person');
    });

    await step('organisations', async () => {
      await openSection('Organisations');
      const s = section('organisations');
      await s.getByRole('button', { name: 'Add: Organisation' }).click();
      const org = s.getByRole('group', { name: 'Organisation 1', exact: true });
      await fill(org, 'Name (required)', 'Hüquq Maarifçiliyi Cəmiyyəti');
      await fill(org, 'Other names', 'Legal Education Society\nОбщество правового просвещения');
      await org.getByLabel('Type', { exact: true }).selectOption('ngo');
      await fill(org, 'Country', 'Azerbaijan');
      await saved();
      await capture('organisations');
    });

    await step('sources (before the sections that cite them)', async () => {
      await openSection('Sources');
      const s = section('sources');
      await s.getByRole('button', { name: 'Add: Source' }).click();
      const first = s.getByRole('group', { name: 'Source 1', exact: true });
      await fill(first, 'Source (required)', 'Institute for Peace and Democracy');
      await first.getByLabel('Type', { exact: true }).selectOption('ngo');
      await first.getByLabel('Reliability of the source', { exact: true }).selectOption('usually_reliable');
      await s.getByRole('button', { name: 'Add: Source' }).click();
      const second = s.getByRole('group', { name: 'Source 2', exact: true });
      await fill(second, 'Source (required)', 'Лейла Алиева (супруга)');
      await second.getByLabel('Type', { exact: true }).selectOption('individual');
      await second.getByLabel('Consent to use', { exact: true }).selectOption('given_with_restrictions');
      await saved();
      await capture('sources');
    });

    await step('detention: arrest (day), remand order, placement (month), release', async () => {
      await openSection('Detention');
      const s = section('detentions');
      await s.getByRole('button', { name: 'Add: Detention' }).click();
      const d = s.getByRole('group', { name: 'Detention 1', exact: true });
      await fill(d, 'Arrested on', '8 August 2014');
      await fill(d, 'Place of arrest', 'Bakı, Hüquq Maarifçiliyi Cəmiyyətinin ofisi');
      await d.getByLabel('Arresting authority', { exact: true }).selectOption('prosecutor');
      await d.getByLabel('Legal basis invoked', { exact: true }).selectOption('criminal_suspicion');
      await d.getByRole('checkbox', { name: 'Capture is acknowledged' }).check();
      await fill(d, 'First appearance before a judge', '9.08.2014');
      await d.getByRole('button', { name: 'Add: Pre-trial measure order' }).click();
      const m = d.getByRole('group', { name: 'Pre-trial measure order 1', exact: true });
      await m.getByLabel('Measure (required)', { exact: true }).selectOption('detention_on_remand');
      await m.getByLabel('Order (required)', { exact: true }).selectOption('imposed');
      await fill(m, 'Ordered on', '9 августа 2014');
      await fill(m, 'Until', '8 December 2014');
      await d.getByRole('button', { name: 'Add: Placement' }).click();
      const p = d.getByRole('group', { name: 'Placement 1', exact: true });
      await fill(p, 'Facility (required)', 'Kürdəxanı istintaq təcridxanası');
      await p.getByLabel('Facility type', { exact: true }).selectOption('pre_trial_detention_centre');
      await fill(p, 'From', 'August 2014');
      await p.getByLabel('Regime', { exact: true }).selectOption('pre_trial');
      await p.getByRole('checkbox', { name: 'Overcrowding' }).check();
      await fill(d, 'Released on', '28.03.2016');
      await d.getByLabel('Release type', { exact: true }).selectOption('sentence_converted');
      await saved();
      await capture('detention');
    });

    await step('proceedings: charges from the catalogue, a hearing, a sentence and its later change', async () => {
      await openSection('Proceedings');
      const s = section('proceedings');
      await s.getByRole('button', { name: 'Add: Proceeding' }).click();
      const p = s.getByRole('group', { name: 'Proceeding 1', exact: true });
      await fill(p, 'Country', 'Azerbaijan');
      await p.getByLabel('Type', { exact: true }).selectOption('criminal');
      await fill(p, 'Court', 'Bakı Ağır Cinayətlər Məhkəməsi');
      await p.getByLabel('Type of court', { exact: true }).selectOption('serious_crimes');
      await fill(p, 'Case number', '1(101)-184/2015');
      await p.getByLabel('Stage', { exact: true }).selectOption('appeal');
      await p.getByRole('checkbox', { name: /8 August 2014/ }).check();
      for (const [n, typed, ref] of [
        [1, '192.2.2', '192.2.2'],
        [2, 'ст. 213.1', '213.1'],
      ] as const) {
        await p.getByRole('button', { name: 'Add: Charge' }).click();
        const c = p.getByRole('group', { name: `Charge ${n}`, exact: true });
        const search = c.getByRole('combobox', { name: /^Article/ });
        await search.fill(typed);
        await shown(c.getByRole('option', { name: new RegExp(ref.replace(/\./g, '\\.')) }).first());
        if (n === 1) await capture('article-picker', { keepScroll: true });
        await search.press('Enter');
        await hasText(c.getByTestId('article-chosen'), ref);
        await c.getByLabel('Status', { exact: true }).selectOption('convicted');
      }
      await p.getByRole('button', { name: 'Add: Hearing' }).click();
      const hearing = p.getByRole('group', { name: 'Hearing 1', exact: true });
      await fill(hearing, 'Date', '22.04.2015');
      await hearing.getByLabel('Type', { exact: true }).selectOption('verdict');
      await fill(hearing, 'Judges', 'Rauf Əhmədov');
      await hearing.getByLabel('Open or closed', { exact: true }).selectOption('open_but_access_restricted');
      await hearing.getByLabel('Interpreter provided', { exact: true }).check();
      await hearing.getByLabel('Outcome', { exact: true }).selectOption('convicted');
      await fill(hearing, 'Fair-trial observations', 'Observers were kept out of the courtroom.');
      await p.getByRole('button', { name: 'Add: Sentence' }).click();
      const sentence = p.getByRole('group', { name: 'Sentence 1', exact: true });
      await sentence.getByLabel('Type (required)', { exact: true }).selectOption('imprisonment');
      await fill(sentence, 'Imposed on', '22 April 2015');
      await fill(sentence, 'Years', '7');
      await fill(sentence, 'Months', '6');
      await sentence.getByLabel('Regime', { exact: true }).selectOption('general');
      await sentence.getByRole('button', { name: 'Add: Change to the sentence' }).click();
      const change = sentence.getByRole('group', { name: 'Change to the sentence 1', exact: true });
      await change.getByLabel('Change (required)', { exact: true }).selectOption('converted');
      await fill(change, 'Decided on', 'March 2016');
      await saved();
      await capture('proceedings');
    });

    await step('treatment in custody: a range of dates, an approximate complaint date, sources cited', async () => {
      await openSection('Treatment in custody');
      const s = section('incidents');
      await s.getByRole('button', { name: 'Add: Treatment incident' }).click();
      const i = s.getByRole('group', { name: 'Treatment incident 1', exact: true });
      await i.getByLabel('Act (required)', { exact: true }).selectOption('denial_of_counsel');
      await fill(i, 'Date', '10–12 August 2014');
      await fill(i, 'Place', 'Kürdəxanı istintaq təcridxanası');
      await fill(i, 'What happened', 'Counsel of his choice was refused access for three days.');
      await i.getByRole('button', { name: 'Add: Perpetrator' }).click();
      const perpetrator = i.getByRole('group', { name: 'Perpetrator 1', exact: true });
      await perpetrator.getByLabel('Type', { exact: true }).selectOption('prosecutors_investigators');
      await fill(i, 'Complaint filed on', 'c. September 2014');
      await i.getByLabel('Outcome of the complaint', { exact: true }).selectOption('no_response');
      await i.getByRole('checkbox', { name: /Institute for Peace and Democracy/ }).check();
      await saved();
      await capture('treatment');
    });

    await step('assessment: PACE criteria a and c met', async () => {
      await openSection('Assessment');
      const s = section('assessment');
      await s.getByRole('button', { name: 'New assessment' }).click();
      const assessor = s.getByLabel('Assessor', { exact: true });
      if ((await assessor.inputValue()) === '') await assessor.fill('Leyla Məmmədova');
      await s.getByRole('button', { name: 'Create', exact: true }).click();
      await shown(s.getByTestId('assessment-editor'));
      for (const criterion of ['criterion_a', 'criterion_c']) {
        await s.getByTestId(`finding-${criterion}`).getByLabel('Met', { exact: true }).check();
      }
      await hasText(s.getByTestId('derived-conclusion'), 'Political prisoner');
      await saved();
      await capture('assessment');
    });

    await step('recognitions', async () => {
      await openSection('Recognitions');
      const s = section('recognitions');
      await s.getByRole('button', { name: 'Add: Recognition' }).click();
      const r = s.getByRole('group', { name: 'Recognition 1', exact: true });
      await r.getByLabel('Recognised by (required)', { exact: true }).selectOption('union_for_freedom_az');
      await r.getByLabel('As', { exact: true }).selectOption('political_prisoner');
      await fill(r, 'Since', '14.10.2014');
      await s.getByRole('button', { name: 'Add: Recognition' }).click();
      const ai = s.getByRole('group', { name: 'Recognition 2', exact: true });
      await ai.getByLabel('Recognised by (required)', { exact: true }).selectOption('amnesty_international');
      await ai.getByLabel('As', { exact: true }).selectOption('prisoner_of_conscience');
      await saved();
      await capture('recognitions');
    });

    await step('interventions: an ECtHR application with a deadline', async () => {
      await openSection('Interventions');
      const s = section('interventions');
      await s.getByRole('button', { name: 'Add: Intervention or remedy' }).click();
      const i = s.getByRole('group', { name: 'Intervention or remedy 1', exact: true });
      await i.getByLabel('Type (required)', { exact: true }).selectOption('ecthr_application');
      await fill(i, 'Addressed to', 'European Court of Human Rights');
      await fill(i, 'Filed on', '2.10.2014');
      await fill(i, 'Reference (application or opinion no.)', '68762/14');
      await i.getByRole('button', { name: 'Add: Deadline' }).click();
      const deadline = i.getByRole('group', { name: 'Deadline 1', exact: true });
      await fill(deadline, 'Due (required)', '1.06.2015');
      await fill(deadline, 'What is due (required)', 'Observations in reply to the Government');
      await i.getByLabel('Status', { exact: true }).selectOption('decided_favourably');
      await i.getByRole('checkbox', { name: /^Article 18 / }).check();
      await saved();
      await capture('interventions');
    });

    await step('notes and tasks', async () => {
      await openSection('Notes and tasks');
      const s = section('notes');
      await page.keyboard.press('Control+Shift+N');
      const n = s.getByRole('group', { name: 'Note or task 1', exact: true });
      await expect.poll(() => n.getByLabel('Title (required)', { exact: true }).evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.type('Ask the colony for the medical file');
      await page.keyboard.press('Enter');
      await fill(n, 'Due', '15.07.2016');
      await n.getByLabel('Done', { exact: true }).check();
      await saved();
      await capture('notes');
    });

    await step('timeline and history', async () => {
      await openSection('Timeline');
      await shown(section('timeline').getByTestId('timeline-section'));
      await capture('timeline');
      await openSection('History');
      await capture('history');
    });

    const before = await step('the stored record has every section', async () => {
      const file = stored();
      expect(file.person.names.map((n) => n.full)).toEqual(expect.arrayContaining([NAME_AZ, NAME_RU, NAME_EN]));
      expect(file.openedOn).toBe('2014');
      expect(file.person.birthDate).toBe('1962~');
      expect(file.detentions[0]?.arrestedOn).toBe('2014-08-08');
      expect(file.detentions[0]?.measures[0]?.orderedOn).toBe('2014-08-09');
      expect(file.detentions[0]?.placements[0]?.from).toBe('2014-08');
      expect(file.incidents[0]?.date).toBe('2014-08-10/2014-08-12');
      expect(file.incidents[0]?.complaintFiledOn).toBe('2014-09~');
      expect(file.proceedings[0]?.charges.map((c) => c.article.article)).toEqual(['192.2.2', '213.1']);
      expect(file.proceedings[0]?.sentences[0]?.term).toEqual({ years: 7, months: 6 });
      expect(file.proceedings[0]?.detentionIds).toEqual([file.detentions[0]?.id]);
      expect(file.incidents[0]?.sourceIds).toEqual([file.sources[0]?.id]);
      expect(file.assessments[0]?.paceCriteria.filter((f) => f.finding === 'met').map((f) => f.criterion).sort()).toEqual(['criterion_a', 'criterion_c']);
      expect(file.recognitions.map((r) => r.body)).toEqual(['union_for_freedom_az', 'amnesty_international']);
      expect(file.interventions[0]?.deadlines[0]?.due).toBe('2015-06-01');
      expect(file.interventions[0]?.articlesViolated).toEqual(['art_18']);
      expect(file.notes[0]).toMatchObject({ title: 'Ask the colony for the medical file', dueOn: '2016-07-15', done: true });
      expect(file.sensitivity).toEqual({ reference: 'public' });
      return file;
    });

    await step('lock, unlock, open the case again', async () => {
      await lockThroughUi(h, 0);
      await unlockThroughUi(page, PASSPHRASE);
      const row = page.getByRole('row', { name: new RegExp(NAME_AZ) });
      await shown(row, 30_000);
      await row.getByTestId('case-open').click();
      await shown(editor().getByRole('heading', { level: 1, name: NAME_AZ }), 30_000);
      expect(stored()).toEqual(before);
    });

    await step('everything is there in the editor', async () => {
      const o = section('overview');
      await valueIs(o.getByLabel('Reference', { exact: true }), 'AZ-PP-2014-017');
      await valueIs(o.getByLabel('Opened on', { exact: true }), '2014');
      await expect.poll(() => o.getByTestId('sensitivity-reference').getAttribute('data-level')).toBe('public');

      await openSection('Person');
      const person = section('person');
      for (const name of [NAME_AZ, NAME_RU, NAME_EN]) await hasText(person.locator('[data-list="person.names"]'), name);
      await valueIs(person.getByLabel('Date of birth', { exact: true }), 'c. 1962');
      expect(await person.getByRole('checkbox', { name: 'Human-rights defender' }).isChecked()).toBe(true);

      await openSection('Detention');
      const d = section('detentions');
      await valueIs(d.getByLabel('Arrested on', { exact: true }), '8 August 2014');
      await hasText(d, 'Kürdəxanı istintaq təcridxanası');

      await openSection('Proceedings');
      const p = section('proceedings');
      await hasText(p, '192.2.2');
      await hasText(p, '213.1');
      await capture('proceedings-reopened');

      await openSection('Treatment in custody');
      await valueIs(section('incidents').getByLabel('Date', { exact: true }), '10 August 2014 – 12 August 2014');

      await openSection('Assessment');
      await hasText(section('assessment').getByTestId('derived-conclusion'), 'Political prisoner');

      await openSection('Recognitions');
      await hasText(section('recognitions'), 'Amnesty International');
      await openSection('Interventions');
      await hasText(section('interventions'), '68762/14');
      await openSection('Notes and tasks');
      await hasText(section('notes'), 'Ask the colony for the medical file');
      await openSection('Timeline');
      await capture('timeline-reopened');
    });

    await step('the editor speaks Azerbaijani and Russian', async () => {
      await page.getByRole('button', { name: 'AZ', exact: true }).click();
      await openSection('Şəxs');
      await shown(section('person').getByRole('heading', { name: 'Şəxs' }));
      await capture('person-az');
      await page.getByRole('button', { name: 'RU', exact: true }).click();
      await openSection('Производства');
      await capture('proceedings-ru');
      await page.getByRole('button', { name: 'EN', exact: true }).click();
    });
  });

  it('axe-core: no serious or critical violations on any editor screen', () => {
    expect(screens.files.length).toBeGreaterThan(10);
    const minor = screens.findings.filter((f) => !screens.blocking.includes(f));
    if (minor.length) console.log(`axe (minor/moderate, not failing):\n${describeFindings(minor)}`);
    expect(screens.blocking, describeFindings(screens.blocking)).toEqual([]);
  });

  it('no page errors and no errors inside the handlers', () => {
    expect(h.diagnostics.pageErrors).toEqual([]);
    expect(h.main.log).toEqual([]);
  });
});

/**
 * The case list end to end (issue #3 item 8): the built renderer in Debian Chromium over the REAL
 * main-process handlers and a REAL vault (see harness/README.md), seeded with a few hundred cases.
 * The three spellings of one name find the same person; sorting and filters give what the
 * shared model says they must; axe-core runs on every screen. Screenshots go to
 * test-artifacts/e2e/case-list/NN-name.png.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../shared/case-model/summary';
import { CASE_STATUSES } from '../../shared/domain/case';
import { sortRows } from '../../renderer/src/features/cases/list-model';
import { caseFile, type CaseFacts } from '../renderer/case-fixtures';
import { startHabeasE2e, type HabeasE2e } from './harness/app';
import { describeFindings } from './harness/axe';
import { ScreenRecorder, SCREENSHOT_DIR } from './harness/screens';
import { seedVault } from './harness/seed-vault';
import { countIs, gone, hasText, shown, textIs } from './harness/ui';
import { unlockThroughUi } from './harness/vault-flow';

const PASSPHRASE = 'copper kettle Lənkəran orchard seventy';
const GIVEN = [['Rəşad', 'Рашад'], ['Günel', 'Гюнель'], ['Tofiq', 'Тофик'], ['Leyla', 'Лейла'], ['Orxan', 'Орхан'], ['Nərgiz', 'Наргиз']] as const;
const FAMILY = [['Quliyev', 'Гулиев'], ['Həsənli', 'Гасанлы'], ['Kərimov', 'Керимов'], ['Rüstəmov', 'Рустамов'], ['Nağıyev', 'Нагиев']] as const;
const COURTS = ['Baku Grave Crimes Court', 'Sumqayit City Court', 'Ganja Grave Crimes Court'];
const FACILITIES = ['Baku Pre-trial Detention Centre No. 1 (Kürdəxanı)', 'Penitentiary Institution No. 12', 'Penitentiary Institution No. 4 (women)'];
const ARTICLES = ['234.4.3', '283.1', '308.2', '192.2.2', '274'];
const PRECISION = (i: number) => {
  const year = 2010 + (i % 12);
  const month = String(1 + (i % 12)).padStart(2, '0');
  const day = String(1 + (i % 28)).padStart(2, '0');
  return [`${year}`, `${year}-${month}`, `${year}-${month}-${day}`, `${year}-${month}~`][i % 4]!;
};

/** Fictional people, deterministic: names in both scripts, every column filled for most. */
function generated(count: number): CaseFacts[] {
  return Array.from({ length: count }, (_, i) => {
    const [az, ru] = GIVEN[i % GIVEN.length]!;
    const [famAz, famRu] = FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length]!;
    const serial = Math.floor(i / (GIVEN.length * FAMILY.length));
    return {
      name: `${az} ${famAz} ${serial}`,
      otherNames: [`${ru} ${famRu} ${serial}`],
      status: CASE_STATUSES[i % CASE_STATUSES.length]!,
      categories: i % 3 === 0 ? ['journalist_blogger'] : ['opposition_politician'],
      ...(i % 7 === 0 ? {} : { arrestedOn: PRECISION(i) }),
      articles: [ARTICLES[i % ARTICLES.length]!],
      facility: FACILITIES[i % FACILITIES.length]!,
      court: COURTS[i % COURTS.length]!,
      sentence: { type: 'imprisonment', years: 1 + (i % 9) },
      conclusion: i % 2 === 0 ? 'political_prisoner' : 'not_political_prisoner',
      recognisedBy: i % 4 === 0 ? ['pace_rapporteur'] : [],
    } satisfies CaseFacts;
  });
}

const ALIYEV: CaseFacts = {
  name: 'Intiqam Əliyev',
  otherNames: ['Интигам Алиев', 'Intigam Aliyev'],
  status: 'detained',
  categories: ['human_rights_defender', 'lawyer'],
  arrestedOn: '2014-08-08',
  articles: ['192.2.2', '308.2'],
  facility: FACILITIES[0]!,
  court: COURTS[0]!,
  sentence: { type: 'imprisonment', years: 7, months: 6 },
  conclusion: 'political_prisoner',
  recognisedBy: ['pace_rapporteur', 'amnesty_international'],
};
// People who share his given name or his family name, in every script.
const DECOYS: CaseFacts[] = [
  { name: 'Intiqam Məmmədov', otherNames: ['Интигам Мамедов'], status: 'released', arrestedOn: '2013' },
  { name: 'Zəhra Əliyeva', otherNames: ['Захра Алиева'], status: 'convicted', arrestedOn: '2013-05~' },
  { name: 'Əli Intiqamlı', otherNames: ['Али Интигамлы'], status: 'other' },
];
const FACTS = [ALIYEV, ...DECOYS, ...generated(300)];
const TOTAL = FACTS.length;

let h: HabeasE2e;
let page: Page;
let screens: ScreenRecorder;

async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Error) error.message = `[step: ${name}] ${error.message}`;
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'case-list', `failed-${name.replace(/\W+/g, '-')}.png`), fullPage: true }).catch(() => {});
    throw error;
  }
}

const rowNames = () => page.getByTestId('case-open').allInnerTexts();
const search = () => page.getByRole('searchbox', { name: 'Search cases' });
const summaries = (): CaseSummary[] => h.main.session.listCases(0, 5000).items;

beforeAll(async () => {
  h = await startHabeasE2e();
  page = h.page;
  screens = await ScreenRecorder.create(page, path.join(SCREENSHOT_DIR, 'case-list'));
  await seedVault(h.dirs.vault, PASSPHRASE, FACTS.map(caseFile));
  await page.reload({ waitUntil: 'load' });
});

afterAll(async () => {
  await h?.dispose();
});

describe('the case list in Chromium', () => {
  it('search, sort, filters and keyboard over a seeded vault', async () => {
    await step('unlock shows the list', async () => {
      await shown(page.getByRole('heading', { name: 'Unlock the vault' }));
      await unlockThroughUi(page, PASSPHRASE);
      await shown(page.getByTestId('case-row').first(), 30_000);
      await textIs(page.getByTestId('case-count'), `Cases: ${TOTAL}`);
      await gone(page.getByTestId('load-progress'));
      await screens.capture('list');
    });

    await step('the three spellings find the same person', async () => {
      for (const [i, spelling] of ['intigam aliyev', 'İntiqam Əliyev', 'Интигам Алиев'].entries()) {
        await search().fill(spelling);
        await expect.poll(rowNames, { timeout: 10_000, message: `rows for "${spelling}"` }).toEqual(['Intiqam Əliyev']);
        await textIs(page.getByTestId('case-count'), `1 of ${TOTAL} cases`);
        await screens.capture(`search-${i + 1}`);
      }
      // Typing narrows step by step: "int" matches the three Intiqams (given name or family-name prefix).
      await search().fill('');
      await search().pressSequentially('int');
      await expect.poll(async () => (await rowNames()).sort(), { timeout: 10_000 }).toEqual(['Intiqam Məmmədov', 'Intiqam Əliyev', 'Əli Intiqamlı'].sort());
      await search().fill('');
      await textIs(page.getByTestId('case-count'), `Cases: ${TOTAL}`);
    });

    await step('sort by arrest date, both ways, as the shared model orders fuzzy dates', async () => {
      const header = page.getByRole('columnheader', { name: /Arrested/ });
      await header.getByRole('button').click();
      await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
      const ascending = sortRows(summaries(), { column: 'arrestedOn', direction: 'asc' }, 'en').slice(0, 6).map((s) => s.name);
      await expect.poll(async () => (await rowNames()).slice(0, 6), { timeout: 10_000 }).toEqual(ascending);
      await screens.capture('sorted-arrested-asc');
      await header.getByRole('button').press('Enter');
      await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
      const descending = sortRows(summaries(), { column: 'arrestedOn', direction: 'desc' }, 'en').slice(0, 6).map((s) => s.name);
      await expect.poll(async () => (await rowNames()).slice(0, 6), { timeout: 10_000 }).toEqual(descending);
      await page.getByRole('columnheader', { name: /Name/ }).getByRole('button').click();
    });

    await step('filters: status and article', async () => {
      await page.getByRole('button', { name: 'Filters', exact: true }).click();
      const panel = page.getByRole('region', { name: 'Filters' });
      await panel.getByLabel('Status', { exact: true }).selectOption('released');
      const released = summaries().filter((s) => s.status === 'released').length;
      await textIs(page.getByTestId('case-count'), `${released} of ${TOTAL} cases`);
      for (const row of (await page.getByTestId('case-row').all()).slice(0, 8)) await hasText(row, 'Released');
      const article = panel.getByLabel('Article', { exact: true });
      await article.selectOption('AZ/criminal/1999:283.1');
      const both = summaries().filter((s) => s.status === 'released' && s.articles.includes('AZ/criminal/1999:283.1')).length;
      expect(both).toBeGreaterThan(0);
      await textIs(page.getByTestId('case-count'), `${both} of ${TOTAL} cases`);
      await screens.capture('filtered');
      await panel.getByRole('button', { name: 'Clear filters' }).click();
      await textIs(page.getByTestId('case-count'), `Cases: ${TOTAL}`);
      await page.getByRole('button', { name: 'Filters', exact: true }).click();
    });

    await step('keyboard: / to search, ArrowDown into the rows, Enter opens, back returns to the row', async () => {
      await page.getByRole('heading', { name: 'Cases', level: 1 }).click();
      await page.keyboard.press('/');
      await expect.poll(() => search().evaluate((el) => el === document.activeElement)).toBe(true);
      await search().fill('intigam aliyev');
      await expect.poll(rowNames).toEqual(['Intiqam Əliyev']);
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe('Intiqam Əliyev');
      await page.keyboard.press('Enter');
      await gone(page.getByTestId('cases-view'));
      await screens.capture('case-opened');
      await page.getByTestId('nav-cases').click();
      await shown(page.getByTestId('cases-view'));
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe('Intiqam Əliyev');
      await search().fill('');
      await textIs(page.getByTestId('case-count'), `Cases: ${TOTAL}`);
    });

    await step('virtualised: a few dozen rows in the DOM, End reaches the last one', async () => {
      const rendered = await page.getByTestId('case-row').count();
      expect(rendered).toBeGreaterThan(5);
      expect(rendered).toBeLessThan(80);
      await expect.poll(() => page.getByTestId('case-table').getAttribute('aria-rowcount')).toBe(String(TOTAL + 1));
      await page.getByTestId('case-open').first().focus();
      await page.keyboard.press('End');
      const last = sortRows(summaries(), { column: 'name', direction: 'asc' }, 'en').at(-1)!.name;
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe(last);
      await screens.capture('scrolled-to-end');
    });

    await step('the New case dialog and the list in Azerbaijani', async () => {
      await page.getByRole('button', { name: 'New case' }).click();
      await shown(page.getByRole('dialog', { name: 'New case' }));
      await screens.capture('new-case-dialog');
      await page.keyboard.press('Escape');
      await gone(page.getByRole('dialog'));
      await page.getByTestId('language-az').click();
      await shown(page.getByRole('heading', { name: 'İşlər', level: 1 }));
      await page.getByRole('button', { name: 'Filtrlər' }).click();
      await screens.capture('list-az');
      await page.getByTestId('language-en').click();
      await countIs(page.getByRole('dialog'), 0);
    });
  });

  it('every screen passes axe-core (no serious or critical violations)', () => {
    expect(screens.files.length).toBeGreaterThan(5);
    const minor = screens.findings.filter((f) => !screens.blocking.includes(f));
    if (minor.length) console.log(`axe (minor/moderate, not failing):\n${describeFindings(minor)}`);
    expect(screens.blocking, describeFindings(screens.blocking)).toEqual([]);
  });

  it('no page errors or handler crashes', () => {
    expect(h.diagnostics.pageErrors).toEqual([]);
    expect(h.main.log).toEqual([]);
  });
});

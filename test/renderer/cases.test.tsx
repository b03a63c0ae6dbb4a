import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { caseList } from '../../renderer/src/db/case-list-store';
import { db } from '../../renderer/src/db/database';
import { CHUNK_SIZE, TEXT_CHUNK_SIZE } from '../../renderer/src/db/working-set';
import { caseFile } from './case-fixtures';
import { renderApp, renderUnlocked, rowNames } from './helpers';

const ALIYEV = caseFile({
  name: 'Intiqam Əliyev',
  otherNames: ['Интигам Алиев', 'Intigam Aliyev'],
  status: 'detained',
  categories: ['human_rights_defender', 'lawyer'],
  arrestedOn: '2014-08-08',
  articles: ['192.2.2', '308.2'],
  facility: 'Baku Pre-trial Detention Centre No. 1 (Kürdəxanı)',
  court: 'Baku Grave Crimes Court',
  sentence: { type: 'imprisonment', years: 7, months: 6 },
  conclusion: 'political_prisoner',
  recognisedBy: ['pace_rapporteur', 'amnesty_international'],
});
// Decoys that share a given name, a family name or a script with him.
const DECOYS = [
  caseFile({ name: 'Intiqam Məmmədov', otherNames: ['Интигам Мамедов'], status: 'released', arrestedOn: '2013', court: 'Sumqayit City Court', categories: ['journalist_blogger'] }),
  caseFile({ name: 'Zəhra Əliyeva', otherNames: ['Захра Алиева'], status: 'convicted', arrestedOn: '2013-05~', articles: ['283.1'], facility: 'Penitentiary Institution No. 4 (women)' }),
  caseFile({ name: 'Bəxtiyar Hacıyev', otherNames: ['Бахтияр Гаджиев'], status: 'under_investigation', conclusion: 'not_political_prisoner' }),
];

function searchBox() {
  return screen.getByRole('searchbox', { name: 'Search cases' });
}

function table() {
  return screen.getByRole('table', { name: /Case files in this vault/ });
}

function headerButton(name: string) {
  return within(table()).getByRole('button', { name });
}

describe('case list', () => {
  it('shows the working set filled from main, one row per case with every column', async () => {
    await renderUnlocked({ cases: [ALIYEV, ...DECOYS] });
    await waitFor(() => expect(rowNames()).toEqual(['Bəxtiyar Hacıyev', 'Intiqam Əliyev', 'Intiqam Məmmədov', 'Zəhra Əliyeva']));
    const row = screen.getByRole('row', { name: /Intiqam Əliyev/ });
    for (const text of [
      'Интигам Алиев · Intigam Aliyev',
      'Detained',
      'Human-rights defender, Lawyer',
      '8 August 2014',
      '192.2.2, 308.2',
      'Baku Pre-trial Detention Centre No. 1 (Kürdəxanı)',
      'Baku Grave Crimes Court',
      'Imprisonment for a fixed term, 7 y 6 m',
      'Political prisoner',
    ]) {
      expect(row).toHaveTextContent(text);
    }
    expect(screen.getByTestId('case-count')).toHaveTextContent('Cases: 4');
    // Every row is in the list's working set; no record is in Dexie until its case is opened.
    expect(caseList.size).toBe(4);
    expect(await db.records.count()).toBe(0);
    expect(table()).toHaveAttribute('aria-rowcount', '5');
  });

  it('loads a large vault progressively: a first page at once, then the rest with progress', async () => {
    const many = Array.from({ length: 2500 }, (_, i) => ({ nameLatin: `Person ${String(i).padStart(4, '0')}`, status: 'other' as const }));
    const { fake } = renderApp({ state: 'unlocked', cases: many });
    // The first page goes through; the second request waits.
    const gate = fake.hold('cases.list', { skip: 1 });
    await waitFor(() => expect(rowNames().length).toBeGreaterThan(0));
    expect(fake.callsTo('cases.list')[0]).toEqual({ offset: 0, limit: 100 });
    expect(await screen.findByText('Loading cases… 100 of 2,500')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Cases loaded' })).toHaveAttribute('value', '100');
    gate.release();
    await waitFor(() => expect(screen.queryByTestId('load-progress')).not.toBeInTheDocument(), { timeout: 10_000 });
    await waitFor(() => expect(screen.getByTestId('case-count')).toHaveTextContent('Cases: 2,500'));
    // The first page, then the rest in chunks of CHUNK_SIZE, in order.
    const calls = fake.callsTo('cases.list') as Array<{ offset: number; limit: number }>;
    expect(calls[0]).toEqual({ offset: 0, limit: 100 });
    expect(calls.slice(1).map((c) => c.offset)).toEqual(Array.from({ length: Math.ceil(2400 / CHUNK_SIZE) }, (_, i) => 100 + i * CHUNK_SIZE));
    expect(calls.slice(1).every((c) => c.limit === CHUNK_SIZE)).toBe(true);
    expect(caseList.size).toBe(2500);
    // Virtualised: only a screenful of the 2,500 rows is in the DOM.
    expect(rowNames().length).toBeGreaterThan(10);
    expect(rowNames().length).toBeLessThan(60);
    expect(table()).toHaveAttribute('aria-rowcount', '2501');
    expect(screen.getAllByTestId('case-row')[0]).toHaveAttribute('aria-rowindex', '2');
  });

  it('keeps what arrived when a later chunk fails, says so, and retries', async () => {
    const many = Array.from({ length: 1300 }, (_, i) => ({ nameLatin: `Person ${String(i).padStart(4, '0')}`, status: 'other' as const }));
    const { fake, user } = renderApp({ state: 'unlocked', cases: many });
    const gate = fake.hold('cases.list', { skip: 1 });
    await waitFor(() => expect(rowNames().length).toBeGreaterThan(0));
    fake.failNext('cases.list', 'INTERNAL', 'The disk is busy.');
    gate.release();
    const alert = await screen.findByTestId('load-error');
    expect(alert).toHaveTextContent('Only 100 of 1,300 cases could be loaded.');
    expect(alert).toHaveTextContent('The disk is busy.');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByTestId('case-count')).toHaveTextContent('Cases: 1,300'), { timeout: 10_000 });
    expect(screen.queryByTestId('load-error')).not.toBeInTheDocument();
  });
});

describe('full-text search after the list', () => {
  it('lists every row before any text arrives; names are searchable at once, whole texts once indexed', async () => {
    const { fake, user } = renderApp({ state: 'unlocked', cases: [ALIYEV, ...DECOYS] });
    const gate = fake.hold('cases.texts');
    await waitFor(() => expect(rowNames()).toHaveLength(4));
    await waitFor(() => expect(fake.callsTo('cases.texts')).toEqual([{ offset: 0, limit: TEXT_CHUNK_SIZE }]));
    expect(await screen.findByTestId('index-progress')).toHaveTextContent('Preparing full-text search… 0 of 4');
    // By name, at once; by a vocabulary label (full text only), not yet.
    await user.type(searchBox(), 'Интигам');
    await waitFor(() => expect(rowNames()).toEqual(['Intiqam Əliyev', 'Intiqam Məmmədov']));
    await user.clear(searchBox());
    await user.type(searchBox(), 'jurnalist');
    expect(await screen.findByText('No cases match the search and filters.')).toBeInTheDocument();
    gate.release();
    await waitFor(() => expect(rowNames()).toEqual(['Intiqam Məmmədov']));
    await waitFor(() => expect(screen.queryByTestId('index-progress')).not.toBeInTheDocument());
  });

  it('says when the texts could not be fetched, keeps the list and name search, and retries', async () => {
    const { fake, user } = renderApp({ state: 'unlocked', cases: [ALIYEV, ...DECOYS] });
    fake.failNext('cases.texts', 'INTERNAL', 'The disk is busy.');
    const alert = await screen.findByTestId('texts-error');
    expect(alert).toHaveTextContent('Full-text search is incomplete: 0 of 4 cases');
    expect(alert).toHaveTextContent('The disk is busy.');
    await waitFor(() => expect(rowNames()).toHaveLength(4));
    await user.type(searchBox(), 'Əliyev');
    await waitFor(() => expect(rowNames()).toEqual(['Intiqam Əliyev', 'Zəhra Əliyeva']));
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByTestId('texts-error')).not.toBeInTheDocument());
    await user.clear(searchBox());
    await user.type(searchBox(), 'jurnalist');
    await waitFor(() => expect(rowNames()).toEqual(['Intiqam Məmmədov']));
  });
});

describe('search as you type', () => {
  it('"intigam aliyev", "İntiqam Əliyev" and "Интигам Алиев" find the same person', async () => {
    const { user } = await renderUnlocked({ cases: [ALIYEV, ...DECOYS] });
    await waitFor(() => expect(rowNames()).toHaveLength(4));
    for (const spelling of ['intigam aliyev', 'İntiqam Əliyev', 'Интигам Алиев']) {
      await user.clear(searchBox());
      await user.type(searchBox(), spelling);
      await waitFor(() => expect(rowNames()).toEqual(['Intiqam Əliyev']));
      expect(screen.getByTestId('case-count')).toHaveTextContent('1 of 4 cases');
    }
    // The matched words are marked in the names, whatever the script typed.
    expect(within(screen.getByRole('row', { name: /Intiqam Əliyev/ })).getAllByText(/Intiqam|Əliyev|Интигам|Алиев|Intigam|Aliyev/, { selector: 'mark' }).length).toBeGreaterThanOrEqual(4);
  }, 20_000);

  it('narrows while typing, finds other fields than names, and says when nothing matches', async () => {
    const { user } = await renderUnlocked({ cases: [ALIYEV, ...DECOYS] });
    await waitFor(() => expect(rowNames()).toHaveLength(4));
    // One character looks at names and list columns only (any case's full text has a word for it).
    await user.type(searchBox(), 'b');
    await waitFor(() => expect(rowNames()).toEqual(['Bəxtiyar Hacıyev', 'Intiqam Əliyev'])); // Bəxtiyar; Baku Grave Crimes Court
    await user.clear(searchBox());
    await user.type(searchBox(), 'int');
    await waitFor(() => expect(rowNames()).toEqual(['Intiqam Əliyev', 'Intiqam Məmmədov']));
    await user.clear(searchBox());
    await user.type(searchBox(), 'sumqayit');
    await waitFor(() => expect(rowNames()).toEqual(['Intiqam Məmmədov']));
    await user.clear(searchBox());
    await user.type(searchBox(), 'jurnalist'); // the Azerbaijani label of a profile category
    await waitFor(() => expect(rowNames()).toEqual(['Intiqam Məmmədov']));
    await user.type(searchBox(), ' xyz');
    expect(await screen.findByText('No cases match the search and filters.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    await waitFor(() => expect(rowNames()).toHaveLength(4));
    expect(searchBox()).toHaveValue('');
  });

  it('"/" and Ctrl+F focus the search box; ArrowDown goes from it to the rows', async () => {
    const { user } = await renderUnlocked({ cases: [ALIYEV, ...DECOYS] });
    await waitFor(() => expect(rowNames()).toHaveLength(4));
    await user.click(screen.getByTestId('case-count'));
    await user.keyboard('/');
    expect(searchBox()).toHaveFocus();
    expect(searchBox()).toHaveValue('');
    await user.click(screen.getByTestId('case-count'));
    await user.keyboard('{Control>}f{/Control}');
    expect(searchBox()).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: 'Bəxtiyar Hacıyev' })).toHaveFocus();
  });
});

describe('sorting', () => {
  it('sorts by any column with a click or the keyboard, announcing the order with aria-sort', async () => {
    const { user } = await renderUnlocked({ cases: [ALIYEV, ...DECOYS] });
    await waitFor(() => expect(rowNames()).toHaveLength(4));
    const nameHeader = screen.getByRole('columnheader', { name: /Name/ });
    expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');

    await user.click(headerButton('Arrested'));
    // 2013 (the whole year) < May 2013 (approximate) < 8 Aug 2014; no arrest date last.
    expect(rowNames()).toEqual(['Intiqam Məmmədov', 'Zəhra Əliyeva', 'Intiqam Əliyev', 'Bəxtiyar Hacıyev']);
    expect(screen.getByRole('columnheader', { name: /Arrested/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(nameHeader).not.toHaveAttribute('aria-sort');

    headerButton('Arrested').focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('columnheader', { name: /Arrested/ })).toHaveAttribute('aria-sort', 'descending');
    expect(rowNames()).toEqual(['Intiqam Əliyev', 'Zəhra Əliyeva', 'Intiqam Məmmədov', 'Bəxtiyar Hacıyev']);

    await user.click(headerButton('Status'));
    expect(rowNames()).toEqual(['Zəhra Əliyeva', 'Intiqam Əliyev', 'Intiqam Məmmədov', 'Bəxtiyar Hacıyev']); // Convicted, Detained, Released, Under investigation
  });
});

describe('filters', () => {
  it('filters by status, profile, article (with its catalogue title), facility, court, conclusion and recognising body', async () => {
    const { user } = await renderUnlocked({ cases: [ALIYEV, ...DECOYS] });
    await waitFor(() => expect(rowNames()).toHaveLength(4));
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    const panel = screen.getByRole('region', { name: 'Filters' });
    const choose = async (label: string, option: string | RegExp) => {
      const select = within(panel).getByRole('combobox', { name: label });
      const value = within(select).getByRole('option', { name: option }).getAttribute('value')!;
      await user.selectOptions(select, value);
    };

    await choose('Status', 'Released');
    expect(rowNames()).toEqual(['Intiqam Məmmədov']);
    expect(screen.getByRole('button', { name: 'Filters (1)' })).toHaveAttribute('aria-expanded', 'true');
    await choose('Status', 'Any');

    await choose('Profile category', 'Lawyer');
    expect(rowNames()).toEqual(['Intiqam Əliyev']);
    await choose('Profile category', 'Any');

    // Articles present in the vault, with the catalogue's title.
    await choose('Article', /^AZ 1999 · 283\.1 — /);
    expect(rowNames()).toEqual(['Zəhra Əliyeva']);
    await choose('Article', 'Any');

    await choose('Facility', 'Penitentiary Institution No. 4 (women)');
    expect(rowNames()).toEqual(['Zəhra Əliyeva']);
    await choose('Facility', 'Any');

    await choose('Court', 'Baku Grave Crimes Court');
    expect(rowNames()).toEqual(['Intiqam Əliyev']);
    await choose('Court', 'Any');

    await choose('Assessment conclusion', 'Not a political prisoner');
    expect(rowNames()).toEqual(['Bəxtiyar Hacıyev']);
    await choose('Recognised by', /^Amnesty International/);
    expect(await screen.findByText('No cases match the search and filters.')).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Clear filters' }));
    expect(rowNames()).toHaveLength(4);
  });

  it('filters arrest dates typed as people write them, fuzzy dates included or not', async () => {
    const { user } = await renderUnlocked({ cases: [ALIYEV, ...DECOYS] });
    await waitFor(() => expect(rowNames()).toHaveLength(4));
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    const dates = screen.getByRole('group', { name: 'Arrest date' });
    await user.type(within(dates).getByRole('textbox', { name: 'From' }), 'May 2013');
    await user.type(within(dates).getByRole('textbox', { name: 'To' }), '31.05.2013');
    // "2013" may have been in May; "May 2013 (approx.)" is.
    expect(rowNames()).toEqual(['Intiqam Məmmədov', 'Zəhra Əliyeva']);
    await user.selectOptions(within(dates).getByRole('combobox', { name: 'Fuzzy dates' }), 'within');
    expect(rowNames()).toEqual(['Zəhra Əliyeva']);
    // Something that is not a date is reported and ignored.
    await user.clear(within(dates).getByRole('textbox', { name: 'From' }));
    await user.type(within(dates).getByRole('textbox', { name: 'From' }), 'soon');
    expect(within(dates).getByRole('textbox', { name: 'From' })).toHaveAttribute('aria-invalid', 'true');
    expect(within(dates).getByText(/Not a date Habeas understands/)).toBeInTheDocument();
  });

  it('saves a named filter in the vault and applies it again', async () => {
    const { user, fake } = await renderUnlocked({ cases: [ALIYEV, ...DECOYS] });
    await waitFor(() => expect(rowNames()).toHaveLength(4));
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    const saved = screen.getByRole('region', { name: 'Saved filters' });
    expect(saved).toHaveTextContent('kept in this vault, encrypted');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'detained');
    await user.type(searchBox(), 'aliyev');
    await waitFor(() => expect(rowNames()).toEqual(['Intiqam Əliyev']));

    await user.click(within(saved).getByRole('button', { name: 'Save filter' }));
    expect(within(saved).getByText('Enter a name for the filter.')).toBeInTheDocument();
    expect(fake.callsTo('listViews.save')).toEqual([]);
    await user.type(within(saved).getByRole('textbox', { name: 'Name for the current search and filters' }), 'Detained Aliyevs{Enter}');
    await waitFor(() => expect(within(saved).getByRole('status')).toHaveTextContent('Saved “Detained Aliyevs”.'));
    expect(fake.listViews.map((v) => [v.name, v.state.query, v.state.filters.status])).toEqual([['Detained Aliyevs', 'aliyev', 'detained']]);

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await user.clear(searchBox());
    await waitFor(() => expect(rowNames()).toHaveLength(4));
    await user.selectOptions(within(saved).getByRole('combobox', { name: 'Saved filter' }), 'Detained Aliyevs');
    await waitFor(() => expect(rowNames()).toEqual(['Intiqam Əliyev']));
    expect(searchBox()).toHaveValue('aliyev');
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('detained');

    await user.click(within(saved).getByRole('button', { name: 'Delete saved filter' }));
    await waitFor(() => expect(within(saved).getByRole('status')).toHaveTextContent('Deleted “Detained Aliyevs”.'));
    expect(fake.listViews).toEqual([]);
  });

  it('says why a filter could not be saved and keeps the name to try again', async () => {
    const { user, fake } = await renderUnlocked({ cases: [ALIYEV, ...DECOYS] });
    await waitFor(() => expect(rowNames()).toHaveLength(4));
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    const saved = screen.getByRole('region', { name: 'Saved filters' });
    fake.failNext('listViews.save', 'INTERNAL', 'The disk is full, so this change was not saved.');
    const nameBox = within(saved).getByRole('textbox', { name: 'Name for the current search and filters' });
    await user.type(nameBox, 'Everyone{Enter}');
    expect(await within(saved).findByText(/The disk is full/)).toBeInTheDocument();
    expect(nameBox).toHaveValue('Everyone');
    await user.click(within(saved).getByRole('button', { name: 'Save filter' }));
    await waitFor(() => expect(fake.listViews.map((v) => v.name)).toEqual(['Everyone']));
  });
});

describe('keyboard and opening cases', () => {
  it('arrow keys move between rows, Enter opens the case, and coming back returns to that row', async () => {
    const { user, fake } = await renderUnlocked({ cases: [ALIYEV, ...DECOYS] });
    await waitFor(() => expect(rowNames()).toHaveLength(4));
    await user.keyboard('{ArrowDown}'); // the search box has focus after unlock
    expect(screen.getByRole('button', { name: 'Bəxtiyar Hacıyev' })).toHaveFocus();
    // One tab stop for the whole table: only the current row's button is in the tab order.
    expect(screen.getAllByTestId('case-open').filter((b) => b.tabIndex === 0)).toHaveLength(1);
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: 'Intiqam Əliyev' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('button', { name: 'Zəhra Əliyeva' })).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(screen.getByRole('button', { name: 'Intiqam Əliyev' })).toHaveFocus();

    await user.keyboard('{Enter}');
    const id = fake.byName('Intiqam Əliyev').id;
    await waitFor(() => expect(fake.callsTo('cases.get')).toEqual([{ id }]));
    expect(screen.queryByTestId('cases-view')).not.toBeInTheDocument();
    // Opening puts the full record into the working set.
    await waitFor(async () => expect((await db.records.get(id))?.file.person.names[0]?.full).toBe('Intiqam Əliyev'));

    await user.click(await screen.findByTestId('case-editor-close'));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Intiqam Əliyev' })).toHaveFocus());
  });

  it('Ctrl+F in an open case goes back to the list with the search box focused', async () => {
    const { user } = await renderUnlocked({ cases: [ALIYEV, ...DECOYS] });
    await user.click(await screen.findByRole('button', { name: 'Intiqam Əliyev' }));
    await screen.findByTestId('case-editor-close');
    await user.keyboard('{Control>}f{/Control}');
    await waitFor(() => expect(searchBox()).toHaveFocus());
  });

  it('clicking anywhere on a row opens it', async () => {
    const { user, fake } = await renderUnlocked({ cases: [ALIYEV, ...DECOYS] });
    await user.click(await screen.findByText('Sumqayit City Court'));
    await waitFor(() => expect(fake.callsTo('cases.get')).toEqual([{ id: fake.byName('Intiqam Məmmədov').id }]));
  });
});

describe('new case', () => {
  function dialog() {
    return screen.getByRole('dialog', { name: 'New case' });
  }

  it('opens with Ctrl+N, refuses an empty name, and Escape closes it without calling main', async () => {
    const { user, fake } = await renderUnlocked();
    expect(await screen.findByText('No cases yet.')).toBeInTheDocument();
    await user.keyboard('{Control>}n{/Control}');
    expect(within(dialog()).getByRole('textbox', { name: 'Name in Latin script' })).toHaveFocus();
    await user.click(within(dialog()).getByRole('button', { name: 'Create case' }));
    expect(within(dialog()).getByText('Enter a name.')).toBeInTheDocument();
    fireEvent.change(within(dialog()).getByRole('textbox', { name: 'Name in native script' }), { target: { value: 'Интигам\u001bАлиев' } });
    await user.click(within(dialog()).getByRole('button', { name: 'Create case' }));
    expect(within(dialog()).getByText('Names cannot contain control characters such as tabs or line breaks.')).toBeInTheDocument();
    fireEvent(dialog(), new Event('cancel', { cancelable: true }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(fake.callsTo('cases.create')).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'New case' })).toHaveFocus();
  });

  it('creates the case through main, adds it to the list only once acknowledged, and opens it', async () => {
    const { user, fake } = await renderUnlocked({ cases: DECOYS.slice(0, 1) });
    await waitFor(() => expect(rowNames()).toEqual(['Intiqam Məmmədov']));
    await user.click(screen.getByRole('button', { name: 'New case' }));
    await user.type(within(dialog()).getByRole('textbox', { name: 'Name in Latin script' }), 'Intiqam Əliyev');
    await user.type(within(dialog()).getByRole('textbox', { name: 'Name in native script' }), 'Интигам Алиев');
    await user.selectOptions(within(dialog()).getByRole('combobox', { name: 'Status' }), 'Detained');

    const gate = fake.hold('cases.create');
    await user.click(within(dialog()).getByRole('button', { name: 'Create case' }));
    expect(await within(dialog()).findByRole('button', { name: 'Creating…' })).toBeDisabled();
    expect(caseList.size).toBe(1);
    expect(caseList.size).toBe(1);

    gate.release();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(fake.callsTo('cases.create')).toEqual([{ nameLatin: 'Intiqam Əliyev', nameNative: 'Интигам Алиев', status: 'detained' }]);
    const created = fake.byName('Intiqam Əliyev');
    expect(await db.records.get(created.id)).toEqual(created);
    expect(caseList.get(created.id)?.otherNames).toEqual(['Интигам Алиев']);
    // The new case opens in the editor.
    await waitFor(() => expect(fake.callsTo('cases.get')).toEqual([{ id: created.id }]));
  });

  it('shows main’s error, keeps the input, and lets the user try again', async () => {
    const { user, fake } = await renderUnlocked();
    fake.failNext('cases.create', 'INTERNAL', 'The disk is full.');
    await user.click(await screen.findByRole('button', { name: 'New case' }));
    await user.type(within(dialog()).getByRole('textbox', { name: 'Name in Latin script' }), 'Intiqam Əliyev{Enter}');
    expect(await within(dialog()).findByRole('alert')).toHaveTextContent('Something went wrong: The disk is full.');
    expect(within(dialog()).getByRole('textbox', { name: 'Name in Latin script' })).toHaveValue('Intiqam Əliyev');
    expect(caseList.size).toBe(0);
    await user.click(within(dialog()).getByRole('button', { name: 'Create case' }));
    await waitFor(() => expect(fake.callsTo('cases.create')).toHaveLength(2));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});

describe('acknowledged saves', () => {
  it('a save acknowledged by main updates the row in place, and an older revision never replaces a newer one', async () => {
    const { fake } = await renderUnlocked({ cases: [ALIYEV, ...DECOYS] });
    await waitFor(() => expect(rowNames()).toHaveLength(4));
    const { currentGeneration, putAcknowledged } = await import('../../renderer/src/db/working-set');
    const before = fake.byName('Zəhra Əliyeva');
    const after = fake.externalUpdate(before.id, (file) => ({ ...file, status: 'released' }));
    await putAcknowledged(after, currentGeneration());
    await waitFor(() => expect(screen.getByRole('row', { name: /Zəhra Əliyeva/ })).toHaveTextContent('Released'));
    await putAcknowledged(before, currentGeneration());
    expect(screen.getByRole('row', { name: /Zəhra Əliyeva/ })).toHaveTextContent('Released');
    expect((await db.records.get(before.id))?.revision).toBe(2);
  });
});

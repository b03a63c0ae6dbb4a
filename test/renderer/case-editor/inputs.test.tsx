/**
 * The form engine, input kind by input kind: each commits the right document through cases.save.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { caseFile, FakeCases } from './fake-cases';
import { goTo, openEditor, savedFile, settled } from './helpers';

const PROCEEDING_ID = '7c5e3f40-2b6d-4e8f-a0b1-2c3d4e5f6071';
const CHARGE_A = '8d6f4051-3c7e-4f90-b1c2-3d4e5f607182';
const CHARGE_B = '9e705162-4d8f-4a01-82d3-4e5f60718293';
const SENTENCE_ID = 'af816273-5e90-4b12-93e4-5f6071829304';
const SOURCE_ID = 'b0927384-6fa1-4c23-a4f5-607182930415';
const INCIDENT_ID = 'c1a38495-70b2-4d34-b506-718293041526';

function richCase() {
  return caseFile({
    sources: [{ id: SOURCE_ID, name: 'Union for Freedom list' }],
    incidents: [{ id: INCIDENT_ID, act: 'ill_treatment' }],
    proceedings: [
      {
        id: PROCEEDING_ID,
        court: 'Baku Grave Crimes Court',
        charges: [
          { id: CHARGE_A, article: { jurisdiction: 'AZ', code: 'criminal', version: '1999', article: '192.2.2' } },
          { id: CHARGE_B, article: { jurisdiction: 'AZ', code: 'criminal', version: '1999', article: '213.1' } },
        ],
        sentences: [{ id: SENTENCE_ID, type: 'imprisonment' }],
      },
    ],
  });
}

describe('inputs commit the right document', () => {
  it('line: committed on blur, trimmed, with the acknowledged revision as base', async () => {
    const { fake, user } = await openEditor();
    await user.type(screen.getByLabelText(/^Reference/), '  HR-2014-017  ');
    await user.tab();
    const file = await savedFile(fake, 1);
    expect(file.reference).toBe('HR-2014-017');
    expect(fake.saves[0]?.baseRevision).toBe(1);
    await settled();
  });

  it('line: Enter commits; clearing removes the field', async () => {
    const { fake, user } = await openEditor(new FakeCases(caseFile({ title: 'Old title' })));
    const title = screen.getByLabelText(/^Title/);
    await user.clear(title);
    await user.keyboard('{Enter}');
    expect((await savedFile(fake, 1)).title).toBeUndefined();
    expect('title' in (await savedFile(fake, 1))).toBe(false);
  });

  it('prose keeps line breaks', async () => {
    const { fake, user } = await openEditor();
    await user.type(screen.getByLabelText(/^Summary/), 'Arrested at home.{Enter}Held incommunicado.');
    await user.tab();
    expect((await savedFile(fake, 1)).summary).toBe('Arrested at home.\nHeld incommunicado.');
  });

  it('date: typed text is parsed, stored as EDTF and shown back normalised with its precision', async () => {
    const { fake, user } = await openEditor();
    const opened = screen.getByLabelText(/^Opened on/);
    await user.type(opened, '12.05.2013');
    expect(screen.getAllByTestId('date-note')[0]).toHaveTextContent('Will be saved as: 12 May 2013');
    await user.tab();
    expect((await savedFile(fake, 1)).openedOn).toBe('2013-05-12');
    expect(opened).toHaveValue('12 May 2013');
    expect(screen.getAllByTestId('date-note')[0]).toHaveTextContent('day · stored as 2013-05-12');
  });

  it.each([
    ['2013', '2013', 'year'],
    ['May 2013', '2013-05', 'month'],
    ['c. May 2013', '2013-05~', 'month, approximate'],
    ['2013–2014', '2013/2014', 'range: year – year'],
    ['12 мая 2013', '2013-05-12', 'day'],
    ['12 may 2013', '2013-05-12', 'day'],
  ])('date: "%s" is stored as %s (%s)', async (typed, edtf, precision) => {
    const { fake, user } = await openEditor();
    await user.type(screen.getByLabelText(/^Closed on/), typed);
    await user.tab();
    expect((await savedFile(fake, 1)).closedOn).toBe(edtf);
    await waitFor(() => expect(screen.getAllByTestId('date-note')[1]).toHaveTextContent(`${precision} · stored as ${edtf}`));
  });

  it('date: an impossible date is not committed; the message says what to fix and the text stays', async () => {
    const { fake, user } = await openEditor();
    const opened = screen.getByLabelText(/^Opened on/);
    await user.type(opened, '31.04.2013');
    await user.tab();
    expect(await screen.findByText(/Day 31 does not exist in April/)).toBeInTheDocument();
    expect(opened).toHaveAttribute('aria-invalid', 'true');
    expect(opened).toHaveValue('31.04.2013');
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(fake.saves).toHaveLength(0);
    // Correcting it commits and clears the message.
    await user.clear(opened);
    await user.type(opened, '30.04.2013');
    await user.tab();
    expect((await savedFile(fake, 1)).openedOn).toBe('2013-04-30');
    expect(screen.queryByText(/does not exist/)).not.toBeInTheDocument();
    expect(opened).not.toHaveAttribute('aria-invalid');
  });

  it('lines: one entry per line, blanks dropped', async () => {
    const { fake, user } = await openEditor();
    await user.type(screen.getByLabelText(/^Case groups/), 'NIDA case{Enter}{Enter}  Freedom list 2014 {Enter}');
    await user.tab();
    expect((await savedFile(fake, 1)).caseGroups).toEqual(['NIDA case', 'Freedom list 2014']);
  });

  it('vocabulary select: commits the code, labelled in the UI language', async () => {
    const { fake, user } = await openEditor();
    await user.selectOptions(screen.getByLabelText(/^Priority/), 'High priority');
    expect((await savedFile(fake, 1)).priority).toBe('high');
    await user.selectOptions(screen.getByLabelText(/^Priority/), '— not set —');
    expect((await savedFile(fake, 2)).priority).toBeUndefined();
  });

  it('vocabulary checkboxes: commits the chosen codes in vocabulary order', async () => {
    const { fake, user } = await openEditor();
    await goTo(user, 'Person');
    const group = screen.getByRole('group', { name: /^Profile categories/ });
    await user.click(within(group).getByLabelText('Lawyer'));
    await settled();
    await user.click(within(group).getByLabelText('Journalist / blogger'));
    expect((await savedFile(fake, 2)).person.categories).toEqual(['journalist_blogger', 'lawyer']);
  });

  it('nested entity: the person is edited in place', async () => {
    const { fake, user } = await openEditor();
    await goTo(user, 'Person');
    await user.type(screen.getByLabelText(/^Place of birth/), 'Qazax');
    await user.tab();
    const file = await savedFile(fake, 1);
    expect(file.person.placeOfBirth).toBe('Qazax');
    expect(file.person.names[0]?.full).toBe('Intiqam Əliyev');
  });

  it('count and group: a sentence term of years and months; not a number is refused', async () => {
    const { fake, user } = await openEditor(new FakeCases(richCase()));
    await goTo(user, 'Proceedings');
    const sentence = screen.getByRole('group', { name: 'Sentence 1' });
    const years = within(sentence).getByLabelText('Years');
    await user.type(years, '7');
    await user.tab();
    expect((await savedFile(fake, 1)).proceedings[0]?.sentences[0]?.term).toEqual({ years: 7 });
    await settled();
    await user.type(within(sentence).getByLabelText('Months'), 'six');
    await user.tab();
    expect(await within(sentence).findByText('Enter a number.')).toBeInTheDocument();
    await user.type(within(sentence).getByLabelText(/^Pre-trial time credited/), '400');
    await user.tab();
    expect((await savedFile(fake, 2)).proceedings[0]?.sentences[0]?.creditedPreTrialDays).toBe(400);
    await user.clear(within(sentence).getByLabelText('Years'));
    await user.type(within(sentence).getByLabelText('Years'), '120');
    await user.tab();
    expect(await within(sentence).findByText('At most 99.')).toBeInTheDocument();
    expect(fake.saves).toHaveLength(2);
  });

  it('boolean: a checkbox commits true and false', async () => {
    const { fake, user } = await openEditor(new FakeCases(caseFile({ notes: [{ id: INCIDENT_ID, title: 'Ask for the medical file' }] })));
    await goTo(user, 'Notes and tasks');
    await user.click(screen.getByRole('checkbox', { name: 'Done' }));
    expect((await savedFile(fake, 1)).notes[0]?.done).toBe(true);
    await settled();
    await user.click(screen.getByRole('checkbox', { name: 'Done' }));
    expect((await savedFile(fake, 2)).notes[0]?.done).toBe(false);
  });

  it('link: a charge requalified from another charge of the same proceeding, chosen by its article', async () => {
    const { fake, user } = await openEditor(new FakeCases(richCase()));
    await goTo(user, 'Proceedings');
    await user.click(screen.getByRole('button', { name: /^Charge 2/ }));
    const charge = screen.getByRole('group', { name: 'Charge 2' });
    const from = within(charge).getByLabelText(/^Requalified from/);
    // Only the other charge is offered, labelled by its article.
    expect(within(from).getAllByRole('option').map((o) => o.textContent)).toEqual(['— not set —', expect.stringContaining('192.2.2')]);
    await user.selectOptions(from, CHARGE_A);
    expect((await savedFile(fake, 1)).proceedings[0]?.charges[1]?.requalifiedFrom).toBe(CHARGE_A);
  });

  it('links: an incident cites the case sources, by name', async () => {
    const { fake, user } = await openEditor(new FakeCases(richCase()));
    await goTo(user, 'Treatment in custody');
    const sources = screen.getByRole('group', { name: /^Sources/ });
    await user.click(within(sources).getByLabelText('Union for Freedom list'));
    expect((await savedFile(fake, 1)).incidents[0]?.sourceIds).toEqual([SOURCE_ID]);
  });

  it('article: found by number, with the unofficial-translation note; stored with its code version', async () => {
    const { fake, user } = await openEditor(new FakeCases(richCase()));
    await goTo(user, 'Proceedings');
    await user.click(screen.getByRole('button', { name: /^Charge 1/ }));
    const charge = screen.getByRole('group', { name: 'Charge 1' });
    expect(within(charge).getByTestId('article-chosen')).toHaveTextContent('192.2.2');
    const search = within(charge).getByRole('combobox', { name: /^Article/ });
    await user.type(search, '234.4.3');
    const option = await within(charge).findByRole('option', { name: /234\.4\.3/ });
    expect(option).toHaveTextContent('unofficial translation');
    await user.keyboard('{Enter}');
    const article = (await savedFile(fake, 1)).proceedings[0]?.charges[0]?.article;
    expect(article).toEqual({ jurisdiction: 'AZ', code: 'criminal', version: '1999', article: '234.4.3' });
    expect(within(charge).getByTestId('article-chosen')).toHaveTextContent('234.4.3');
    expect(within(charge).getByTestId('article-chosen')).toHaveTextContent('unofficial translation');
  });

  it('article: a number not in the catalogue is kept as typed and marked so; Escape closes the list', async () => {
    const { fake, user } = await openEditor(new FakeCases(richCase()));
    await goTo(user, 'Proceedings');
    await user.click(screen.getByRole('button', { name: /^Charge 1/ }));
    const charge = screen.getByRole('group', { name: 'Charge 1' });
    const search = within(charge).getByRole('combobox', { name: /^Article/ });
    await user.type(search, 'st. 999.1');
    expect(await within(charge).findByRole('option', { name: /Use 999\.1 \(not in catalogue\)/ })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(within(charge).queryByRole('listbox')).not.toBeInTheDocument();
    expect(search).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{ArrowDown}{Enter}');
    const article = (await savedFile(fake, 1)).proceedings[0]?.charges[0]?.article;
    expect(article).toMatchObject({ article: '999.1', asEntered: 'st. 999.1', version: '1999' });
    expect(within(charge).getByTestId('article-chosen')).toHaveTextContent('not in catalogue');
  });

  it('article: words of the title in Russian find it too', async () => {
    const { user } = await openEditor(new FakeCases(richCase()));
    await goTo(user, 'Proceedings');
    await user.click(screen.getByRole('button', { name: /^Charge 1/ }));
    const charge = screen.getByRole('group', { name: 'Charge 1' });
    fireEvent.change(within(charge).getByRole('combobox', { name: /^Article/ }), { target: { value: 'хулиганство' } });
    expect((await within(charge).findAllByRole('option')).some((o) => /221/.test(o.textContent ?? ''))).toBe(true);
  });
});

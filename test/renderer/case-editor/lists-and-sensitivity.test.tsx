/** Entity lists (add, drafts, remove, reorder) and the sensitivity marker of every field. */
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../renderer/src/i18n';
import { caseFile, FakeCases, NAME_ID } from './fake-cases';
import { goTo, openEditor, savedFile, settled } from './helpers';


const DET_A = 'd2b4a5c6-81c3-4e45-a617-829304152637';
const DET_B = 'e3c5b6d7-92d4-4f56-b728-930415263748';

describe('entity lists', () => {
  it('adds an entry that needs nothing more at once, focused and saved', async () => {
    const { fake, user } = await openEditor();
    await goTo(user, 'Detention');
    expect(screen.getByText('None recorded yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add: Detention' }));
    const file = await savedFile(fake, 1);
    expect(file.detentions).toHaveLength(1);
    expect(file.detentions[0]).toMatchObject({ whereabouts: [], measures: [], placements: [] });
    expect(screen.getByLabelText(/^Arrested on/)).toHaveFocus();
    await user.keyboard('2 August 2014');
    await user.tab();
    expect((await savedFile(fake, 2)).detentions[0]?.arrestedOn).toBe('2014-08-02');
    // The collapsed summary line is made of the primary fields.
    await user.click(screen.getByRole('button', { name: /^Detention 1/ }));
    expect(screen.getByRole('button', { name: /^Detention 1/ })).toHaveTextContent('2 August 2014');
    expect(screen.getByRole('button', { name: /^Detention 1/ })).toHaveAttribute('aria-expanded', 'false');
  });

  it('keeps a new entry with a missing required field as a draft until it is complete', async () => {
    const { fake, user } = await openEditor();
    await goTo(user, 'Sources');
    await user.click(screen.getByRole('button', { name: 'Add: Source' }));
    expect(screen.getByTestId('draft-needs')).toHaveTextContent('To save this entry, fill in: Source.');
    expect(screen.getByTestId('save-status')).toHaveTextContent('Not saved: complete the new entry “Source” (Source).');
    // Choosing a type before the name keeps the draft (and what was chosen).
    await user.selectOptions(screen.getByLabelText('Type'), 'ngo');
    expect(fake.saves).toHaveLength(0);
    await user.type(screen.getByLabelText('Source (required)'), 'Institute for Peace and Democracy');
    await user.tab();
    const file = await savedFile(fake, 1);
    expect(file.sources).toEqual([expect.objectContaining({ name: 'Institute for Peace and Democracy', type: 'ngo' })]);
    expect(screen.queryByTestId('draft-needs')).not.toBeInTheDocument();
    await settled();
  });

  it('removes an entry after a confirmation, and reorders', async () => {
    const { fake, user } = await openEditor(new FakeCases(caseFile({ detentions: [{ id: DET_A, arrestPlace: 'Baku' }, { id: DET_B, arrestPlace: 'Gəncə' }] })));
    await goTo(user, 'Detention');
    await user.click(screen.getByRole('button', { name: 'Move down: Detention 1' }));
    expect((await savedFile(fake, 1)).detentions.map((d) => d.id)).toEqual([DET_B, DET_A]);
    await settled();
    await user.click(screen.getByRole('button', { name: 'Remove: Detention 1' }));
    expect(screen.getByText(/Remove this entry\?/)).toBeInTheDocument();
    expect(fake.saves).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Keep' }));
    expect(fake.saves).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Remove: Detention 1' }));
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    expect((await savedFile(fake, 2)).detentions.map((d) => d.id)).toEqual([DET_A]);
  });

  it('refuses to remove the last name of the person, and says why', async () => {
    const { fake, user } = await openEditor();
    await goTo(user, 'Person');
    await user.click(screen.getByRole('button', { name: 'Remove: Name 1' }));
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    expect(await screen.findByText('The person needs at least one name.')).toBeInTheDocument();
    expect(fake.saves).toHaveLength(0);
  });

  it('nested lists: a placement inside a detention', async () => {
    const { fake, user } = await openEditor(new FakeCases(caseFile({ detentions: [{ id: DET_A }] })));
    await goTo(user, 'Detention');
    await user.click(screen.getByRole('button', { name: 'Add: Placement' }));
    await user.type(screen.getByLabelText(/^Facility \(required\)/), 'Kürdəxanı pre-trial detention centre');
    await user.keyboard('{Enter}');
    const file = await savedFile(fake, 1);
    expect(file.detentions[0]?.placements).toEqual([expect.objectContaining({ facilityName: 'Kürdəxanı pre-trial detention centre', conditions: [] })]);
  });
});

describe('sensitivity marker', () => {
  it('shows the default of the field kind, with words, and writes an override only when it differs', async () => {
    const { fake, user } = await openEditor();
    const reference = screen.getByRole('combobox', { name: 'Sensitivity of “Reference”' });
    expect(reference).toHaveDisplayValue('Restricted (default)');
    expect(screen.getByTestId('sensitivity-reference')).toHaveAttribute('data-level', 'restricted');
    expect(screen.getByRole('combobox', { name: 'Sensitivity of “Status”' })).toHaveDisplayValue('Public (default)');
    await user.selectOptions(reference, 'confidential');
    expect((await savedFile(fake, 1)).sensitivity).toEqual({ reference: 'confidential' });
    expect(screen.getByTestId('sensitivity-reference')).toHaveAttribute('data-level', 'confidential');
    expect(reference).toHaveDisplayValue('Confidential');
    await settled();
    await user.selectOptions(reference, 'restricted');
    const file = await savedFile(fake, 2);
    expect(file.sensitivity).toBeUndefined();
  });

  it('marks confidential-by-default fields (health, family contacts) and nested entity fields', async () => {
    const { fake, user } = await openEditor();
    await goTo(user, 'Person');
    expect(screen.getByRole('combobox', { name: 'Sensitivity of “Health”' })).toHaveDisplayValue('Confidential (default)');
    expect(screen.getByRole('combobox', { name: 'Sensitivity of “Family contacts”' })).toHaveDisplayValue('Confidential (default)');
    // A list of one entry shows it open.
    expect(screen.getByRole('button', { name: /^Name 1/ })).toHaveAttribute('aria-expanded', 'true');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sensitivity of “Full name”' }), 'public');
    const name = (await savedFile(fake, 1)).person.names[0];
    expect(name).toMatchObject({ id: NAME_ID, sensitivity: { full: 'public' } });
  });

  it('speaks the UI language', async () => {
    const { user } = await openEditor();
    await act(() => i18n.changeLanguage('az'));
    expect(screen.getByRole('combobox', { name: '«İstinad nömrəsi» sahəsinin həssaslıq dərəcəsi' })).toHaveDisplayValue('Məhdud (standart)');
    await act(() => i18n.changeLanguage('ru'));
    await user.click(within(screen.getByRole('navigation', { name: 'Разделы дела' })).getByRole('button', { name: 'Лицо' }));
    expect(screen.getByRole('heading', { name: 'Лицо' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Степень конфиденциальности поля «Здоровье»' })).toHaveDisplayValue('Конфиденциальный (по умолчанию)');
    await waitFor(() => expect(screen.getByTestId('shortcut-help')).toHaveTextContent('Клавиатура'));
  });
});

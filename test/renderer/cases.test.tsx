import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../renderer/src/db/database';
import { renderUnlocked, rowNames } from './helpers';

const ALIYEV = { nameLatin: 'Intiqam Əliyev', nameNative: 'Интигам Алиев', status: 'detained' } as const;
const OTHERS = [
  { nameLatin: 'Zəhra Quliyeva', status: 'released' },
  { nameLatin: 'Bəxtiyar Hacıyev', nameNative: 'Бахтияр Гаджиев', status: 'convicted' },
] as const;

function editor() {
  return screen.getByRole('region', { name: /New case|Edit case/ });
}

describe('case list', () => {
  it('shows the working set filled from main, sorted by Latin name, with translated statuses', async () => {
    await renderUnlocked({ cases: [ALIYEV, ...OTHERS] });
    await waitFor(() => expect(rowNames()).toEqual(['Bəxtiyar Hacıyev', 'Intiqam Əliyev', 'Zəhra Quliyeva']));
    const row = screen.getByRole('row', { name: /Intiqam Əliyev/ });
    expect(within(row).getByText('Интигам Алиев')).toBeInTheDocument();
    expect(within(row).getByText('Detained')).toBeInTheDocument();
    expect(screen.getByTestId('case-count')).toHaveTextContent('Cases: 3');
    expect(await db.cases.count()).toBe(3);
  });

  it('filters by either script, forgiving missing Azerbaijani letters', async () => {
    const { user } = await renderUnlocked({ cases: [ALIYEV, ...OTHERS] });
    await waitFor(() => expect(rowNames()).toHaveLength(3));
    await user.type(screen.getByRole('searchbox', { name: 'Search cases' }), 'haciyev');
    expect(rowNames()).toEqual(['Bəxtiyar Hacıyev']);
    await user.clear(screen.getByRole('searchbox', { name: 'Search cases' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search cases' }), 'алиев');
    expect(rowNames()).toEqual(['Intiqam Əliyev']);
    await user.type(screen.getByRole('searchbox', { name: 'Search cases' }), 'xyz');
    expect(screen.getByText('No cases match “алиевxyz”.')).toBeInTheDocument();
  });
});

describe('large vaults', () => {
  it('renders a page of rows at a time and shows more on request', async () => {
    const many = Array.from({ length: 250 }, (_, i) => ({ nameLatin: `Person ${String(i).padStart(3, '0')}`, status: 'other' as const }));
    const { user } = await renderUnlocked({ cases: many });
    await waitFor(() => expect(rowNames()).toHaveLength(200));
    expect(screen.getByTestId('case-count')).toHaveTextContent('Cases: 250');
    expect(screen.getByText('Showing 200 of 250')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(rowNames()).toHaveLength(250);
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
  });
});

describe('creating a case', () => {
  it('opens the editor with the Latin name focused and refuses an empty name', async () => {
    const { user, fake } = await renderUnlocked();
    await user.click(screen.getByRole('button', { name: 'New case' }));
    expect(screen.getByRole('textbox', { name: 'Name in Latin script' })).toHaveFocus();
    await user.click(within(editor()).getByRole('button', { name: 'Save' }));
    expect(within(editor()).getByText('Enter a name.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Name in Latin script' })).toHaveAttribute('aria-invalid', 'true');
    // Whitespace only is empty too (the shared schema trims).
    await user.type(screen.getByRole('textbox', { name: 'Name in Latin script' }), '   {Enter}');
    expect(within(editor()).getByText('Enter a name.')).toBeInTheDocument();
    expect(fake.callsTo('cases.create')).toHaveLength(0);
  });

  it('refuses control characters in either name', async () => {
    const { user, fake } = await renderUnlocked();
    await user.click(screen.getByRole('button', { name: 'New case' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Name in Latin script' }), { target: { value: 'Intiqam\u0007Əliyev' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Name in native script' }), { target: { value: 'Интигам\u001bАлиев' } });
    await user.click(within(editor()).getByRole('button', { name: 'Save' }));
    expect(within(editor()).getAllByText('Names cannot contain control characters such as tabs or line breaks.')).toHaveLength(2);
    expect(screen.getByRole('textbox', { name: 'Name in Latin script' })).toHaveFocus();
    expect(fake.callsTo('cases.create')).toHaveLength(0);

    // Fixing the field clears its message as the user types.
    fireEvent.change(screen.getByRole('textbox', { name: 'Name in Latin script' }), { target: { value: 'Intiqam Əliyev' } });
    expect(within(editor()).getAllByText(/control characters/)).toHaveLength(1);
  });

  it('adds the case to the list only after main acknowledges the write', async () => {
    const { user, fake } = await renderUnlocked({ cases: OTHERS.slice(0, 1) });
    await waitFor(() => expect(rowNames()).toEqual(['Zəhra Quliyeva']));
    await user.click(screen.getByRole('button', { name: 'New case' }));
    await user.type(screen.getByRole('textbox', { name: 'Name in Latin script' }), ALIYEV.nameLatin);
    await user.type(screen.getByRole('textbox', { name: 'Name in native script' }), ALIYEV.nameNative);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Detained');

    const gate = fake.hold('cases.create');
    await user.click(within(editor()).getByRole('button', { name: 'Save' }));
    expect(await within(editor()).findByRole('button', { name: 'Saving…' })).toBeDisabled();
    // Not acknowledged yet: neither the list nor the working set has it.
    expect(rowNames()).toEqual(['Zəhra Quliyeva']);
    expect(await db.cases.count()).toBe(1);

    gate.release();
    await waitFor(() => expect(rowNames()).toEqual(['Intiqam Əliyev', 'Zəhra Quliyeva']));
    expect(fake.callsTo('cases.create')).toEqual([ALIYEV]);
    const stored = (await db.cases.toArray()).find((c) => c.nameLatin === ALIYEV.nameLatin);
    expect(stored).toEqual([...fake.cases.values()].find((c) => c.nameLatin === ALIYEV.nameLatin));
    expect(screen.getByTestId('case-notice')).toHaveTextContent('Saved “Intiqam Əliyev”.');
    expect(screen.queryByTestId('case-editor')).not.toBeInTheDocument();
    // Focus returns to the saved case's row.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Intiqam Əliyev' })).toHaveFocus());
  });

  it('leaves the list unchanged and shows the error when main refuses the write', async () => {
    const { user, fake } = await renderUnlocked({ cases: OTHERS.slice(0, 1) });
    await waitFor(() => expect(rowNames()).toEqual(['Zəhra Quliyeva']));
    fake.failNext('cases.create', 'INTERNAL', 'The disk is full.');
    await user.click(screen.getByRole('button', { name: 'New case' }));
    await user.type(screen.getByRole('textbox', { name: 'Name in Latin script' }), `${ALIYEV.nameLatin}{Enter}`);

    expect(await within(editor()).findByRole('alert')).toHaveTextContent('Something went wrong: The disk is full.');
    expect(fake.callsTo('cases.create')).toHaveLength(1);
    expect(rowNames()).toEqual(['Zəhra Quliyeva']);
    expect(await db.cases.count()).toBe(1);
    // The user's input is kept so they can try again.
    expect(screen.getByRole('textbox', { name: 'Name in Latin script' })).toHaveValue(ALIYEV.nameLatin);
    expect(within(editor()).getByRole('button', { name: 'Save' })).toBeEnabled();

    await user.click(within(editor()).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(rowNames()).toEqual(['Intiqam Əliyev', 'Zəhra Quliyeva']));
  });

  it('works from the keyboard: Ctrl+N opens, Escape cancels, Ctrl+S saves', async () => {
    const { user, fake } = await renderUnlocked();
    await user.keyboard('{Control>}n{/Control}');
    expect(screen.getByRole('textbox', { name: 'Name in Latin script' })).toHaveFocus();
    await user.keyboard('Discarded{Escape}');
    expect(screen.queryByTestId('case-editor')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'New case' })).toHaveFocus());

    await user.keyboard('{Control>}n{/Control}');
    await user.keyboard(`${ALIYEV.nameLatin}{Control>}s{/Control}`);
    await waitFor(() => expect(rowNames()).toEqual([ALIYEV.nameLatin]));
    expect(fake.callsTo('cases.create')).toEqual([{ nameLatin: ALIYEV.nameLatin, status: 'detained' }]);
  });
});

describe('editing a case', () => {
  it('opens a row with Enter, saves against the revision it was based on, and updates the list', async () => {
    const { user, fake } = await renderUnlocked({ cases: [ALIYEV] });
    const open = await screen.findByRole('button', { name: 'Intiqam Əliyev' });
    open.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: 'Edit case' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Name in Latin script' })).toHaveValue('Intiqam Əliyev');
    expect(screen.getByRole('textbox', { name: 'Name in native script' })).toHaveValue('Интигам Алиев');
    expect(screen.getByTestId('case-revision')).toHaveTextContent('Revision 1');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Released');
    await user.click(within(editor()).getByRole('button', { name: 'Save' }));
    const row = await screen.findByRole('row', { name: /Intiqam Əliyev/ });
    await waitFor(() => expect(within(row).getByText('Released')).toBeInTheDocument());
    const [update] = fake.callsTo('cases.update') as Array<{ id: string; baseRevision: number; draft: unknown }>;
    expect(update).toMatchObject({ baseRevision: 1, draft: { ...ALIYEV, status: 'released' } });
    expect((await db.cases.get(update!.id))?.revision).toBe(2);
  });

  it('clicking a row opens it too, and clearing the native name removes it', async () => {
    const { user, fake } = await renderUnlocked({ cases: [ALIYEV] });
    await user.click(await screen.findByText('Интигам Алиев'));
    await user.clear(screen.getByRole('textbox', { name: 'Name in native script' }));
    await user.click(within(editor()).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByText('Интигам Алиев')).not.toBeInTheDocument());
    const [update] = fake.callsTo('cases.update') as Array<{ draft: Record<string, unknown> }>;
    expect(update!.draft).not.toHaveProperty('nameNative');
  });

  it('on a conflict tells the user and reloads the latest version instead of overwriting it', async () => {
    const { user, fake } = await renderUnlocked({ cases: [ALIYEV] });
    await user.click(await screen.findByRole('button', { name: 'Intiqam Əliyev' }));
    const [record] = [...fake.cases.values()];
    fake.externalUpdate(record!.id, { status: 'convicted', nameNative: 'Интигам Алиев (Баку)' });

    await user.clear(screen.getByRole('textbox', { name: 'Name in Latin script' }));
    await user.type(screen.getByRole('textbox', { name: 'Name in Latin script' }), 'Intigam Aliyev{Enter}');
    expect(await within(editor()).findByRole('alert')).toHaveTextContent(/Someone else saved this case while you were editing it/);
    // The form now shows the vault's version, and so does the list.
    expect(screen.getByRole('textbox', { name: 'Name in Latin script' })).toHaveValue('Intiqam Əliyev');
    expect(screen.getByRole('textbox', { name: 'Name in native script' })).toHaveValue('Интигам Алиев (Баку)');
    expect(screen.getByTestId('case-revision')).toHaveTextContent('Revision 2');
    await waitFor(() => expect(screen.getByRole('row', { name: /Intiqam Əliyev/ })).toHaveTextContent('Convicted'));
    expect(fake.cases.get(record!.id)?.nameLatin).toBe('Intiqam Əliyev');

    // Saving again is based on the new revision and goes through.
    await user.click(within(editor()).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.cases.get(record!.id)?.revision).toBe(3));
  });
});

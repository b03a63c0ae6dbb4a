/**
 * The list report opened from the case list: the dialog learns from the list whether a search or
 * a filter chose its cases, and for an audience other than internal warns that the choice itself
 * may reveal what the audience may not see (the search reads every text, confidential ones too).
 */
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { caseFile } from '../case-fixtures';
import { renderUnlocked, rowNames } from '../helpers';

const CASES = [
  caseFile({ name: 'Intiqam Əliyev', status: 'detained', court: 'Baku Grave Crimes Court' }),
  caseFile({ name: 'Intiqam Məmmədov', status: 'released', court: 'Sumqayit City Court' }),
  caseFile({ name: 'Zəhra Əliyeva', status: 'convicted' }),
];

const openReport = async (user: UserEvent) => {
  await user.click(screen.getByRole('button', { name: 'List report…' }));
  return screen.getByTestId('list-report-dialog');
};

const closeReport = async (user: UserEvent, dialog: HTMLElement) => {
  await user.click(within(dialog).getByRole('button', { name: 'Close' }));
  await waitFor(() => expect(screen.queryByTestId('list-report-dialog')).toBeNull());
};

describe('list report from the case list', () => {
  it('warns for a searched list, not for the whole list, and not for the internal audience', async () => {
    const { user } = await renderUnlocked({ cases: CASES });
    await waitFor(() => expect(rowNames()).toHaveLength(3));

    let dialog = await openReport(user);
    expect(within(dialog).getByTestId('report-case-count')).toHaveTextContent('(every case in the vault)');
    expect(within(dialog).queryByTestId('selection-warning')).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Generate PDF' })).toBeEnabled();
    await closeReport(user, dialog);

    await user.type(screen.getByRole('searchbox', { name: 'Search cases' }), 'sumqayit');
    await waitFor(() => expect(rowNames()).toEqual(['Intiqam Məmmədov']));
    dialog = await openReport(user);
    expect(within(dialog).getByTestId('selection-warning')).toHaveTextContent('decided by searching and filtering everything in the case files');
    expect(within(dialog).getByRole('button', { name: 'Generate PDF' })).toBeDisabled();
    await user.click(within(dialog).getByRole('radio', { name: /Internal \(working file\)/ }));
    expect(within(dialog).queryByTestId('selection-warning')).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Generate PDF' })).toBeEnabled();
    await closeReport(user, dialog);
  });

  it('warns for a filtered list without a search', async () => {
    const { user } = await renderUnlocked({ cases: CASES });
    await waitFor(() => expect(rowNames()).toHaveLength(3));
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    const status = within(screen.getByRole('region', { name: 'Filters' })).getByRole('combobox', { name: 'Status' });
    await user.selectOptions(status, within(status).getByRole('option', { name: 'Detained' }).getAttribute('value')!);
    await waitFor(() => expect(rowNames()).toEqual(['Intiqam Əliyev']));

    const dialog = await openReport(user);
    expect(within(dialog).getByTestId('selection-warning')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Generate PDF' })).toBeDisabled();
    await user.click(within(dialog).getByRole('checkbox', { name: 'I have checked that the choice of cases reveals nothing this audience may not know' }));
    expect(within(dialog).getByRole('button', { name: 'Generate PDF' })).toBeEnabled();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { caseFile } from './case-fixtures';
import { STRONG_PASSPHRASE } from './fake-habeas';
import { renderApp, renderUnlocked } from './helpers';

/**
 * axe-core over each screen. Rules that need real layout (colour contrast, target size) cannot be
 * judged in happy-dom and are left to the Chromium e2e run.
 */
async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, {
    rules: { 'color-contrast': { enabled: false }, 'target-size': { enabled: false } },
    resultTypes: ['violations'],
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility (axe-core)', () => {
  it('create-vault screen, with validation errors shown', async () => {
    const { user } = renderApp({ state: 'missing' });
    await screen.findByRole('heading', { name: 'Create your vault' });
    await user.type(screen.getByLabelText('Passphrase'), 'short');
    await user.keyboard('{Enter}');
    expect(await violations()).toEqual([]);
  });

  it('recovery key and confirmation screens', async () => {
    const { user } = renderApp({ state: 'missing' });
    await screen.findByRole('heading', { name: 'Create your vault' });
    await user.type(screen.getByLabelText('Passphrase'), STRONG_PASSPHRASE);
    await user.type(screen.getByLabelText('Repeat passphrase'), `${STRONG_PASSPHRASE}{Enter}`);
    await screen.findByRole('heading', { name: 'Your recovery key' });
    expect(await violations()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'I have written it down' }));
    await screen.findByRole('heading', { name: 'Confirm your recovery key' });
    expect(await violations()).toEqual([]);
  });

  it('unlock screen with a wrong-passphrase error, and the recovery form', async () => {
    const { user } = renderApp({ state: 'locked' });
    await screen.findByRole('heading', { name: 'Unlock the vault' });
    await user.type(screen.getByLabelText('Passphrase'), 'wrong{Enter}');
    await screen.findByRole('alert');
    expect(await violations()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Use recovery key' }));
    await screen.findByRole('heading', { name: 'Unlock with the recovery key' });
    expect(await violations()).toEqual([]);
  });

  it('case list with filters and saved filters open, a search with no match, the New case dialog, and settings', async () => {
    const { user } = await renderUnlocked({
      cases: [
        caseFile({ name: 'Intiqam Əliyev', otherNames: ['Интигам Алиев'], arrestedOn: '2014-08-08', articles: ['308.2'], court: 'Baku Grave Crimes Court', conclusion: 'political_prisoner', recognisedBy: ['pace_rapporteur'] }),
        { nameLatin: 'Zəhra Quliyeva', status: 'other' },
      ],
    });
    await screen.findByRole('button', { name: 'Intiqam Əliyev' });
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    await user.type(within(screen.getByRole('group', { name: 'Arrest date' })).getByRole('textbox', { name: 'From' }), 'soon');
    await user.type(screen.getByRole('searchbox', { name: 'Search cases' }), 'aliyev');
    await waitFor(() => expect(screen.getAllByTestId('case-open')).toHaveLength(1));
    expect(await violations()).toEqual([]);
    await user.type(screen.getByRole('searchbox', { name: 'Search cases' }), ' nobody');
    await screen.findByText('No cases match the search and filters.');
    expect(await violations()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'New case' }));
    await user.click(screen.getByRole('button', { name: 'Create case' }));
    await waitFor(() => expect(screen.getByText('Enter a name.')).toBeInTheDocument());
    expect(await violations()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    await screen.findByRole('heading', { name: 'Settings', level: 1 });
    expect(await violations()).toEqual([]);
  }, 20_000);
});

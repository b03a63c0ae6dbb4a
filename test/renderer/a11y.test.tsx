import { screen, waitFor } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
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

  it('case list with the editor open, and settings', async () => {
    const { user } = await renderUnlocked({ cases: [{ nameLatin: 'Intiqam Əliyev', nameNative: 'Интигам Алиев', status: 'detained' }, { nameLatin: 'Zəhra Quliyeva', status: 'other' }] });
    await user.click(await screen.findByRole('button', { name: 'Intiqam Əliyev' }));
    await user.clear(screen.getByRole('textbox', { name: 'Name in Latin script' }));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByText('Enter a name.')).toBeInTheDocument());
    expect(await violations()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    await screen.findByRole('heading', { name: 'Settings', level: 1 });
    expect(await violations()).toEqual([]);
  });
});

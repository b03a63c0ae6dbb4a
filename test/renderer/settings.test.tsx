import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { STRONG_PASSPHRASE } from './fake-habeas';
import { renderUnlocked } from './helpers';

const NEXT = 'seven quiet herons over the Kura';

async function openSettings() {
  const result = await renderUnlocked({ autoLockMinutes: 5 });
  await result.user.click(screen.getByRole('button', { name: 'Settings' }));
  await screen.findByRole('heading', { name: 'Settings', level: 1 });
  return result;
}

describe('settings', () => {
  it('opens with the current passphrase field focused and closes with Escape', async () => {
    const { user } = await openSettings();
    expect(screen.getByLabelText('Current passphrase')).toHaveFocus();
    expect(screen.getByText('Currently: after 5 min')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(await screen.findByRole('heading', { name: 'Cases', level: 1 })).toBeInTheDocument();
  });

  it('refuses a wrong current passphrase', async () => {
    const { user, fake } = await openSettings();
    await user.type(screen.getByLabelText('Current passphrase'), 'not it at all');
    await user.type(screen.getByLabelText('New passphrase'), NEXT);
    await user.type(screen.getByLabelText('Repeat new passphrase'), `${NEXT}{Enter}`);
    expect(await screen.findByRole('alert')).toHaveTextContent('That passphrase is not correct.');
    expect(screen.getByLabelText('Current passphrase')).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(screen.getByLabelText('Current passphrase')).toHaveFocus());
    expect(fake.passphrase).toBe(STRONG_PASSPHRASE);
  });

  it('validates the new passphrase like the create screen', async () => {
    const { user, fake } = await openSettings();
    await user.type(screen.getByLabelText('Current passphrase'), STRONG_PASSPHRASE);
    await user.type(screen.getByLabelText('New passphrase'), NEXT);
    await user.type(screen.getByLabelText('Repeat new passphrase'), `${NEXT}x{Enter}`);
    expect(screen.getByText('The two passphrases do not match.')).toBeInTheDocument();
    expect(fake.callsTo('vault.changePassphrase')).toHaveLength(0);
  });

  it('changes the passphrase and clears the fields', async () => {
    const { user, fake } = await openSettings();
    await user.type(screen.getByLabelText('Current passphrase'), STRONG_PASSPHRASE);
    await user.type(screen.getByLabelText('New passphrase'), NEXT);
    await user.type(screen.getByLabelText('Repeat new passphrase'), NEXT);
    await user.click(screen.getByRole('button', { name: 'Change passphrase' }));
    expect(await screen.findByText('Passphrase changed. Use the new passphrase from now on.')).toBeInTheDocument();
    expect(fake.passphrase).toBe(NEXT);
    expect(screen.getByLabelText('Current passphrase')).toHaveValue('');
    expect(screen.getByLabelText('New passphrase')).toHaveValue('');
  });

  it('sets the auto-lock minutes, 0 meaning never, and refuses nonsense', async () => {
    const { user, fake } = await openSettings();
    const minutes = screen.getByLabelText('Lock after this many minutes without activity');
    expect(minutes).toHaveValue(5);
    await user.clear(minutes);
    await user.type(minutes, '2000');
    await user.click(screen.getByRole('button', { name: 'Save setting' }));
    expect(screen.getByText('Enter a whole number of minutes from 0 to 1440.')).toBeInTheDocument();
    expect(fake.callsTo('settings.setAutoLockMinutes')).toHaveLength(0);

    await user.clear(minutes);
    await user.type(minutes, '0{Enter}');
    expect(await screen.findByText(/The vault no longer locks by itself/)).toBeInTheDocument();
    expect(fake.callsTo('settings.setAutoLockMinutes')).toEqual([{ minutes: 0 }]);
    await waitFor(() => expect(screen.getByText('Currently: never')).toBeInTheDocument());
    expect(fake.autoLockMinutes).toBe(0);
  });
});

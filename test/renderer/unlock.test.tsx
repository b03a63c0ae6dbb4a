import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { caseList } from '../../renderer/src/db/case-list-store';
import { STRONG_PASSPHRASE, TEST_RECOVERY_KEY } from './fake-habeas';
import { renderApp, rowNames } from './helpers';

const CASE = { nameLatin: 'Intiqam Əliyev', nameNative: 'Интигам Алиев', status: 'detained' } as const;

describe('unlock', () => {
  it('shows the unlock screen for a locked vault with focus in the passphrase field', async () => {
    renderApp({ state: 'locked' });
    expect(await screen.findByRole('heading', { name: 'Unlock the vault' })).toBeInTheDocument();
    expect(screen.getByLabelText('Passphrase')).toHaveFocus();
  });

  it('refuses a wrong passphrase with a clear message and keeps the vault closed', async () => {
    const { user, fake } = renderApp({ state: 'locked', cases: [CASE] });
    await screen.findByRole('heading', { name: 'Unlock the vault' });
    await user.type(screen.getByLabelText('Passphrase'), 'not the passphrase{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('That passphrase is not correct. Check the keyboard language and Caps Lock, then try again.');
    const field = screen.getByLabelText('Passphrase');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(field).toHaveFocus());
    expect(fake.state).toBe('locked');
    expect(rowNames()).toEqual([]);
    expect(caseList.size).toBe(0);
  });

  it('asks for a passphrase instead of sending an empty one', async () => {
    const { user, fake } = renderApp({ state: 'locked' });
    await screen.findByRole('heading', { name: 'Unlock the vault' });
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(screen.getByText('Enter the passphrase.')).toBeInTheDocument();
    expect(fake.callsTo('vault.unlock')).toHaveLength(0);
  });

  it('translates the wrong-passphrase message', async () => {
    const { user } = renderApp({ state: 'locked' });
    await screen.findByRole('heading', { name: 'Unlock the vault' });
    await user.click(screen.getByRole('button', { name: 'RU' }));
    await user.type(screen.getByLabelText('Парольная фраза'), 'wrong{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(/^Неверная парольная фраза/);
  });

  it('shows honest progress while the key is derived, then the cases', async () => {
    const { user, fake } = renderApp({ state: 'locked', cases: [CASE], expectedUnlockMs: 1500 });
    await screen.findByRole('heading', { name: 'Unlock the vault' });
    const gate = fake.hold('vault.unlock');
    await user.type(screen.getByLabelText('Passphrase'), `${STRONG_PASSPHRASE}{Enter}`);

    const bar = await screen.findByRole('progressbar', { name: 'Unlocking the vault' });
    expect(bar).toHaveAttribute('aria-valuemin', '0');
    expect(bar).toHaveAttribute('aria-valuemax', '100');
    expect(screen.getByText('Unlocking…')).toBeInTheDocument();
    expect(screen.getByText(/takes about 2 seconds on purpose/)).toBeInTheDocument();
    await waitFor(() => expect(Number(bar.getAttribute('aria-valuenow'))).toBeGreaterThan(0), { timeout: 2000 });
    // It never claims to be finished before main answers.
    expect(Number(bar.getAttribute('aria-valuenow'))).toBeLessThanOrEqual(95);
    expect(screen.getByRole('button', { name: 'Unlock' })).toBeDisabled();

    gate.release();
    expect(await screen.findByRole('heading', { name: 'Cases', level: 1 })).toBeInTheDocument();
    await waitFor(() => expect(rowNames()).toEqual(['Intiqam Əliyev']));
    expect(screen.getByText('Интигам Алиев')).toBeInTheDocument();
    expect(caseList.size).toBe(1);
  });

  it('explains an automatic lock on the unlock screen', async () => {
    const { fake } = renderApp({ state: 'unlocked', cases: [CASE] });
    await screen.findByRole('heading', { name: 'Cases', level: 1 });
    fake.state = 'locked';
    fake.emit('vault:locked', { reason: 'idle' });
    expect(await screen.findByText('The vault locked itself after a period without activity.')).toBeInTheDocument();
  });
});

describe('unlock with the recovery key', () => {
  async function openRecoveryForm() {
    const result = renderApp({ state: 'locked', cases: [CASE] });
    await screen.findByRole('heading', { name: 'Unlock the vault' });
    await result.user.click(screen.getByRole('button', { name: 'Use recovery key' }));
    await screen.findByRole('heading', { name: 'Unlock with the recovery key' });
    return result;
  }

  it('checks the shape of the key and the new passphrase before calling main', async () => {
    const { user, fake } = await openRecoveryForm();
    expect(screen.getByLabelText('Recovery key')).toHaveFocus();
    await user.type(screen.getByLabelText('Recovery key'), '1WZK-7M5Z');
    await user.type(screen.getByLabelText('New passphrase'), 'short');
    await user.click(screen.getByRole('button', { name: 'Unlock and set new passphrase' }));
    expect(screen.getByText(/A recovery key has 32 letters and digits/)).toBeInTheDocument();
    expect(fake.callsTo('vault.unlockWithRecoveryKey')).toHaveLength(0);
  });

  it('refuses a wrong key with a translated message', async () => {
    const { user, fake } = await openRecoveryForm();
    await user.type(screen.getByLabelText('Recovery key'), 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH');
    await user.type(screen.getByLabelText('New passphrase'), STRONG_PASSPHRASE);
    await user.type(screen.getByLabelText('Repeat new passphrase'), STRONG_PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Unlock and set new passphrase' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That recovery key does not open this vault. Check it against your paper copy.');
    await waitFor(() => expect(screen.getByLabelText('Recovery key')).toHaveFocus());
    expect(fake.state).toBe('locked');
  });

  it('unlocks with the key and sets the new passphrase', async () => {
    const { user, fake } = await openRecoveryForm();
    const next = 'seven quiet herons over the Kura';
    await user.type(screen.getByLabelText('Recovery key'), TEST_RECOVERY_KEY.toLowerCase().replace(/-/g, ' '));
    await user.type(screen.getByLabelText('New passphrase'), next);
    await user.type(screen.getByLabelText('Repeat new passphrase'), `${next}{Enter}`);
    expect(await screen.findByRole('heading', { name: 'Cases', level: 1 })).toBeInTheDocument();
    expect(fake.callsTo('vault.unlockWithRecoveryKey')).toEqual([{ recoveryKey: TEST_RECOVERY_KEY.toLowerCase().replace(/-/g, ' '), newPassphrase: next }]);
    expect(fake.passphrase).toBe(next);
    await waitFor(() => expect(rowNames()).toEqual(['Intiqam Əliyev']));
  });

  it('goes back to the passphrase with Escape', async () => {
    const { user } = await openRecoveryForm();
    await user.keyboard('{Escape}');
    expect(await screen.findByRole('heading', { name: 'Unlock the vault' })).toBeInTheDocument();
    expect(screen.getByLabelText('Passphrase')).toHaveFocus();
  });
});

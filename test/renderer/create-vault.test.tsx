import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { caseList } from '../../renderer/src/db/case-list-store';
import { STRONG_PASSPHRASE, TEST_RECOVERY_KEY } from './fake-habeas';
import { renderApp } from './helpers';

const GROUPS = TEST_RECOVERY_KEY.split('-');

async function fillPassphrases(user: ReturnType<typeof renderApp>['user'], first: string, second: string) {
  if (first) await user.type(screen.getByLabelText('Passphrase'), first);
  if (second) await user.type(screen.getByLabelText('Repeat passphrase'), second);
}

describe('create vault', () => {
  it('shows the create screen for a missing vault, with focus in the first field', async () => {
    renderApp({ state: 'missing' });
    expect(await screen.findByRole('heading', { name: 'Create your vault' })).toBeInTheDocument();
    expect(screen.getByLabelText('Passphrase')).toHaveFocus();
    expect(screen.getByLabelText('Passphrase')).toHaveAttribute('type', 'password');
  });

  it('refuses a passphrase shorter than 12 characters without calling main', async () => {
    const { user, fake } = renderApp({ state: 'missing' });
    await screen.findByRole('heading', { name: 'Create your vault' });
    await fillPassphrases(user, 'short one', 'short one');
    await user.click(screen.getByRole('button', { name: 'Create vault' }));
    expect(screen.getByText('Use at least 12 characters.')).toBeInTheDocument();
    expect(screen.getByLabelText('Passphrase')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Passphrase')).toHaveFocus();
    expect(fake.callsTo('vault.create')).toHaveLength(0);
  });

  it('refuses a long but easily guessed passphrase and explains why', async () => {
    const { user, fake } = renderApp({ state: 'missing' });
    await screen.findByRole('heading', { name: 'Create your vault' });
    await fillPassphrases(user, 'aaaaaaaaaaaaaaaa', 'aaaaaaaaaaaaaaaa');
    expect(await screen.findByText('Strength: Very weak')).toBeInTheDocument();
    expect(screen.getByText('Repeated characters like "aaa" are easy to guess.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create vault' }));
    expect(screen.getByText(/too easy to guess/)).toBeInTheDocument();
    expect(fake.callsTo('vault.create')).toHaveLength(0);
  });

  it('refuses two different passphrases', async () => {
    const { user, fake } = renderApp({ state: 'missing' });
    await screen.findByRole('heading', { name: 'Create your vault' });
    await fillPassphrases(user, STRONG_PASSPHRASE, `${STRONG_PASSPHRASE}!`);
    await user.keyboard('{Enter}');
    expect(screen.getByText('The two passphrases do not match.')).toBeInTheDocument();
    expect(screen.getByLabelText('Repeat passphrase')).toHaveFocus();
    expect(fake.callsTo('vault.create')).toHaveLength(0);
  });

  it('shows a strong passphrase as strong, with a crack-time estimate, and can reveal it', async () => {
    const { user } = renderApp({ state: 'missing' });
    await screen.findByRole('heading', { name: 'Create your vault' });
    await fillPassphrases(user, STRONG_PASSPHRASE, '');
    expect(await screen.findByText('Strength: Very strong')).toBeInTheDocument();
    expect(screen.getByText(/Estimated time to guess it offline: centuries/)).toBeInTheDocument();
    await user.click(screen.getByLabelText('Show passphrases'));
    expect(screen.getByLabelText('Passphrase')).toHaveAttribute('type', 'text');
    expect(screen.getByLabelText('Repeat passphrase')).toHaveAttribute('type', 'text');
  });

  it('creates the vault with progress, shows the recovery key once and insists on two correct groups', async () => {
    const { user, fake } = renderApp({ state: 'missing' });
    await screen.findByRole('heading', { name: 'Create your vault' });
    await fillPassphrases(user, STRONG_PASSPHRASE, STRONG_PASSPHRASE);
    const gate = fake.hold('vault.create');
    await user.click(screen.getByRole('button', { name: 'Create vault' }));

    // Key derivation runs: progress is visible and the form cannot be submitted twice.
    expect(await screen.findByRole('progressbar', { name: 'Creating the vault' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create vault' })).toBeDisabled();
    gate.release();

    // The key, in groups of four.
    expect(await screen.findByRole('heading', { name: 'Your recovery key' })).toBeInTheDocument();
    expect(fake.callsTo('vault.create')).toEqual([{ passphrase: STRONG_PASSPHRASE }]);
    expect(screen.getAllByTestId('recovery-key-group').map((g) => g.textContent)).toEqual(GROUPS);
    expect(screen.getByText(/Write it on paper by hand/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /copy/i })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'I have written it down' }));
    expect(await screen.findByRole('heading', { name: 'Confirm your recovery key' })).toBeInTheDocument();
    // The key is hidden while the user proves they wrote it down.
    expect(screen.queryByText(GROUPS[0]!)).not.toBeInTheDocument();

    const inputs = screen.getAllByTestId('recovery-confirm-input') as HTMLInputElement[];
    expect(inputs).toHaveLength(2);
    const asked = inputs.map((input) => Number(input.dataset.group));
    expect(asked[0]).not.toEqual(asked[1]);
    expect(inputs[0]).toHaveFocus();
    expect(screen.getByText(`From your paper copy, type group ${asked[0]} and group ${asked[1]} of the recovery key.`)).toBeInTheDocument();

    // A wrong group is refused and the vault does not open.
    await user.type(inputs[0]!, 'ZZZZ');
    await user.type(inputs[1]!, GROUPS[asked[1]! - 1]!);
    await user.click(screen.getByRole('button', { name: 'Confirm and open the vault' }));
    expect(screen.getByText(`Group ${asked[0]} does not match. Check your paper copy.`)).toBeInTheDocument();
    expect(inputs[0]).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('heading', { name: 'Cases' })).not.toBeInTheDocument();

    // Lower case and spaces are forgiven; the right groups open the vault.
    await user.clear(inputs[0]!);
    await user.type(inputs[0]!, ` ${GROUPS[asked[0]! - 1]!.toLowerCase()} `);
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: 'Cases', level: 1 })).toBeInTheDocument();
    expect(await screen.findByText('No cases yet.')).toBeInTheDocument();
    expect(document.body.textContent).not.toContain(GROUPS[0]);
    expect(caseList.size).toBe(0);
  });

  it('can go back from the confirmation to the key', async () => {
    const { user } = renderApp({ state: 'missing' });
    await screen.findByRole('heading', { name: 'Create your vault' });
    await fillPassphrases(user, STRONG_PASSPHRASE, STRONG_PASSPHRASE);
    await user.keyboard('{Enter}');
    await user.click(await screen.findByRole('button', { name: 'I have written it down' }));
    await screen.findByRole('heading', { name: 'Confirm your recovery key' });
    await user.keyboard('{Escape}');
    const key = await screen.findByTestId('recovery-key');
    expect(within(key).getAllByTestId('recovery-key-group')).toHaveLength(8);
  });

  it("shows main's error and stays on the form when creation fails", async () => {
    const { user, fake } = renderApp({ state: 'missing' });
    await screen.findByRole('heading', { name: 'Create your vault' });
    fake.failNext('vault.create', 'VAULT_IN_USE', 'in use');
    await fillPassphrases(user, STRONG_PASSPHRASE, STRONG_PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Create vault' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/open in another program/);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Create vault' })).toBeEnabled());
    await waitFor(() => expect(screen.getByLabelText('Passphrase')).toHaveFocus());
    expect(screen.queryByRole('heading', { name: 'Your recovery key' })).not.toBeInTheDocument();
  });
});

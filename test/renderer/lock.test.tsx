import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { caseList } from '../../renderer/src/db/case-list-store';
import { db } from '../../renderer/src/db/database';
import { STRONG_PASSPHRASE } from './fake-habeas';
import { renderApp, renderUnlocked, rowNames } from './helpers';

const CASES = [
  { nameLatin: 'Intiqam Əliyev', nameNative: 'Интигам Алиев', status: 'detained' },
  { nameLatin: 'Zəhra Quliyeva', status: 'released' },
] as const;

async function expectNothingDecryptedLeft() {
  expect(screen.queryByText('Intiqam Əliyev')).not.toBeInTheDocument();
  expect(screen.queryByText('Интигам Алиев')).not.toBeInTheDocument();
  expect(document.body.textContent).not.toContain('Quliyeva');
  await waitFor(() => expect(caseList.size).toBe(0));
  expect(await db.records.count()).toBe(0);
}

describe('locking', () => {
  it('the Lock button locks the vault, clears the working set and shows the unlock screen', async () => {
    const { user, fake } = await renderUnlocked({ cases: CASES });
    await waitFor(() => expect(rowNames()).toHaveLength(2));
    expect(caseList.size).toBe(2);

    await user.click(screen.getByRole('button', { name: 'Lock' }));
    expect(await screen.findByRole('heading', { name: 'Unlock the vault' })).toBeInTheDocument();
    expect(screen.getByLabelText('Passphrase')).toHaveFocus();
    expect(fake.callsTo('vault.lock')).toHaveLength(1);
    expect(fake.state).toBe('locked');
    await expectNothingDecryptedLeft();
  });

  it('Ctrl+L locks from anywhere, even with the New case dialog open', async () => {
    const { user, fake } = await renderUnlocked({ cases: CASES });
    await screen.findByRole('button', { name: 'Intiqam Əliyev' });
    await user.click(screen.getByRole('button', { name: 'New case' }));
    await user.type(screen.getByRole('textbox', { name: 'Name in Latin script' }), ' unsaved');
    await user.keyboard('{Control>}l{/Control}');
    expect(await screen.findByRole('heading', { name: 'Unlock the vault' })).toBeInTheDocument();
    expect(fake.state).toBe('locked');
    expect(screen.queryByDisplayValue(/unsaved/)).not.toBeInTheDocument();
    await expectNothingDecryptedLeft();
  });

  it('the shortcut follows the physical key, so it works with a Russian keyboard layout', async () => {
    const { user, fake } = await renderUnlocked({ cases: CASES });
    await screen.findByRole('button', { name: 'Intiqam Əliyev' });
    await user.keyboard('{Control>}[KeyL]{/Control}');
    await waitFor(() => expect(fake.state).toBe('locked'));
  });

  it("main's vault:locked event (idle timer, OS lock) clears the view and the working set", async () => {
    const { fake } = await renderUnlocked({ cases: CASES });
    await waitFor(() => expect(rowNames()).toHaveLength(2));
    fake.state = 'locked';
    // Main is busy (e.g. about to reload the window): the renderer must not wait for it to forget.
    const status = fake.hold('vault.status');
    fake.emit('vault:locked', { reason: 'system' });
    expect(await screen.findByRole('heading', { name: 'Unlock the vault' })).toBeInTheDocument();
    expect(screen.getByText('The vault locked because the computer was locked or went to sleep.')).toBeInTheDocument();
    await expectNothingDecryptedLeft();
    status.release();
  });

  it('opened records are wiped too', async () => {
    const { user } = await renderUnlocked({ cases: CASES });
    await user.click(await screen.findByRole('button', { name: 'Intiqam Əliyev' }));
    await waitFor(async () => expect(await db.records.count()).toBe(1));
    await user.click(await screen.findByTestId('case-editor-close'));
    await user.click(screen.getByRole('button', { name: 'Lock' }));
    expect(await screen.findByRole('heading', { name: 'Unlock the vault' })).toBeInTheDocument();
    await expectNothingDecryptedLeft();
  });

  it('after unlocking again the cases come back from the vault', async () => {
    const { user } = await renderUnlocked({ cases: CASES });
    await waitFor(() => expect(rowNames()).toHaveLength(2));
    await user.click(screen.getByRole('button', { name: 'Lock' }));
    await user.type(await screen.findByLabelText('Passphrase'), `${STRONG_PASSPHRASE}{Enter}`);
    await waitFor(() => expect(rowNames()).toEqual(['Intiqam Əliyev', 'Zəhra Quliyeva']));
  });

  it('a save that main acknowledges after the lock does not leak into the working set', async () => {
    const { user, fake } = await renderUnlocked({ cases: CASES });
    await screen.findByRole('button', { name: 'Intiqam Əliyev' });
    await user.click(screen.getByRole('button', { name: 'New case' }));
    await user.type(screen.getByRole('textbox', { name: 'Name in Latin script' }), 'Late Save');
    const gate = fake.hold('cases.create');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(fake.callsTo('cases.create')).toHaveLength(1));
    // Hold the status read that follows the lock, so it cannot see the 'unlocked' state we fake below.
    const statusCalls = fake.callsTo('vault.status').length;
    const status = fake.hold('vault.status');
    fake.emit('vault:locked', { reason: 'idle' });
    fake.state = 'locked';
    await screen.findByRole('heading', { name: 'Unlock the vault' });
    await waitFor(() => expect(fake.callsTo('vault.status')).toHaveLength(statusCalls + 1));
    fake.state = 'unlocked'; // let the held create succeed, as if main had written it just before locking
    gate.release();
    await new Promise((r) => setTimeout(r, 50));
    expect(caseList.size).toBe(0);
    fake.state = 'locked';
    status.release();
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.getByRole('heading', { name: 'Unlock the vault' })).toBeInTheDocument();
    expect(caseList.size).toBe(0);
  });

  it('a window opened after main locked it says why (?locked=idle), and ignores unknown reasons', async () => {
    window.history.replaceState(null, '', '/index.html?locked=idle');
    try {
      renderApp({ state: 'locked' });
      expect(await screen.findByRole('heading', { name: 'Unlock the vault' })).toBeInTheDocument();
      expect(screen.getByText('The vault locked itself after a period without activity.')).toBeInTheDocument();
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });

  it('ignores a lock reason it does not know', async () => {
    window.history.replaceState(null, '', '/index.html?locked=%3Cscript%3E');
    try {
      renderApp({ state: 'locked' });
      expect(await screen.findByRole('heading', { name: 'Unlock the vault' })).toBeInTheDocument();
      expect(screen.queryByText(/locked itself|locked because/)).not.toBeInTheDocument();
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });
});

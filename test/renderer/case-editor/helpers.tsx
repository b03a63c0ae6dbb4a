import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, vi } from 'vitest';
import type { CaseFile } from '../../../shared/case-model';
import { CaseEditorView } from '../../../renderer/src/features/case-editor/CaseEditorView';
import { CASE_ID, FakeCases } from './fake-cases';

/** Installs the fake bridge, renders the editor on the fake's case and waits until it is open. */
export async function openEditor(fake: FakeCases = new FakeCases()) {
  fake.install();
  const user = userEvent.setup();
  const onClose = vi.fn();
  const view = render(<CaseEditorView caseId={CASE_ID} onClose={onClose} />);
  await screen.findByRole('heading', { level: 1 });
  return { fake, user, onClose, ...view };
}

export function nav() {
  return screen.getByRole('navigation', { name: 'Sections of the case' });
}

/** Opens a section by its name in the navigation. */
export async function goTo(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(within(nav()).getByRole('button', { name: new RegExp(`^${name}`) }));
}

/** Waits for the n-th save (1-based) and returns the document it sent. */
export async function savedFile(fake: FakeCases, n: number): Promise<CaseFile> {
  await waitFor(() => expect(fake.saves.length).toBeGreaterThanOrEqual(n));
  return (fake.saves[n - 1] as { file: CaseFile }).file;
}

/** Waits until the editor says everything is saved. */
export async function settled() {
  await waitFor(() => expect(screen.getByTestId('save-status')).toHaveAttribute('data-state', 'saved'));
}

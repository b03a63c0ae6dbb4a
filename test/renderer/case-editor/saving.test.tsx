/** Saving without a save button: debounced commits, one save in flight, conflicts, failures, flush. */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { flushPendingEdits, hasUnsavedEdits } from '../../../renderer/src/features/case-editor/flush';
import { caseFile, CASE_ID, FakeCases } from './fake-cases';
import { goTo, openEditor, savedFile, settled } from './helpers';

describe('committing typed text', () => {
  it('commits after a pause in typing, without leaving the field, and keeps the caret text as typed', async () => {
    const { fake, user } = await openEditor();
    const reference = screen.getByLabelText(/^Reference/);
    await user.type(reference, 'HR-17 ');
    expect(screen.getByTestId('save-status')).toHaveAttribute('data-state', 'typing');
    expect(fake.saves).toHaveLength(0);
    expect(hasUnsavedEdits()).toBe(true);
    await waitFor(() => expect(fake.saves).toHaveLength(1), { timeout: 2000 });
    expect(fake.saves[0]?.file.reference).toBe('HR-17');
    // Still focused: the trailing space the user typed is not taken away under the caret.
    expect(reference).toHaveFocus();
    expect(reference).toHaveValue('HR-17 ');
    await settled();
    expect(hasUnsavedEdits()).toBe(false);
  });

  it('flushPendingEdits() commits typed text at once and resolves when the save is durable', async () => {
    const { fake, user } = await openEditor();
    await user.type(screen.getByLabelText(/^Title/), 'Case of the NIDA activists');
    expect(fake.saves).toHaveLength(0);
    await act(() => flushPendingEdits());
    expect(fake.saves).toHaveLength(1);
    expect(fake.latest().revision).toBe(2);
    expect(fake.latest().file.title).toBe('Case of the NIDA activists');
  });

  it('Ctrl+S commits now', async () => {
    const { fake, user } = await openEditor();
    await user.type(screen.getByLabelText(/^Title/), 'Title typed');
    await user.keyboard('{Control>}s{/Control}');
    expect((await savedFile(fake, 1)).title).toBe('Title typed');
  });

  it('closing commits what is typed, waits for the save, then closes', async () => {
    const { fake, user, onClose } = await openEditor();
    await user.type(screen.getByLabelText(/^Title/), 'Typed before closing');
    fireEvent.click(screen.getByTestId('case-editor-close'));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(fake.latest().file.title).toBe('Typed before closing');
  });

  it('unmounting (e.g. a lock) still saves what was typed', async () => {
    const { fake, user, unmount } = await openEditor();
    await user.type(screen.getByLabelText(/^Title/), 'Typed before the lock');
    unmount();
    await act(() => flushPendingEdits());
    expect(fake.latest().file.title).toBe('Typed before the lock');
  });
});

describe('serialised saves', () => {
  it('keeps one save in flight and coalesces later commits onto the newest document', async () => {
    const fake = new FakeCases();
    const gate = fake.hold();
    const { user } = await openEditor(fake);
    await user.selectOptions(screen.getByLabelText(/^Priority/), 'urgent');
    await waitFor(() => expect(fake.saves).toHaveLength(1));
    expect(screen.getByTestId('save-status')).toHaveTextContent('Saving…');
    await user.selectOptions(screen.getByLabelText(/^Monitoring/), 'active');
    await user.type(screen.getByLabelText(/^Reference/), 'HR-1');
    await user.tab();
    expect(fake.saves).toHaveLength(1);
    gate.release();
    await settled();
    expect(fake.maxInFlight).toBe(1);
    // Two commits while the first save was in flight went out as one save, based on revision 2.
    expect(fake.saves).toHaveLength(2);
    expect(fake.saves[1]?.baseRevision).toBe(2);
    expect(fake.saves[1]?.file).toMatchObject({ priority: 'urgent', monitoringStatus: 'active', reference: 'HR-1' });
    expect(fake.latest().revision).toBe(3);
    expect(screen.getByTestId('case-revision')).toHaveTextContent('Revision 3');
  });

  it('on a conflict reloads the case and says so plainly', async () => {
    const fake = new FakeCases();
    const { user } = await openEditor(fake);
    // Someone else saves revision 2 (a new name) behind the editor's back.
    const theirs = caseFile({ title: 'Saved elsewhere' });
    fake.put(theirs);
    await user.type(screen.getByLabelText(/^Reference/), 'Mine');
    await user.tab();
    const notice = await screen.findByTestId('case-editor-conflict');
    expect(notice).toHaveTextContent('Someone else saved a newer version of this case (revision 2)');
    expect(notice).toHaveTextContent('make it again');
    expect(screen.getByLabelText(/^Title/)).toHaveValue('Saved elsewhere');
    expect(screen.getByLabelText(/^Reference/)).toHaveValue('');
    // The next edit is based on the reloaded revision and succeeds.
    await user.type(screen.getByLabelText(/^Reference/), 'Mine again');
    await user.tab();
    await settled();
    expect(fake.latest()).toMatchObject({ revision: 3, file: { title: 'Saved elsewhere', reference: 'Mine again' } });
    expect(fake.saves.at(-1)?.baseRevision).toBe(2);
  });

  it('a failed save says what to do, keeps the change and sends it again on retry', async () => {
    const fake = new FakeCases();
    fake.failNextSave('INTERNAL', 'disk full');
    const { user } = await openEditor(fake);
    await user.type(screen.getByLabelText(/^Reference/), 'HR-9');
    await user.tab();
    const status = await screen.findByText(/^Not saved:/);
    expect(status).toHaveTextContent('disk full');
    expect(status).toHaveTextContent('press Try again or Ctrl+S');
    expect(screen.getByLabelText(/^Reference/)).toHaveValue('HR-9');
    expect(hasUnsavedEdits()).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await settled();
    expect(fake.latest().file.reference).toBe('HR-9');
    expect(fake.saves).toHaveLength(2);
  });
});

describe('keyboard', () => {
  it('Ctrl+Shift+N adds an entry in the current section and focuses it', async () => {
    const { fake, user } = await openEditor();
    await goTo(user, 'Notes and tasks');
    await user.keyboard('{Control>}{Shift>}n{/Shift}{/Control}');
    const title = screen.getByLabelText('Title (required)');
    expect(title).toHaveFocus();
    await user.keyboard('Call the family{Enter}');
    expect((await savedFile(fake, 1)).notes).toEqual([expect.objectContaining({ title: 'Call the family' })]);
  });

  it('tab order: each value, then who may see it, then the next field', async () => {
    const { user } = await openEditor();
    await user.click(screen.getByLabelText(/^Reference/));
    await user.tab();
    expect(screen.getByRole('combobox', { name: 'Sensitivity of “Reference”' })).toHaveFocus();
    await user.tab();
    expect(screen.getByLabelText(/^Title/)).toHaveFocus();
  });

  it('shows the shortcuts in a help line', async () => {
    await openEditor();
    expect(screen.getByTestId('shortcut-help')).toHaveTextContent('Ctrl+S save now');
    expect(screen.getByTestId('shortcut-help')).toHaveTextContent('Ctrl+Shift+N add an entry in this section');
    expect(screen.getByTestId('shortcut-help')).toHaveTextContent('Ctrl+L lock');
    expect(screen.getByTestId('shortcut-help')).toHaveTextContent('Ctrl+F or / search cases');
  });

  it('every control in the editor has a name', async () => {
    const fake = new FakeCases(caseFile({ detentions: [{ id: '0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5' }] }));
    const { user } = await openEditor(fake);
    for (const section of ['Overview', 'Person', 'Detention', 'Proceedings', 'Sources']) {
      await goTo(user, section);
      for (const control of [...screen.queryAllByRole('textbox'), ...screen.queryAllByRole('combobox'), ...screen.getAllByRole('button'), ...screen.queryAllByRole('checkbox')]) {
        expect(control, control.outerHTML.slice(0, 120)).toHaveAccessibleName();
      }
    }
  });

  it('a case that is gone says so', async () => {
    const fake = new FakeCases();
    fake.records.delete(CASE_ID);
    fake.install();
    const { render } = await import('@testing-library/react');
    const { CaseEditorView } = await import('../../../renderer/src/features/case-editor/CaseEditorView');
    render(<CaseEditorView caseId={CASE_ID} onClose={() => undefined} />);
    expect(await screen.findByText('This case is no longer in the vault.')).toBeInTheDocument();
  });
});

/**
 * The dossier and list report dialogs with a fake bridge: what is chosen by default, the warning in
 * front of the internal audience, progress from main's events, Cancel, errors with what to do,
 * saving through main's dialog, and that nothing is left held in main when the dialog goes.
 * pdf.js itself is not run here (happy-dom has no canvas); the Chromium e2e renders real pages.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ErrorCode, IpcResult } from '../../../shared/ipc/errors';
import { DOSSIER_SECTIONS } from '../../../shared/reports/options';
import type { GeneratedReport, ReportProgress, SaveReportResult } from '../../../shared/reports/requests';
import { i18n } from '../../../renderer/src/i18n';
import { DossierDialog } from '../../../renderer/src/features/reports/DossierDialog';
import { ListReportDialog } from '../../../renderer/src/features/reports/ListReportDialog';

vi.mock('../../../renderer/src/components/PdfPreview', () => ({
  PdfPreview: ({ source, testId }: { source: { bytes?: Uint8Array }; testId?: string }) => <div data-testid={testId ?? 'pdf-preview'} data-size={source.bytes?.length ?? -1} />,
}));

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const CASE = uuid(1);
const TOKEN = uuid(77);

type Call = { channel: string; input: unknown };
type Deferred<T> = { promise: Promise<T>; resolve: (value: T) => void };
function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const pdf = (patch: Partial<GeneratedReport> = {}): GeneratedReport => ({ token: TOKEN, pages: 7, cases: 1, fileName: 'dossier-public-00000000-2026-01-31.pdf', bytes: new Uint8Array([37, 80, 68, 70]), ...patch });
const fail = (code: ErrorCode, message: string): IpcResult<never> => ({ ok: false, code, message });

/**
 * Only reports.* and events. Generations answer when the test says so (`answer`), so the dialog can
 * be seen while main is working; Cancel answers the generation in flight with CANCELLED, as main does.
 */
function installFake(options: { save?: IpcResult<SaveReportResult>; cancelTooLate?: boolean } = {}) {
  const calls: Call[] = [];
  const listeners = new Set<(payload: ReportProgress) => void>();
  let pending: Deferred<IpcResult<GeneratedReport>> | null = null;
  const generation = (channel: string) => (input: unknown) => {
    calls.push({ channel, input });
    pending = deferred();
    return pending.promise;
  };
  const bridge = {
    reports: {
      dossier: generation('dossier'),
      listReport: generation('listReport'),
      save: async (input: unknown) => {
        calls.push({ channel: 'save', input });
        return options.save ?? { ok: true, value: { saved: true, fileName: 'for-the-court.pdf' } };
      },
      discard: async (input: unknown) => {
        calls.push({ channel: 'discard', input });
        return { ok: true, value: undefined };
      },
      prepare: async (input: unknown) => {
        calls.push({ channel: 'prepare', input });
        return { ok: true, value: undefined };
      },
      cancel: async (input: unknown) => {
        calls.push({ channel: 'cancel', input });
        if (!options.cancelTooLate) pending?.resolve(fail('CANCELLED', 'Stopped before the PDF was finished; nothing was kept.'));
        return { ok: true, value: undefined };
      },
    },
    on: (event: string, listener: (payload: ReportProgress) => void) => {
      if (event !== 'reports:progress') return () => undefined;
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  Object.defineProperty(window, 'habeas', { value: bridge, configurable: true, writable: false });
  return {
    calls,
    channels: () => calls.map((c) => c.channel),
    inputOf: (channel: string) => calls.find((c) => c.channel === channel)?.input,
    listening: () => listeners.size,
    progress: (payload: ReportProgress) => act(() => listeners.forEach((l) => l(payload))),
    answer: async (result: IpcResult<GeneratedReport>) => {
      await waitFor(() => expect(pending).not.toBeNull());
      await act(async () => pending!.resolve(result));
    },
  };
}

function renderDossier() {
  const user = userEvent.setup();
  const onClose = vi.fn();
  const view = render(<DossierDialog caseId={CASE} name="İlkin Ömərov" onClose={onClose} />);
  return { user, onClose, ...view };
}

describe('DossierDialog', () => {
  it('starts public, with every section ticked and labels in the UI language', async () => {
    await i18n.changeLanguage('az');
    installFake();
    renderDossier();
    const dialog = screen.getByTestId('dossier-dialog');
    expect(within(dialog).getByRole('heading', { name: 'Dosye: İlkin Ömərov' })).toBeInTheDocument();
    const radios = within(screen.getByTestId('report-audience')).getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('value'))).toEqual(['public', 'court', 'un', 'internal']);
    expect(radios.filter((r) => (r as HTMLInputElement).checked).map((r) => r.getAttribute('value'))).toEqual(['public']);
    // Each audience is described next to its button, in the UI's language.
    expect(radios[0]).toHaveAccessibleDescription('Yalnız açıq sahələr. Siyahılar, mətbuat və kampaniyalar üçün.');
    expect(radios[0]).toHaveFocus();
    const sections = screen.getByTestId('report-sections').querySelectorAll<HTMLInputElement>('input[data-section]');
    expect([...sections].map((s) => [s.dataset.section, s.checked])).toEqual(DOSSIER_SECTIONS.map((s) => [s, true]));
    expect(screen.getByLabelText('Etiketlərin dili')).toHaveValue('az');
    expect(screen.queryByTestId('internal-warning')).toBeNull();
  });

  it('warns clearly that the internal working file holds confidential fields', async () => {
    installFake();
    const { user } = renderDossier();
    await user.click(screen.getByRole('radio', { name: /Internal \(working file\)/ }));
    expect(screen.getByTestId('internal-warning')).toHaveTextContent('Contains confidential fields');
    await user.click(screen.getByRole('radio', { name: /^Court/ }));
    expect(screen.queryByTestId('internal-warning')).toBeNull();
    expect(screen.getByText('Marked “restricted” on every page.')).toBeInTheDocument();
  });

  it('needs at least one section; “All sections” turns them all off and on', async () => {
    installFake();
    const { user } = renderDossier();
    const all = screen.getByLabelText('All sections');
    expect(all).toBeChecked();
    await user.click(all);
    expect(screen.getByRole('button', { name: 'Generate PDF' })).toBeDisabled();
    expect(screen.getByTestId('report-problem')).toHaveTextContent('Choose at least one section.');
    await user.click(screen.getByLabelText('Timeline'));
    await user.click(screen.getByLabelText('Profile'));
    expect(screen.getByRole('button', { name: 'Generate PDF' })).toBeEnabled();
    expect(all).not.toBeChecked();
  });

  it('generates with the chosen options, shows main’s progress, then the preview with Save focused', async () => {
    const fake = installFake();
    const { user } = renderDossier();
    await user.click(screen.getByRole('radio', { name: /^UN \/ WGAD/ }));
    await user.click(screen.getByLabelText('Sources'));
    await user.selectOptions(screen.getByLabelText('Language of the labels'), 'ru');
    await user.click(screen.getByRole('button', { name: 'Generate PDF' }));

    expect(fake.inputOf('dossier')).toEqual({ caseId: CASE, options: { audience: 'un', lang: 'ru', sections: DOSSIER_SECTIONS.filter((s) => s !== 'sources') } });
    expect(screen.getByTestId('report-progress')).toHaveTextContent('Preparing…');
    expect(screen.getByRole('progressbar', { name: 'Progress of the PDF' })).not.toHaveAttribute('aria-valuenow');
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    fake.progress({ stage: 'layout', done: 3, total: 10 });
    expect(screen.getByTestId('report-progress')).toHaveTextContent('Step 2 of 2: laying out pages… 3 of 10');
    expect(screen.getByRole('progressbar', { name: 'Progress of the PDF' })).toHaveAttribute('aria-valuenow', '30');

    await fake.answer({ ok: true, value: pdf() });
    expect(await screen.findByTestId('report-preview')).toHaveAttribute('data-size', '4');
    expect(screen.getByTestId('report-result')).toHaveTextContent('The PDF is ready. Pages: 7. Audience: UN / WGAD submission.');
    expect(screen.getByRole('button', { name: 'Save PDF…' })).toHaveFocus();
    expect(fake.listening()).toBe(0); // the progress listener went with the generation
  });

  it('Cancel stops the generation in main; the dialog says nothing was kept and offers Generate again', async () => {
    const fake = installFake();
    const { user } = renderDossier();
    await user.click(screen.getByRole('button', { name: 'Generate PDF' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(fake.channels()).toContain('cancel');
    // Opening the dialog readied main's PDF worker before anything was asked of it.
    expect(fake.channels()[0]).toBe('prepare');
    expect(await screen.findByTestId('report-stopped')).toHaveTextContent('Stopped. Nothing was kept.');
    expect(screen.queryByTestId('report-error')).toBeNull();
    expect(screen.getByRole('button', { name: 'Generate PDF' })).toHaveFocus();
  });

  it('a PDF that was finished when Cancel reached main is not shown, and main forgets it', async () => {
    const fake = installFake({ cancelTooLate: true });
    const { user } = renderDossier();
    await user.click(screen.getByRole('button', { name: 'Generate PDF' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByTestId('report-progress')).toHaveTextContent('Stopping…');
    await fake.answer({ ok: true, value: pdf() });
    expect(await screen.findByTestId('report-stopped')).toBeInTheDocument();
    expect(screen.queryByTestId('report-preview')).toBeNull();
    expect(fake.inputOf('discard')).toEqual({ token: TOKEN });
  });

  it('shows why it failed and what to do, with main’s own message', async () => {
    const fake = installFake();
    const { user } = renderDossier();
    await user.click(screen.getByRole('button', { name: 'Generate PDF' }));
    await fake.answer(fail('CONFLICT', 'Another PDF is being made. Wait for it to finish, or cancel it, then try again.'));
    const alert = await screen.findByTestId('report-error');
    expect(alert).toHaveAttribute('role', 'alert');
    expect(alert).toHaveTextContent('The PDF could not be made');
    expect(alert).toHaveTextContent('Another PDF is being made.');
    expect(alert).toHaveTextContent('Check the options and generate it again.');
    // The choices are still there.
    expect(screen.getByRole('radio', { name: /^Public/ })).toBeChecked();
  });

  it('an unexpected failure is shown in the UI language without main’s internals', async () => {
    const fake = installFake();
    const { user } = renderDossier();
    await user.click(screen.getByRole('button', { name: 'Generate PDF' }));
    await fake.answer(fail('VAULT_LOCKED', 'The vault is locked. Unlock it to continue.'));
    expect(await screen.findByTestId('report-error')).toHaveTextContent('The vault is locked. Unlock it and try again.');
  });

  it('saves through main’s dialog and says what was saved; a closed dialog and a failed write are said too', async () => {
    const fake = installFake();
    const { user } = renderDossier();
    await user.click(screen.getByRole('button', { name: 'Generate PDF' }));
    await fake.answer({ ok: true, value: pdf() });
    await user.click(await screen.findByRole('button', { name: 'Save PDF…' }));
    expect(fake.inputOf('save')).toEqual({ token: TOKEN });
    expect(await screen.findByTestId('report-saved')).toHaveTextContent('Saved as “for-the-court.pdf”.');
  });

  it('a save dialog closed without a place, and a write that failed', async () => {
    let fake = installFake({ save: { ok: true, value: { saved: false } } });
    let view = renderDossier();
    await view.user.click(screen.getByRole('button', { name: 'Generate PDF' }));
    await fake.answer({ ok: true, value: pdf() });
    await view.user.click(await screen.findByRole('button', { name: 'Save PDF…' }));
    expect(await screen.findByTestId('report-not-saved')).toHaveTextContent('Not saved');
    view.unmount();

    fake = installFake({ save: fail('CONFLICT', '“x.pdf” was not saved: the disk is full. Free some space or choose another place; nothing was left behind.') });
    view = renderDossier();
    await view.user.click(screen.getByRole('button', { name: 'Generate PDF' }));
    await fake.answer({ ok: true, value: pdf() });
    await view.user.click(await screen.findByRole('button', { name: 'Save PDF…' }));
    const alert = await screen.findByTestId('report-save-error');
    expect(alert).toHaveTextContent('The PDF was not saved');
    expect(alert).toHaveTextContent('“x.pdf” was not saved: the disk is full.');
    // The PDF is still there to save elsewhere.
    expect(screen.getByRole('button', { name: 'Save PDF…' })).toBeEnabled();
  });

  it('“Change options” and closing make main forget the PDF; Escape while it is made stops it', async () => {
    const fake = installFake();
    const { user, onClose, unmount } = renderDossier();
    await user.click(screen.getByRole('button', { name: 'Generate PDF' }));
    await fake.answer({ ok: true, value: pdf() });
    await user.click(await screen.findByRole('button', { name: 'Change options' }));
    expect(fake.inputOf('discard')).toEqual({ token: TOKEN });
    expect(screen.getByTestId('dossier-dialog')).toHaveAttribute('data-phase', 'options');

    await user.click(screen.getByRole('button', { name: 'Generate PDF' }));
    // Escape on a modal <dialog> is its `cancel` event (happy-dom does not map the key itself).
    fireEvent(screen.getByTestId('dossier-dialog'), new Event('cancel', { cancelable: true }));
    expect(onClose).toHaveBeenCalled();
    unmount(); // the parent removes the dialog on close
    await waitFor(() => expect(fake.channels().filter((c) => c === 'cancel')).toHaveLength(1));
  });

  it('closing with a PDF on show discards it', async () => {
    const fake = installFake();
    const { user, unmount } = renderDossier();
    await user.click(screen.getByRole('button', { name: 'Generate PDF' }));
    await fake.answer({ ok: true, value: pdf({ token: uuid(78) }) });
    await screen.findByTestId('report-preview');
    unmount();
    await waitFor(() => expect(fake.inputOf('discard')).toEqual({ token: uuid(78) }));
  });
});

describe('ListReportDialog', () => {
  const ids = [uuid(11), uuid(12), uuid(13)];
  const searched = { search: true, filters: false };
  const filteredOnly = { search: false, filters: true };
  const searchedAndFiltered = { search: true, filters: true };
  const everyCase = { search: false, filters: false };
  const generateButton = () => screen.getByRole('button', { name: 'Generate PDF' });

  it('says how many cases of the current list it will include and sends exactly those', async () => {
    const fake = installFake();
    const user = userEvent.setup();
    render(<ListReportDialog caseIds={ids} narrowedBy={searchedAndFiltered} onClose={vi.fn()} />);
    expect(screen.getByTestId('report-case-count')).toHaveTextContent('Cases in the report: 3 (the case list as searched and filtered now).');
    await user.click(screen.getByRole('radio', { name: /^Court/ }));
    await user.type(screen.getByLabelText('Title (optional)'), '  Political prisoners, spring 2026  ');
    await user.click(screen.getByLabelText(/^I have checked that the choice of cases/));
    await user.click(generateButton());
    expect(fake.inputOf('listReport')).toEqual({
      options: { audience: 'court', lang: 'en', title: 'Political prisoners, spring 2026', filters: { statuses: [], categories: [], articles: [], caseIds: ids } },
    });
    fake.progress({ stage: 'reading', done: 100, total: 300 });
    expect(screen.getByTestId('report-progress')).toHaveTextContent('Step 1 of 2: reading cases… 100 of 300');
    await fake.answer({ ok: true, value: pdf({ cases: 3, pages: 4 }) });
    expect(await screen.findByTestId('report-result')).toHaveTextContent('Pages: 4. Cases: 3. Audience: Court.');
  });

  it('an unfiltered list is every case; an empty or too long list cannot be generated', () => {
    installFake();
    const { unmount } = render(<ListReportDialog caseIds={ids} narrowedBy={everyCase} onClose={vi.fn()} />);
    expect(screen.getByTestId('report-case-count')).toHaveTextContent('Cases in the report: 3 (every case in the vault).');
    unmount();

    const empty = render(<ListReportDialog caseIds={[]} narrowedBy={searched} onClose={vi.fn()} />);
    expect(screen.getByTestId('report-problem')).toHaveTextContent('No case is in the list');
    expect(generateButton()).toBeDisabled();
    empty.unmount();

    render(<ListReportDialog caseIds={Array.from({ length: 20_001 }, (_, i) => uuid(i))} narrowedBy={everyCase} onClose={vi.fn()} />);
    expect(screen.getByTestId('report-problem')).toHaveTextContent('The list holds 20,001 cases; a report takes at most 20,000.');
    expect(generateButton()).toBeDisabled();
  });

  it('every control has a label (audience, language, title)', () => {
    installFake();
    render(<ListReportDialog caseIds={ids} narrowedBy={searched} onClose={vi.fn()} />);
    for (const radio of screen.getAllByRole('radio')) expect(radio).toHaveAccessibleName();
    expect(screen.getByRole('combobox', { name: 'Language of the labels' })).toHaveAccessibleDescription('Names and texts stay in the language they were written in.');
    expect(screen.getByRole('textbox', { name: 'Title (optional)' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Who is it for?' })).toBeInTheDocument();
  });

  describe('a searched or filtered list for an audience other than internal', () => {
    it('warns that the choice of cases may reveal what the audience may not see, and Generate waits for the tick', async () => {
      const fake = installFake();
      const user = userEvent.setup();
      render(<ListReportDialog caseIds={ids} narrowedBy={searched} onClose={vi.fn()} />);
      // Public is the default audience.
      expect(screen.getByRole('radio', { name: /^Public/ })).toBeChecked();
      const warning = screen.getByTestId('selection-warning');
      expect(warning).toHaveAttribute('role', 'status'); // announced when it appears, like the internal warning
      expect(warning).toHaveClass('alert', 'alert--warning');
      expect(warning).toHaveTextContent('The choice of cases can give away what this audience may not know');
      expect(warning).toHaveTextContent('Which cases are in this list was decided by searching and filtering everything in the case files, including what this audience may not see.');
      expect(warning).toHaveTextContent('close this dialog and clear the search and filters, or choose the “Internal” audience.');
      const check = within(warning).getByRole('checkbox', { name: 'I have checked that the choice of cases reveals nothing this audience may not know' });
      expect(check).not.toBeChecked();
      expect(check).toHaveAccessibleDescription(/^Which cases are in this list was decided by searching/);
      expect(generateButton()).toBeDisabled();
      expect(screen.getByTestId('report-problem')).toHaveTextContent('Clear the search and filters, or confirm above that the choice of cases reveals nothing this audience may not know.');

      // Submitting the form another way does nothing either.
      fireEvent.submit(generateButton().closest('form')!);
      expect(fake.inputOf('listReport')).toBeUndefined();

      // Keyboard: Tab from the audiences reaches the tick; Space ticks it.
      expect(screen.getByRole('radio', { name: /^Public/ })).toHaveFocus();
      await user.tab();
      expect(check).toHaveFocus();
      await user.keyboard(' ');
      expect(check).toBeChecked();
      expect(screen.queryByTestId('report-problem')).toBeNull();
      expect(generateButton()).toBeEnabled();
      await user.click(generateButton());
      expect(fake.inputOf('listReport')).toEqual({ options: { audience: 'public', lang: 'en', filters: { statuses: [], categories: [], articles: [], caseIds: ids } } });
    });

    it('asks again for another audience, and for filters alone as for a search', async () => {
      installFake();
      const user = userEvent.setup();
      render(<ListReportDialog caseIds={ids} narrowedBy={filteredOnly} onClose={vi.fn()} />);
      expect(screen.getByTestId('report-case-count')).toHaveTextContent('(the case list as searched and filtered now)');
      await user.click(screen.getByLabelText(/^I have checked that the choice of cases/));
      expect(generateButton()).toBeEnabled();
      await user.click(screen.getByRole('radio', { name: /^UN \/ WGAD/ }));
      expect(screen.getByTestId('selection-warning')).toBeInTheDocument();
      expect(screen.getByLabelText(/^I have checked that the choice of cases/)).not.toBeChecked();
      expect(generateButton()).toBeDisabled();
    });

    it('internal: no such warning (that audience sees everything) and Generate is ready', async () => {
      installFake();
      const user = userEvent.setup();
      render(<ListReportDialog caseIds={ids} narrowedBy={searchedAndFiltered} onClose={vi.fn()} />);
      expect(generateButton()).toBeDisabled();
      await user.click(screen.getByRole('radio', { name: /Internal \(working file\)/ }));
      expect(screen.queryByTestId('selection-warning')).toBeNull();
      expect(screen.queryByRole('checkbox')).toBeNull();
      expect(screen.getByTestId('internal-warning')).toBeInTheDocument();
      expect(screen.queryByTestId('report-problem')).toBeNull();
      expect(generateButton()).toBeEnabled();
    });

    it('without search or filters: no warning for any audience', async () => {
      installFake();
      const user = userEvent.setup();
      render(<ListReportDialog caseIds={ids} narrowedBy={everyCase} onClose={vi.fn()} />);
      for (const name of [/^Public/, /^Court/, /^UN \/ WGAD/]) {
        await user.click(screen.getByRole('radio', { name }));
        expect(screen.queryByTestId('selection-warning')).toBeNull();
        expect(screen.queryByRole('checkbox')).toBeNull();
        expect(generateButton()).toBeEnabled();
      }
    });

    it('is said in Azerbaijani and Russian too', async () => {
      installFake();
      await i18n.changeLanguage('az');
      const az = render(<ListReportDialog caseIds={ids} narrowedBy={searched} onClose={vi.fn()} />);
      expect(screen.getByTestId('selection-warning')).toHaveTextContent('İşlərin seçimi bu auditoriyanın bilməməli olduğu məlumatı üzə çıxara bilər');
      expect(screen.getByRole('checkbox', { name: 'Yoxladım: işlərin seçimi bu auditoriyanın bilməməli olduğu heç nəyi üzə çıxarmır' })).toBeInTheDocument();
      az.unmount();
      await i18n.changeLanguage('ru');
      render(<ListReportDialog caseIds={ids} narrowedBy={searched} onClose={vi.fn()} />);
      expect(screen.getByTestId('selection-warning')).toHaveTextContent('Выбор дел может выдать то, чего этому адресату знать не положено');
      expect(screen.getByRole('checkbox', { name: 'Проверено: выбор дел не раскрывает ничего, чего этому адресату знать не положено' })).toBeInTheDocument();
    });
  });
});

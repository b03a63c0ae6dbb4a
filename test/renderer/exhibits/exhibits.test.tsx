/**
 * The Exhibits section with a fake bridge: what the list shows for hostile names and each
 * verification state, how a chosen file travels in pieces, what a failed upload leaves, and the
 * confirmations in front of "open with another program" and purge.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CaseFile, type CaseFileInput } from '../../../shared/case-model';
import type { Exhibit } from '../../../shared/exhibits';
import { EXHIBIT_PIECE_BYTES } from '../../../shared/exhibits/requests';
import type { ErrorCode, IpcResult } from '../../../shared/ipc/errors';
import { ExhibitsSection } from '../../../renderer/src/features/exhibits/ExhibitsSection';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const CASE = uuid(1);
const HEARING = uuid(40);
const input: CaseFileInput = {
  schemaVersion: 2,
  id: CASE,
  status: 'detained',
  person: { id: uuid(2), names: [{ id: uuid(3), full: 'İlkin Ömərov', use: 'primary' }] },
  proceedings: [{ id: uuid(30), caseNumber: '1(006)-95/2020', hearings: [{ id: HEARING, date: '2020-03-02' }] }],
};
const file = CaseFile.parse(input);

function exhibit(n: number, patch: Partial<Exhibit> = {}): Exhibit {
  return {
    schemaVersion: 1,
    id: uuid(100 + n),
    caseId: CASE,
    blob: 'a'.repeat(32),
    originalName: `file-${n}.pdf`,
    mediaType: 'application/octet-stream',
    size: 1234,
    sha256: 'b'.repeat(64),
    receivedAt: '2024-05-12T09:00:00.000Z',
    links: [],
    custody: [{ action: 'received', at: '2024-05-12T09:00:00.000Z', actor: 'Leyla' }],
    ...patch,
  };
}

type Call = { channel: string; input: unknown };

/** Only the calls the section makes; each answers with the contract's envelope. */
function installFake(exhibits: Exhibit[], failures: Partial<Record<string, { code: ErrorCode; message: string }>> = {}) {
  const calls: Call[] = [];
  let stored = [...exhibits];
  const answer = async <T,>(channel: string, input: unknown, value: () => T): Promise<IpcResult<T>> => {
    calls.push({ channel, input });
    await Promise.resolve();
    const failure = failures[channel];
    if (failure) return { ok: false, ...failure };
    return { ok: true, value: value() };
  };
  const update = (id: string, change: (e: Exhibit) => Exhibit) => {
    stored = stored.map((e) => (e.id === id ? change(e) : e));
    return stored.find((e) => e.id === id)!;
  };
  const received: number[] = [];
  const bridge = {
    exhibits: {
      list: (x: unknown) => answer('list', x, () => stored),
      beginAttach: (x: { size: number; originalName: string }) => answer('beginAttach', x, () => ({ uploadId: uuid(999) })),
      attachPiece: (x: { bytes: Uint8Array }) => answer('attachPiece', { size: x.bytes.length }, () => void received.push(...x.bytes.subarray(0, 4))),
      finishAttach: (x: unknown) => answer('finishAttach', x, () => {
        const added = exhibit(50, { originalName: 'new.txt', mediaType: 'text/plain' });
        stored.push(added);
        return added;
      }),
      cancelAttach: (x: unknown) => answer('cancelAttach', x, () => undefined),
      read: (x: { length: number }) => answer('read', x, () => new Uint8Array(x.length).fill(65)),
      link: (x: { id: string; link: { kind: string; id: string } }) => answer('link', x, () => update(x.id, (e) => ({ ...e, links: [...e.links, x.link as Exhibit['links'][number]] }))),
      openExternally: (x: { id: string }) => answer('openExternally', x, () => update(x.id, (e) => e)),
      verify: (x: { id: string }) =>
        answer('verify', x, () => update(x.id, (e) => ({ ...e, custody: [...e.custody, { action: 'verified' as const, at: '2024-06-03T00:00:00.000Z', actor: 'L', outcome: e.size === 666 ? ('damaged' as const) : ('intact' as const) }] }))),
      remove: (x: { id: string }) => answer('remove', x, () => update(x.id, (e) => ({ ...e, removedAt: '2024-06-01T00:00:00.000Z' }))),
      purge: (x: { id: string }) => answer('purge', x, () => update(x.id, (e) => ({ ...e, purgedAt: '2024-06-02T00:00:00.000Z' }))),
    },
    on: () => () => undefined,
  };
  Object.defineProperty(window, 'habeas', { value: bridge, configurable: true, writable: false });
  return { calls, received, channels: () => calls.map((c) => c.channel) };
}

function renderSection() {
  const user = userEvent.setup();
  render(<ExhibitsSection caseId={CASE} file={file} commit={vi.fn()} />);
  return user;
}

describe('ExhibitsSection', () => {
  it('lists type, size, date, hash prefix and verification state; hostile names are shown as text', async () => {
    installFake([
      exhibit(1, { originalName: '../../etc/passwd' }),
      exhibit(2, { originalName: `bad\u0007name\u202Efdp.exe`, custody: [{ action: 'received', at: '2024-05-12T09:00:00.000Z', actor: 'L' }, { action: 'verified', at: '2024-05-13T09:00:00.000Z', actor: 'L', outcome: 'damaged' }] }),
      exhibit(3, { originalName: 'ə'.repeat(500), custody: [{ action: 'received', at: '2024-05-12T09:00:00.000Z', actor: 'L' }, { action: 'verified', at: '2024-05-13T09:00:00.000Z', actor: 'L', outcome: 'intact' }] }),
    ]);
    renderSection();
    const rows = await screen.findAllByTestId('exhibit-row');
    expect(rows).toHaveLength(3);
    expect(within(rows[0]!).getByRole('button', { name: '../../etc/passwd' })).toBeInTheDocument();
    expect(within(rows[1]!).getByRole('button', { name: 'bad\uFFFDname\uFFFDfdp.exe' })).toBeInTheDocument();
    const long = within(rows[2]!).getByRole('button');
    expect([...(long.textContent ?? '')].length).toBe(160);
    expect(long).toHaveAttribute('title', 'ə'.repeat(500));
    expect(rows.map((r) => within(r).getByTestId('verification').getAttribute('data-state'))).toEqual(['unchecked', 'damaged', 'intact']);
    expect(rows[0]).toHaveTextContent('bbbbbbbbbbbb');
    expect(rows[0]).not.toHaveTextContent('b'.repeat(13));
    expect(rows[0]).toHaveTextContent('1.2 KB');
  });

  it('sends a chosen file in 4 MiB pieces with its receipt and shows the new exhibit', async () => {
    const fake = installFake([]);
    const user = renderSection();
    await screen.findByText('No files are attached to this case yet.');
    const size = EXHIBIT_PIECE_BYTES * 2 + 5;
    await user.upload(screen.getByTestId('attach-input'), new File([new Uint8Array(size).fill(7)], 'statement.txt', { type: 'text/plain' }));
    await user.type(screen.getByLabelText('Received from'), 'his lawyer');
    await user.click(screen.getByRole('button', { name: 'Attach (files: 1)' }));
    await screen.findByText(/attached$/);
    expect(fake.calls.find((c) => c.channel === 'beginAttach')!.input).toMatchObject({ caseId: CASE, originalName: 'statement.txt', size, receivedFrom: 'his lawyer' });
    expect(fake.calls.filter((c) => c.channel === 'attachPiece').map((c) => (c.input as { size: number }).size)).toEqual([EXHIBIT_PIECE_BYTES, EXHIBIT_PIECE_BYTES, 5]);
    expect(fake.channels().at(-1)).toBe('read'); // the new exhibit opens with its (text) preview
    expect(await screen.findAllByTestId('exhibit-row')).toHaveLength(1);
  });

  it('a refused upload says why, is cancelled in main, and adds nothing', async () => {
    const fake = installFake([], { finishAttach: { code: 'INVALID_INPUT', message: 'The file got shorter while it was being read.' } });
    const user = renderSection();
    await screen.findByText('No files are attached to this case yet.');
    await user.upload(screen.getByTestId('attach-input'), new File(['abc'], 'x.txt'));
    await user.click(screen.getByRole('button', { name: 'Attach (files: 1)' }));
    expect(await screen.findByText('The file got shorter while it was being read.')).toBeInTheDocument();
    expect(fake.channels()).toContain('cancelAttach');
    expect(screen.queryAllByTestId('exhibit-row')).toHaveLength(0);
  });

  it('a file dropped on the panel is offered for attaching like a chosen one', async () => {
    installFake([]);
    renderSection();
    await screen.findByText('No files are attached to this case yet.');
    const dropped = new File(['x'], 'photo.jpg');
    fireEvent.drop(screen.getByTestId('attach-panel'), { dataTransfer: { files: [dropped] } });
    expect(await screen.findByRole('button', { name: 'Attach (files: 1)' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Files to attach' })).toHaveTextContent('photo.jpg');
  });

  it('links an exhibit to a hearing of the case', async () => {
    const fake = installFake([exhibit(1)]);
    const user = renderSection();
    await user.click(await screen.findByRole('button', { name: 'file-1.pdf' }));
    await user.selectOptions(screen.getByLabelText('Link to'), `hearing:${HEARING}`);
    await user.click(screen.getByRole('button', { name: 'Link' }));
    await screen.findByTestId('exhibit-link');
    expect(fake.calls.find((c) => c.channel === 'link')!.input).toEqual({ id: uuid(101), link: { kind: 'hearing', id: HEARING } });
    expect(screen.getByTestId('exhibit-link')).toHaveTextContent('1(006)-95/2020');
  });

  it('opens with another program only after the warning is confirmed', async () => {
    const fake = installFake([exhibit(1)]);
    const user = renderSection();
    await user.click(await screen.findByRole('button', { name: 'file-1.pdf' }));
    const trigger = screen.getByRole('button', { name: 'Open with another program…' });
    await user.click(trigger);
    const warning = screen.getByRole('alertdialog', { name: 'The file will leave the vault unencrypted' });
    expect(warning).toHaveAccessibleDescription(/temporary copy/);
    // Enter on the warning must not send the file out: focus starts on Cancel.
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('open-warning')).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
    await user.click(trigger);
    await user.keyboard('{Enter}');
    expect(fake.channels()).not.toContain('openExternally');
    await user.click(screen.getByRole('button', { name: 'Open with another program…' }));
    await user.click(screen.getByRole('button', { name: 'Open anyway' }));
    await waitFor(() => expect(fake.channels()).toContain('openExternally'));
  });

  it('purges only a removed exhibit, with a reason and an explicit confirmation', async () => {
    const fake = installFake([exhibit(1)]);
    const user = renderSection();
    await user.click(await screen.findByRole('button', { name: 'file-1.pdf' }));
    expect(screen.queryByRole('button', { name: 'Purge the file…' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove from case…' }));
    await user.click(screen.getByRole('button', { name: 'Remove from case' }));
    await user.click(await screen.findByRole('button', { name: 'Purge the file…' }));
    const confirm = screen.getByRole('button', { name: 'Purge the file' });
    expect(confirm).toBeDisabled();
    await user.type(screen.getByLabelText(/Reason \(required/), 'duplicate scan');
    expect(confirm).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: /cannot be recovered/ }));
    expect(confirm).toBeEnabled();
    await user.click(confirm);
    await screen.findByText(/The file was purged/);
    expect(fake.calls.find((c) => c.channel === 'purge')!.input).toEqual({ id: uuid(101), reason: 'duplicate scan' });
  });

  it('adds a working copy as a new exhibit linked to its original', async () => {
    const fake = installFake([exhibit(1)]);
    const user = renderSection();
    await user.click(await screen.findByRole('button', { name: 'file-1.pdf' }));
    await user.click(screen.getByRole('button', { name: 'Add a working copy…' }));
    const add = screen.getByRole('button', { name: 'Add working copy' });
    expect(add).toBeDisabled();
    await user.type(screen.getByLabelText(/What kind of copy/), 'faces blurred for publication');
    await user.upload(screen.getByTestId('working-copy-input'), new File(['redacted'], 'redacted.jpg'));
    await user.click(add);
    await waitFor(() => expect(fake.channels()).toContain('finishAttach'));
    expect(fake.calls.find((c) => c.channel === 'beginAttach')!.input).toMatchObject({ caseId: CASE, originalName: 'redacted.jpg', derivedFrom: uuid(101), derivation: 'faces blurred for publication' });
  });

  it('checks every file in turn and says how many are damaged', async () => {
    const fake = installFake([exhibit(1), exhibit(2, { size: 666 }), exhibit(3, { purgedAt: '2024-06-02T00:00:00.000Z', removedAt: '2024-06-01T00:00:00.000Z' })]);
    const user = renderSection();
    await screen.findAllByTestId('exhibit-row');
    await user.click(screen.getByRole('button', { name: 'Check all files' }));
    expect(await screen.findByText('Checked 2: 1 damaged.')).toBeInTheDocument();
    expect(fake.calls.filter((c) => c.channel === 'verify').map((c) => (c.input as { id: string }).id)).toEqual([uuid(101), uuid(102)]);
    const states = screen.getAllByTestId('exhibit-row').map((r) => within(r).getByTestId('verification').getAttribute('data-state'));
    expect(states).toEqual(['intact', 'damaged']);
  });
});

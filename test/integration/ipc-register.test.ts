/**
 * The ipcMain glue with a fake `electron`: every contract channel refuses foreign senders and
 * malformed payloads before any handler runs, hides unexpected errors, and — over a real vault —
 * returns values that match the contract's output schemas.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseFile } from '../../shared/case-model';
import { listChannels, type Handlers } from '../../shared/ipc/contract';
import { HabeasError, type IpcResult } from '../../shared/ipc/errors';
import { VaultSession } from '../../electron/main/core/session/vault-session';
import { createDispatcher } from '../../electron/main/ipc/dispatch';
import { createHandlers } from '../../electron/main/ipc/handlers';
import { registerIpc } from '../../electron/main/ipc/register';
import { createTrustedSenders, type SenderEvent } from '../../electron/main/security/trusted-senders';
import { loadFullCase } from '../fixtures/cases/full-case';

type Listener = (event: SenderEvent, ...args: unknown[]) => Promise<IpcResult<unknown>>;

const ipc = vi.hoisted(() => ({ handlers: new Map<string, Listener>() }));

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, listener: Listener) => {
      if (ipc.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      ipc.handlers.set(channel, listener);
    },
    removeHandler: (channel: string) => ipc.handlers.delete(channel),
  },
}));

const CHANNELS = listChannels();
const APP_PAGE = 'app://habeas/index.html';

/** A webContents as far as the sender check and `trust()` can tell. */
function fakeContents(id: number, url = APP_PAGE) {
  const mainFrame = { url };
  return { id, mainFrame, once: vi.fn() };
}

function eventFrom(contents: ReturnType<typeof fakeContents>, frame: { url: string } | null = contents.mainFrame): SenderEvent {
  return { sender: contents, senderFrame: frame } as unknown as SenderEvent;
}

function invoke(channel: string, event: SenderEvent, payload?: unknown): Promise<IpcResult<unknown>> {
  const listener = ipc.handlers.get(channel);
  if (!listener) throw new Error(`no handler registered for ${channel}`);
  return listener(event, payload);
}

/** A Handlers table whose every method is a spy that resolves to `undefined`. */
function spyHandlers(): { handlers: Handlers; calls: () => number } {
  const spies: Array<ReturnType<typeof vi.fn>> = [];
  const table: Record<string, Record<string, ReturnType<typeof vi.fn>>> = {};
  for (const { namespace, method } of CHANNELS) {
    const spy = vi.fn(async () => undefined);
    spies.push(spy);
    (table[namespace] ??= {})[method] = spy;
  }
  return { handlers: table as unknown as Handlers, calls: () => spies.reduce((n, s) => n + s.mock.calls.length, 0) };
}

function expectFailure(result: IpcResult<unknown>, code: string): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.code).toBe(code);
  // Messages are for people: short, no stack frames, no file system paths.
  expect(result.message.length).toBeLessThan(2_000);
  expect(result.message).not.toMatch(/\n\s+at |[A-Za-z]:\\|\/home\/|\/tmp\/|\/Users\//);
}

describe('registerIpc', () => {
  const ours = fakeContents(1);
  const log = vi.fn();
  let spies: ReturnType<typeof spyHandlers>;
  let unregister: () => void;

  beforeEach(() => {
    spies = spyHandlers();
    const senders = createTrustedSenders();
    senders.trust(ours as unknown as Electron.WebContents);
    unregister = registerIpc(createDispatcher(spies.handlers), senders.isTrusted, log);
  });

  afterEach(() => {
    unregister();
  });

  it('registers exactly the contract channels and removes them again', () => {
    expect([...ipc.handlers.keys()].sort()).toEqual(CHANNELS.map((c) => c.channel).sort());
    unregister();
    expect(ipc.handlers.size).toBe(0);
    unregister = () => {};
  });

  const foreignSenders: Array<[string, () => SenderEvent]> = [
    ['an unknown webContents', () => eventFrom(fakeContents(99))],
    ['a subframe of our window', () => eventFrom(ours, { url: APP_PAGE })],
    ['our window after navigating to https://evil.example', () => eventFrom(fakeContents(1, 'https://evil.example/'))],
    ['our window showing file:///', () => eventFrom(fakeContents(1, 'file:///'))],
    ['our window showing a look-alike origin', () => eventFrom(fakeContents(1, 'app://habeas.evil.example/index.html'))],
    ['our window with credentials in the URL', () => eventFrom(fakeContents(1, 'app://evil@habeas/index.html'))],
    ['our window on about:blank', () => eventFrom(fakeContents(1, 'about:blank'))],
    ['a disposed frame (senderFrame null)', () => eventFrom(ours, null)],
  ];

  describe.each(foreignSenders)('from %s', (_name, makeEvent) => {
    it.each(CHANNELS.map((c) => [c.channel]))('%s is FORBIDDEN and never reaches its handler', async (channel) => {
      // The sender check runs before parsing: even a valid-looking payload is refused.
      expectFailure(await invoke(channel, makeEvent(), { passphrase: 'correct horse battery staple' }), 'FORBIDDEN');
      expectFailure(await invoke(channel, makeEvent(), undefined), 'FORBIDDEN');
      expect(spies.calls()).toBe(0);
    });
  });

  it('treats a frame that throws on access as foreign', async () => {
    const event = {
      sender: ours,
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    } as unknown as SenderEvent;
    for (const { channel } of CHANNELS) expectFailure(await invoke(channel, event), 'FORBIDDEN');
    expect(spies.calls()).toBe(0);
  });

  const tenMegabytes = 'x'.repeat(10 * 1024 * 1024);
  const malformed: Array<[string, unknown]> = [
    ['an object with unknown keys', { evil: true }],
    ['a number', 42],
    ['a 10 MB string', tenMegabytes],
    ['an array', [1, 2, 3]],
    ['a prototype-pollution attempt', JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}')],
  ];

  describe.each(malformed)('given %s', (_name, payload) => {
    it.each(CHANNELS.map((c) => [c.channel]))('%s answers INVALID_INPUT without calling its handler', async (channel) => {
      expectFailure(await invoke(channel, eventFrom(ours), payload), 'INVALID_INPUT');
      expect(spies.calls()).toBe(0);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });

  it.each([
    ['vault:create', { passphrase: tenMegabytes }],
    ['vault:unlock', { passphrase: tenMegabytes }],
    ['vault:unlockWithRecoveryKey', { recoveryKey: tenMegabytes, newPassphrase: 'a perfectly long passphrase' }],
    ['vault:unlockWithRecoveryKey', { recoveryKey: 'ABCD-EFGH', newPassphrase: tenMegabytes }],
    ['vault:changePassphrase', { current: tenMegabytes, next: 'a perfectly long passphrase' }],
    ['vault:changePassphrase', { current: 'old passphrase', next: tenMegabytes }],
    ['cases:create', { nameLatin: tenMegabytes, status: 'detained' }],
    ['cases:save', { baseRevision: 1, file: { ...loadFullCase(), summary: tenMegabytes } }],
    ['cases:save', { baseRevision: 1, file: { ...loadFullCase(), notes: Array.from({ length: 2001 }, (_, i) => ({ id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, title: 'note' })) } }],
    ['settings:setProfileName', { name: tenMegabytes }],
    ['exhibits:beginAttach', { caseId: '00000000-0000-4000-8000-000000000001', originalName: tenMegabytes, size: 1 }],
    ['exhibits:beginAttach', { caseId: '00000000-0000-4000-8000-000000000001', originalName: 'x', size: 1, receivedFrom: tenMegabytes }],
    ['exhibits:attachPiece', { uploadId: '00000000-0000-4000-8000-000000000001', bytes: new Uint8Array(5 * 1024 * 1024) }],
    ['exhibits:attachPiece', { uploadId: '00000000-0000-4000-8000-000000000001', bytes: 'not bytes' }],
    ['exhibits:read', { id: '00000000-0000-4000-8000-000000000001', offset: 0, length: 17 * 1024 * 1024 }],
    ['exhibits:purge', { id: '00000000-0000-4000-8000-000000000001', reason: '   ' }],
    ['reports:dossier', { caseId: '00000000-0000-4000-8000-000000000001', options: { audience: 'public', fixedDate: tenMegabytes } }],
    ['reports:dossier', { caseId: '00000000-0000-4000-8000-000000000001', options: { audience: 'public', sections: [] } }],
    ['reports:listReport', { options: { audience: 'public', title: tenMegabytes } }],
    ['reports:listReport', { options: { audience: 'public', filters: { caseIds: Array.from({ length: 20_001 }, () => '00000000-0000-4000-8000-000000000001') } } }],
    ['reports:listReport', { options: { audience: 'public', filters: { articles: [tenMegabytes] } } }],
    ['reports:save', { token: tenMegabytes }],
  ])('%s refuses a 10 MB string where a short one belongs', async (channel, payload) => {
    const result = await invoke(channel, eventFrom(ours), payload);
    expectFailure(result, 'INVALID_INPUT');
    expect(spies.calls()).toBe(0);
  });

  it('passes a valid call from our window through to the handler', async () => {
    const result = await invoke('vault:unlock', eventFrom(ours), { passphrase: 'correct horse battery staple' });
    expect(result).toEqual({ ok: true, value: undefined });
    expect(spies.calls()).toBe(1);
  });

  it('forgets a window once its webContents is destroyed', async () => {
    const transient = fakeContents(5);
    const senders = createTrustedSenders();
    senders.trust(transient as unknown as Electron.WebContents);
    expect(senders.isTrusted(eventFrom(transient))).toBe(true);
    const [eventName, onDestroyed] = transient.once.mock.calls[0] as [string, () => void];
    expect(eventName).toBe('destroyed');
    onDestroyed();
    expect(senders.isTrusted(eventFrom(transient))).toBe(false);
  });
});

describe('errors crossing the boundary', () => {
  const ours = fakeContents(1);
  let unregister: () => void = () => {};

  afterEach(() => unregister());

  function registerWith(failure: Error): ReturnType<typeof vi.fn> {
    const { handlers } = spyHandlers();
    const log = vi.fn();
    (handlers.vault as unknown as Record<string, unknown>).unlock = vi.fn(async () => {
      throw failure;
    });
    const senders = createTrustedSenders();
    senders.trust(ours as unknown as Electron.WebContents);
    unregister = registerIpc(createDispatcher(handlers, log), senders.isTrusted);
    return log;
  }

  it('turns an unexpected error into INTERNAL without its path or stack', async () => {
    const failure = new Error("ENOENT: no such file or directory, open '/home/lawyer/.config/habeas/vault/records/0a/secret.rec'");
    const log = registerWith(failure);
    const result = await invoke('vault:unlock', eventFrom(ours), { passphrase: 'correct horse battery staple' });
    expectFailure(result, 'INTERNAL');
    if (!result.ok) {
      expect(result.message).not.toContain('ENOENT');
      expect(result.message).not.toContain('secret.rec');
    }
    // Main keeps the detail for its own log.
    expect(log).toHaveBeenCalledWith(expect.stringContaining('vault:unlock'), failure);
  });

  it('passes a HabeasError through with its own code and message', async () => {
    registerWith(new HabeasError('WRONG_PASSPHRASE', 'That passphrase does not open this vault.'));
    const result = await invoke('vault:unlock', eventFrom(ours), { passphrase: 'nope nope nope' });
    expect(result).toEqual({ ok: false, code: 'WRONG_PASSPHRASE', message: 'That passphrase does not open this vault.' });
  });
});

describe('handler outputs over a real vault', () => {
  const ours = fakeContents(1);
  const seen = new Set<string>();
  let dir: string;
  let session: VaultSession;
  let unregister: () => void;
  const locks: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'habeas-ipc-'));
    const desktop = { chooseSavePath: async (suggested: string) => join(dir, suggested.endsWith('.pdf') ? 'report.pdf' : 'exported.txt'), openPath: async () => '', tempRoot: () => dir };
    session = new VaultSession({ dir: join(dir, 'vault'), kdfProfile: 'test', onLocked: (reason) => locks.push(reason), desktop });
    const senders = createTrustedSenders();
    senders.trust(ours as unknown as Electron.WebContents);
    unregister = registerIpc(createDispatcher(createHandlers(session)), senders.isTrusted);
  });

  afterAll(async () => {
    unregister();
    await session.lock('user');
    await rm(dir, { recursive: true, force: true });
  });

  /** Calls a channel as our window would, and checks the value against the output schema. */
  async function call(channel: string, payload?: unknown): Promise<unknown> {
    const spec = CHANNELS.find((c) => c.channel === channel);
    if (!spec) throw new Error(`unknown channel ${channel}`);
    const result = await invoke(channel, eventFrom(ours), payload);
    if (!result.ok) throw new Error(`${channel} failed: ${result.code} ${result.message}`);
    seen.add(channel);
    return spec.output.parse(result.value);
  }

  it('runs the whole contract and every value matches its schema', async () => {
    expect(await call('vault:status')).toMatchObject({ state: 'missing', profileName: null });
    const { recoveryKey } = (await call('vault:create', { passphrase: 'first long passphrase' })) as { recoveryKey: string };
    expect(await call('vault:status')).toMatchObject({ state: 'unlocked', profileName: null });
    await call('settings:setProfileName', { name: '  Leyla (Bakı ofisi)  ' });
    expect(await call('vault:status')).toMatchObject({ profileName: 'Leyla (Bakı ofisi)' }); // trimmed at the boundary

    const created = (await call('cases:create', { nameLatin: 'Intiqam Əliyev', nameNative: 'Интигам Алиев', status: 'detained' })) as {
      id: string;
      revision: number;
      savedBy: string;
      file: CaseFile;
    };
    expect(created).toMatchObject({ revision: 1, savedBy: 'Leyla (Bakı ofisi)', file: { schemaVersion: 2, id: created.id } });
    expect(await call('cases:list', { offset: 0, limit: 50 })).toEqual({ total: 1, items: [expect.objectContaining({ id: created.id, name: 'Intiqam Əliyev', otherNames: ['Интигам Алиев'] })] });
    expect(await call('cases:get', { id: created.id })).toEqual(created);

    // The whole fully filled document replaces the draft, as the editor saves it.
    const full = { ...loadFullCase(), id: created.id };
    const saved = (await call('cases:save', { baseRevision: created.revision, file: full })) as { revision: number; file: CaseFile };
    expect(saved).toMatchObject({ id: created.id, revision: 2, savedBy: 'Leyla (Bakı ofisi)' });
    expect(saved.file).toEqual(full);
    const convicted = await call('cases:save', { baseRevision: 2, file: { ...full, status: 'convicted' } });
    expect(convicted).toMatchObject({ revision: 3, file: { status: 'convicted' } });
    expect(((await call('cases:history', { id: created.id })) as Array<{ revision: number; file: CaseFile }>).map((r) => [r.revision, r.file.status])).toEqual([
      [1, 'detained'],
      [2, full.status],
      [3, 'convicted'],
    ]);
    // An exhibit through every evidence-locker call: received in pieces, read, linked to a hearing,
    // checked, handed over, exported, opened elsewhere, removed and purged.
    const hearingId = full.proceedings.flatMap((p) => p.hearings)[0]!.id;
    const { uploadId } = (await call('exhibits:beginAttach', { caseId: created.id, originalName: '../../etc/passwd', size: 5, receivedFrom: 'the court registry' })) as { uploadId: string };
    await call('exhibits:attachPiece', { uploadId, bytes: new Uint8Array(Buffer.from('hel')) });
    await call('exhibits:attachPiece', { uploadId, bytes: new Uint8Array(Buffer.from('lo')) });
    const exhibit = (await call('exhibits:finishAttach', { uploadId })) as { id: string; originalName: string; mediaType: string };
    expect(exhibit).toMatchObject({ originalName: '../../etc/passwd', mediaType: 'text/plain' });
    const abandoned = (await call('exhibits:beginAttach', { caseId: created.id, originalName: 'never.bin', size: 3 })) as { uploadId: string };
    await call('exhibits:cancelAttach', abandoned);
    expect(((await call('exhibits:list', { caseId: created.id })) as Array<{ id: string }>).map((e) => e.id)).toEqual([exhibit.id]);
    expect(Buffer.from((await call('exhibits:read', { id: exhibit.id, offset: 1, length: 3 })) as Uint8Array).toString()).toBe('ell');
    await call('exhibits:link', { id: exhibit.id, link: { kind: 'hearing', id: hearingId } });
    expect(await call('exhibits:unlink', { id: exhibit.id, link: { kind: 'hearing', id: hearingId } })).toMatchObject({ links: [] });
    expect(await call('exhibits:verify', { id: exhibit.id })).toMatchObject({ custody: expect.arrayContaining([expect.objectContaining({ action: 'verified', outcome: 'intact' })]) });
    await call('exhibits:recordCustody', { id: exhibit.id, action: 'handed_over', counterpart: 'UN WGAD secretariat', method: 'encrypted e-mail' });
    expect(await call('exhibits:export', { id: exhibit.id, note: 'for the appeal' })).toMatchObject({ saved: true, fileName: 'exported.txt' });
    await call('exhibits:openExternally', { id: exhibit.id });
    await call('exhibits:remove', { id: exhibit.id, reason: 'a duplicate' });
    expect(await call('exhibits:purge', { id: exhibit.id, reason: 'a duplicate scan' })).toMatchObject({ purgedAt: expect.any(String) });
    // A dossier and a list report, made in main's worker, held under a token, saved through the
    // dialog and forgotten; Cancel with nothing in flight is fine.
    const dossier = (await call('reports:dossier', { caseId: created.id, options: { audience: 'court', lang: 'ru', fixedDate: '2026-01-31T12:00:00Z' } })) as { token: string; bytes: Uint8Array; pages: number; cases: number };
    expect(dossier).toMatchObject({ cases: 1, pages: expect.any(Number) });
    expect(Buffer.from(dossier.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(await call('reports:save', { token: dossier.token })).toEqual({ saved: true, fileName: 'report.pdf' });
    await call('reports:discard', { token: dossier.token });
    expect(await call('reports:listReport', { options: { audience: 'public', filters: { caseIds: [created.id] } } })).toMatchObject({ cases: 1 });
    await call('reports:cancel', {});
    await call('reports:prepare', {});
    // A saved list view, with the name trimmed at the boundary and kept through lock and unlock below.
    const view = (await call('listViews:save', { name: '  Detained journalists  ', state: { query: 'əliyev', filters: { status: 'detained', category: 'journalist_blogger', article: '', facility: '', court: '', arrested: { from: '2014', to: '', mode: 'overlaps' }, released: { from: '', to: '', mode: 'overlaps' }, conclusion: '', recognisedBy: '' }, sort: { column: 'arrestedOn', direction: 'desc' } } })) as { id: string; name: string };
    expect(view.name).toBe('Detained journalists');
    await call('listViews:save', { name: 'To delete', state: { query: '', filters: { status: '', category: '', article: '', facility: '', court: '', arrested: { from: '', to: '', mode: 'overlaps' }, released: { from: '', to: '', mode: 'overlaps' }, conclusion: '', recognisedBy: '' }, sort: { column: 'name', direction: 'asc' } } });
    const toDelete = ((await call('listViews:list')) as Array<{ id: string; name: string }>).find((v) => v.name === 'To delete')!;
    await call('listViews:delete', { id: toDelete.id });
    await call('settings:setAutoLockMinutes', { minutes: 10 });
    await call('vault:changePassphrase', { current: 'first long passphrase', next: 'second long passphrase' });

    await call('vault:lock');
    expect(locks).toEqual(['user']);
    expect(await call('vault:status')).toMatchObject({ state: 'locked', profileName: null });
    await call('vault:unlock', { passphrase: 'second long passphrase' });
    expect(await call('vault:status')).toMatchObject({ state: 'unlocked', autoLockMinutes: 10, profileName: 'Leyla (Bakı ofisi)' });
    await call('vault:lock');
    await call('vault:unlockWithRecoveryKey', { recoveryKey, newPassphrase: 'third long passphrase' });
    expect(await call('cases:get', { id: created.id })).toMatchObject({ revision: 3, file: { status: 'convicted' } });
    expect(((await call('listViews:list')) as Array<{ id: string; name: string }>).map((v) => [v.id, v.name])).toEqual([[view.id, 'Detained journalists']]);
    // The searchable texts of the newest revision, packed: every name in every script is there.
    const texts = (await call('cases:texts', { offset: 0, limit: 50 })) as { total: number; texts: string[]; items: Array<{ id: string; revision: number; texts: number[] }> };
    expect(texts.total).toBe(1);
    expect(texts.items).toEqual([expect.objectContaining({ id: created.id, revision: 3 })]);
    const own = texts.items[0]!.texts.map((at) => texts.texts[at]);
    for (const name of full.person.names) expect(own).toContain(name.full);

    expect([...seen].sort()).toEqual(CHANNELS.map((c) => c.channel).sort());
  });
  /** Calls a channel as our window would and returns the failure it answers with. */
  async function failure(channel: string, payload: unknown): Promise<IpcResult<unknown>> {
    const result = await invoke(channel, eventFrom(ours), payload);
    expect(result.ok, `${channel} should have failed`).toBe(false);
    return result;
  }

  it('pages the case list, refuses a save based on a stale revision, and validates documents at the boundary', async () => {
    // Runs after the contract walk above: the vault is unlocked with one case at revision 3.
    for (const nameLatin of ['Anar Məmmədli', 'Zəhra Quliyeva', 'Bəxtiyar Hacıyev']) await call('cases:create', { nameLatin, status: 'detained' });
    const page = (offset: number, limit: number) => call('cases:list', { offset, limit }) as Promise<{ total: number; items: Array<{ name: string }> }>;
    const all = await page(0, 5000);
    expect(all.total).toBe(4);
    // Pages come in the vault's own, stable order (the app sorts by whichever column is chosen).
    expect(all.items.map((s) => s.name)).toEqual(['İlkin Şükür oğlu Ömərov', 'Anar Məmmədli', 'Zəhra Quliyeva', 'Bəxtiyar Hacıyev']);
    expect(await page(1, 2)).toEqual({ total: 4, items: all.items.slice(1, 3) });
    expect(await page(4, 2)).toEqual({ total: 4, items: [] });
    for (const bad of [{ offset: -1, limit: 10 }, { offset: 0, limit: 0 }, { offset: 0, limit: 5001 }, { offset: 0.5, limit: 10 }, { offset: 0 }, {}]) {
      expectFailure(await failure('cases:list', bad), 'INVALID_INPUT');
    }

    const current = (await call('cases:list', { offset: 0, limit: 5000 })) as { items: Array<{ id: string; name: string }> };
    const id = current.items.find((s) => s.name.startsWith('İlkin'))!.id;
    const record = (await call('cases:get', { id })) as { revision: number; file: CaseFile };
    expectFailure(await failure('cases:save', { baseRevision: record.revision - 1, file: record.file }), 'CONFLICT');
    expectFailure(await failure('cases:save', { baseRevision: 1, file: { ...record.file, id: '00000000-0000-4000-8000-00000000dead' } }), 'NOT_FOUND');
    expectFailure(await failure('cases:get', { id: '00000000-0000-4000-8000-00000000dead' }), 'NOT_FOUND');

    const invalid: Array<[string, unknown, RegExp]> = [
      ['an unknown field', { ...record.file, person: { ...record.file.person, bogus: 1 } }, /file\.person/],
      ['a bad date', { ...record.file, openedOn: '2019-02-30' }, /file\.openedOn/],
      ['a link to no source', { ...record.file, incidents: [{ ...record.file.incidents[0]!, sourceIds: ['00000000-0000-4000-8000-00000000beef'] }] }, /file\.incidents\.0\.sourceIds\.0/],
      ['a future format', { ...record.file, schemaVersion: 3 }, /file\.schemaVersion/],
      ['no document', undefined, /file/],
    ];
    for (const [what, file, path] of invalid) {
      const result = await failure('cases:save', { baseRevision: record.revision, file });
      expectFailure(result, 'INVALID_INPUT');
      if (!result.ok) expect(result.message, what).toMatch(path);
    }
    expectFailure(await failure('cases:save', { baseRevision: 0, file: record.file }), 'INVALID_INPUT');
    expectFailure(await failure('cases:history', { id: 'not an id' }), 'INVALID_INPUT');
    expectFailure(await failure('settings:setProfileName', { name: '   ' }), 'INVALID_INPUT');
    expectFailure(await failure('settings:setProfileName', { name: 'Line\nbreak' }), 'INVALID_INPUT');
    // Nothing refused above was written.
    expect(await call('cases:get', { id })).toEqual(record);
    expect(((await call('cases:history', { id })) as unknown[]).length).toBe(record.revision);
  });
});

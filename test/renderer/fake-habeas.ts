/**
 * An in-memory HabeasApi for component tests. It parses inputs and outputs with the shared
 * contract like main does, answers with the same `{ ok, code, message }` envelopes, and lets a test
 * inject failures, hold a call open (to observe "saving…" and progress states) and push events.
 */
import type { z } from 'zod';
import { CaseFile, type CaseFileInput } from '../../shared/case-model/case-file';
import { newCaseFile } from '../../shared/case-model/new-case';
import type { CaseRecord } from '../../shared/case-model/record';
import { packCaseTexts } from '../../shared/case-model/search-texts';
import type { ListViewState, SavedListView } from '../../shared/list-views';
import { summariseCase, type CaseSummary } from '../../shared/case-model/summary';
import { caseTexts } from '../../shared/case-model/texts';
import type { CaseDraft } from '../../shared/domain/case';
import { invokeContract, type EventName, type EventPayload, type HabeasApi, type VaultDamage } from '../../shared/ipc/contract';
import type { ErrorCode, IpcResult } from '../../shared/ipc/errors';

export const TEST_RECOVERY_KEY = '1WZK-7M5Z-3EX7-11ZQ-B6MT-DT4W-9H6D-V1F0';
export const STRONG_PASSPHRASE = 'vivid otter carries 27 lanterns';

export interface FakeOptions {
  state?: 'missing' | 'locked' | 'unlocked';
  passphrase?: string;
  recoveryKey?: string;
  /** First facts (as the "New case" dialog sends them) or whole documents. */
  cases?: ReadonlyArray<CaseDraft | CaseFileInput>;
  profileName?: string | null;
  expectedUnlockMs?: number;
  damage?: VaultDamage | null;
  autoLockMinutes?: number;
}

class Failure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

type Channel = `${keyof typeof invokeContract & string}.${string}`;
type Handler = (input: never) => unknown;

interface Gate {
  promise: Promise<void>;
  release: () => void;
  /** Calls to let through before this gate closes. */
  skip: number;
}

function compactKey(text: string): string {
  return text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export class FakeHabeas {
  state: 'missing' | 'locked' | 'unlocked';
  passphrase: string;
  recoveryKey: string;
  autoLockMinutes: number;
  expectedUnlockMs: number;
  damage: VaultDamage | null;
  profileName: string | null;
  /** The newest revision of each case. */
  readonly cases = new Map<string, CaseRecord>();
  /** Saved list views, as the vault keeps them (they survive a lock). */
  readonly listViews: SavedListView[] = [];
  /** Every revision of each case, oldest first. */
  readonly revisions = new Map<string, CaseRecord[]>();
  /** Every call in order, with its parsed input. */
  readonly calls: Array<{ channel: Channel; input: unknown }> = [];
  private readonly failures = new Map<Channel, Array<{ code: ErrorCode; message: string }>>();
  private readonly gates = new Map<Channel, Gate[]>();
  private readonly listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  private clock = Date.parse('2024-05-12T09:30:00.000Z');
  readonly api: HabeasApi;

  constructor(options: FakeOptions = {}) {
    this.state = options.state ?? 'locked';
    this.passphrase = options.passphrase ?? STRONG_PASSPHRASE;
    this.recoveryKey = options.recoveryKey ?? TEST_RECOVERY_KEY;
    this.autoLockMinutes = options.autoLockMinutes ?? 5;
    this.expectedUnlockMs = options.expectedUnlockMs ?? 2000;
    this.damage = options.damage ?? null;
    this.profileName = options.profileName ?? null;
    for (const item of options.cases ?? []) this.insert(item);
    this.api = this.buildApi();
  }

  /** The next call to `channel` fails with this code and message. */
  failNext(channel: Channel, code: ErrorCode, message = `${code} from the fake`): void {
    const queue = this.failures.get(channel) ?? [];
    queue.push({ code, message });
    this.failures.set(channel, queue);
  }

  /** The next call to `channel` (or the one after `skip` more) waits until `release()` is called. */
  hold(channel: Channel, { skip = 0 }: { skip?: number } = {}): { release: () => void } {
    let release!: () => void;
    const promise = new Promise<void>((resolve) => (release = resolve));
    const queue = this.gates.get(channel) ?? [];
    queue.push({ promise, release, skip });
    this.gates.set(channel, queue);
    return { release };
  }

  /** Pushes an event to the renderer, as main does over IPC. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners.get(event) ?? []) listener(payload);
  }

  callsTo(channel: Channel): unknown[] {
    return this.calls.filter((c) => c.channel === channel).map((c) => c.input);
  }

  /** Another writer (e.g. the CLI) saves a new revision of a case behind the renderer's back. */
  externalUpdate(id: string, change: (file: CaseFile) => CaseFileInput): CaseRecord {
    const current = this.cases.get(id);
    if (!current) throw new Error(`no case ${id}`);
    return this.store({ ...current, revision: current.revision + 1, updatedAt: this.now(), file: CaseFile.parse(change(structuredClone(current.file))) });
  }

  /** Adds a case from first facts (like cases.create) or from a whole document. */
  insert(item: CaseDraft | CaseFileInput): CaseRecord {
    const file = 'schemaVersion' in item ? CaseFile.parse(item) : newCaseFile(item);
    const at = this.now();
    return this.store({ id: file.id, revision: 1, createdAt: at, updatedAt: at, ...(this.profileName ? { savedBy: this.profileName } : {}), file });
  }

  /** The case whose primary name is `name` (tests know cases by name). */
  byName(name: string): CaseRecord {
    const found = [...this.cases.values()].find((c) => summariseCase(c).name === name);
    if (!found) throw new Error(`no case named ${name}`);
    return found;
  }

  /** The cases in the order list and texts pages share (by name, as main once did). */
  private listed(): CaseRecord[] {
    this.requireUnlocked();
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    return [...this.cases.values()].sort((a, b) => collator.compare(this.summaryOf(a).name, this.summaryOf(b).name) || a.id.localeCompare(b.id));
  }

  private readonly summaries = new WeakMap<CaseRecord, CaseSummary>();
  private summaryOf(record: CaseRecord): CaseSummary {
    let summary = this.summaries.get(record);
    if (!summary) this.summaries.set(record, (summary = summariseCase(record)));
    return summary;
  }

  private store(record: CaseRecord): CaseRecord {
    this.cases.set(record.id, record);
    this.revisions.set(record.id, [...(this.revisions.get(record.id) ?? []), record]);
    return record;
  }

  private now(): string {
    this.clock += 60_000;
    return new Date(this.clock).toISOString();
  }

  private requireUnlocked(): void {
    if (this.state !== 'unlocked') throw new Failure('VAULT_LOCKED', 'The vault is locked.');
  }

  private handlers(): Record<string, Record<string, Handler>> {
    return {
      vault: {
        status: () => ({
          state: this.state,
          expectedUnlockMs: this.state === 'locked' ? this.expectedUnlockMs : null,
          autoLockMinutes: this.autoLockMinutes,
          damage: this.state === 'unlocked' ? this.damage : null,
          profileName: this.state === 'unlocked' ? this.profileName : null,
        }),
        create: ({ passphrase }: { passphrase: string }) => {
          if (this.state !== 'missing') throw new Failure('VAULT_EXISTS', 'A vault already exists.');
          this.passphrase = passphrase;
          this.state = 'unlocked';
          return { recoveryKey: this.recoveryKey };
        },
        unlock: ({ passphrase }: { passphrase: string }) => {
          if (this.state === 'missing') throw new Failure('VAULT_MISSING', 'There is no vault.');
          if (passphrase !== this.passphrase) throw new Failure('WRONG_PASSPHRASE', 'That passphrase does not open this vault.');
          this.state = 'unlocked';
        },
        unlockWithRecoveryKey: ({ recoveryKey, newPassphrase }: { recoveryKey: string; newPassphrase: string }) => {
          if (compactKey(recoveryKey) !== compactKey(this.recoveryKey)) {
            throw new Failure('WRONG_RECOVERY_KEY', 'That recovery key does not open this vault.');
          }
          this.passphrase = newPassphrase;
          this.state = 'unlocked';
        },
        changePassphrase: ({ current, next }: { current: string; next: string }) => {
          this.requireUnlocked();
          if (current !== this.passphrase) throw new Failure('WRONG_PASSPHRASE', 'The current passphrase is not correct.');
          this.passphrase = next;
        },
        lock: () => {
          const wasUnlocked = this.state === 'unlocked';
          if (this.state !== 'missing') this.state = 'locked';
          // Main announces the lock to the window after answering.
          if (wasUnlocked) setTimeout(() => this.emit('vault:locked', { reason: 'user' }), 0);
        },
      },
      cases: {
        list: ({ offset, limit }: { offset: number; limit: number }) => {
          const all = this.listed();
          return { total: all.length, items: all.slice(offset, offset + limit).map((r) => this.summaryOf(r)) };
        },
        texts: ({ offset, limit }: { offset: number; limit: number }) => {
          const all = this.listed();
          return packCaseTexts(all.length, all.slice(offset, offset + limit).map((r) => ({ id: r.id, revision: r.revision, texts: caseTexts(r.file) })));
        },
        get: ({ id }: { id: string }) => {
          this.requireUnlocked();
          const record = this.cases.get(id);
          if (!record) throw new Failure('NOT_FOUND', 'No case with this id exists in the vault.');
          return record;
        },
        create: (draft: CaseDraft) => {
          this.requireUnlocked();
          return this.insert(draft);
        },
        save: ({ baseRevision, file }: { baseRevision: number; file: CaseFile }) => {
          this.requireUnlocked();
          const current = this.cases.get(file.id);
          if (!current) throw new Failure('NOT_FOUND', 'No case with this id exists in the vault.');
          if (current.revision !== baseRevision) throw new Failure('CONFLICT', 'The case was changed by someone else.');
          const { savedBy: _previous, ...rest } = current;
          return this.store({ ...rest, ...(this.profileName ? { savedBy: this.profileName } : {}), revision: current.revision + 1, updatedAt: this.now(), file });
        },
        history: ({ id }: { id: string }) => {
          this.requireUnlocked();
          const revisions = this.revisions.get(id);
          if (!revisions) throw new Failure('NOT_FOUND', 'No case with this id exists in the vault.');
          return revisions;
        },
      },
      listViews: {
        list: () => {
          this.requireUnlocked();
          return [...this.listViews].sort((a, b) => a.name.localeCompare(b.name));
        },
        save: ({ name, state }: { name: string; state: ListViewState }) => {
          this.requireUnlocked();
          const at = this.listViews.findIndex((v) => v.name.toLowerCase() === name.toLowerCase());
          const view: SavedListView = { id: at >= 0 ? this.listViews[at]!.id : crypto.randomUUID(), name, savedAt: this.now(), state };
          if (at >= 0) this.listViews.splice(at, 1, view);
          else this.listViews.push(view);
          return view;
        },
        delete: ({ id }: { id: string }) => {
          this.requireUnlocked();
          const at = this.listViews.findIndex((v) => v.id === id);
          if (at < 0) throw new Failure('NOT_FOUND', 'This saved view no longer exists.');
          this.listViews.splice(at, 1);
        },
      },
      settings: {
        setAutoLockMinutes: ({ minutes }: { minutes: number }) => {
          this.autoLockMinutes = minutes;
        },
        setProfileName: ({ name }: { name: string }) => {
          this.requireUnlocked();
          this.profileName = name;
        },
      },
    };
  }

  private buildApi(): HabeasApi {
    const handlers = this.handlers();
    const api: Record<string, unknown> = {};
    for (const [namespace, methods] of Object.entries(invokeContract)) {
      const ns: Record<string, (input?: unknown) => Promise<IpcResult<unknown>>> = {};
      for (const [method, spec] of Object.entries(methods) as Array<[string, { input: z.ZodType; output: z.ZodType }]>) {
        const channel = `${namespace}.${method}` as Channel;
        ns[method] = async (raw?: unknown) => {
          this.calls.push({ channel, input: raw });
          const queue = this.gates.get(channel);
          if (queue?.[0] && queue[0].skip > 0) queue[0].skip -= 1;
          else {
            const gate = queue?.shift();
            if (gate) await gate.promise;
          }
          await Promise.resolve(); // IPC is always asynchronous
          const parsed = spec.input.safeParse(raw);
          if (!parsed.success) return { ok: false, code: 'INVALID_INPUT', message: parsed.error.issues.map((i) => i.message).join('; ') };
          const failure = this.failures.get(channel)?.shift();
          if (failure) return { ok: false, ...failure };
          try {
            const value = handlers[namespace]![method]!(parsed.data as never);
            return { ok: true, value: spec.output.parse(value) };
          } catch (error) {
            if (error instanceof Failure) return { ok: false, code: error.code, message: error.message };
            throw error;
          }
        };
      }
      api[namespace] = ns;
    }
    api.on = (event: EventName, listener: (payload: unknown) => void) => {
      const set = this.listeners.get(event) ?? new Set();
      set.add(listener);
      this.listeners.set(event, set);
      return () => set.delete(listener);
    };
    return api as HabeasApi;
  }

  /** Makes this fake the window's `habeas` bridge. */
  install(): this {
    Object.defineProperty(window, 'habeas', { value: Object.freeze(this.api), configurable: true, writable: false });
    return this;
  }
}

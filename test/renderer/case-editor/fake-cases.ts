/**
 * A window.habeas for the case editor's component tests: cases.get/save/history as the contract
 * says (inputs and outputs parsed with the shared schemas, `{ ok, code, message }` envelopes,
 * revisions checked against baseRevision), with gates to hold a save open and injected failures.
 */
import { CaseFile, CASE_SCHEMA_VERSION, type CaseFileInput, type CaseRecord } from '../../../shared/case-model';
import { invokeContract, type HabeasApi } from '../../../shared/ipc/contract';
import type { ErrorCode, IpcResult } from '../../../shared/ipc/errors';

export const CASE_ID = '0b8e6f0e-3c1a-4f7e-9a55-6d2f2b7c1a01';
export const PERSON_ID = '5a3c1d2e-0f4b-4c6d-8e9f-0a1b2c3d4e5f';
export const NAME_ID = '6b4d2e3f-1a5c-4d7e-9fa0-1b2c3d4e5f60';

/** A small valid case: a person with one name, everything else empty unless given. */
export function caseFile(extra: Partial<CaseFileInput> = {}): CaseFile {
  return CaseFile.parse({
    schemaVersion: CASE_SCHEMA_VERSION,
    id: CASE_ID,
    status: 'detained',
    person: { id: PERSON_ID, names: [{ id: NAME_ID, full: 'Intiqam Əliyev', use: 'primary' }] },
    ...extra,
  });
}

interface Gate {
  promise: Promise<void>;
  release: () => void;
}

export class FakeCases {
  readonly records = new Map<string, CaseRecord[]>();
  /** Inputs of every cases.save, in order, as parsed by the contract. */
  readonly saves: Array<{ baseRevision: number; file: CaseFile }> = [];
  /** Saves started but not answered yet. */
  inFlight = 0;
  maxInFlight = 0;
  private readonly gates: Gate[] = [];
  private readonly failures: Array<{ code: ErrorCode; message: string }> = [];
  private clock = Date.parse('2024-05-12T09:30:00.000Z');

  constructor(file: CaseFile = caseFile()) {
    this.put(file);
  }

  latest(id = CASE_ID): CaseRecord {
    const revisions = this.records.get(id);
    const last = revisions?.at(-1);
    if (!last) throw new Error(`no case ${id}`);
    return last;
  }

  /** Another writer (the CLI, another window) saves a revision behind the editor's back. */
  put(file: CaseFile): CaseRecord {
    const revisions = this.records.get(file.id) ?? [];
    const at = new Date((this.clock += 60_000)).toISOString();
    const record: CaseRecord = {
      id: file.id,
      revision: revisions.length + 1,
      createdAt: revisions[0]?.createdAt ?? at,
      updatedAt: at,
      savedBy: 'Leyla',
      file: CaseFile.parse(file),
    };
    this.records.set(file.id, [...revisions, record]);
    return record;
  }

  /** The next save waits until `release()`. */
  hold(): { release: () => void } {
    let release!: () => void;
    const promise = new Promise<void>((resolve) => (release = resolve));
    this.gates.push({ promise, release });
    return { release };
  }

  failNextSave(code: ErrorCode, message = `${code} from the fake`): void {
    this.failures.push({ code, message });
  }

  private async save(input: { baseRevision: number; file: CaseFile }): Promise<CaseRecord> {
    this.saves.push(input);
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      const gate = this.gates.shift();
      if (gate) await gate.promise;
      await new Promise((resolve) => setTimeout(resolve, 1));
      const failure = this.failures.shift();
      if (failure) throw Object.assign(new Error(failure.message), { code: failure.code });
      const current = this.latest(input.file.id);
      if (current.revision !== input.baseRevision) throw Object.assign(new Error('The case was changed by someone else.'), { code: 'CONFLICT' as ErrorCode });
      return this.put(input.file);
    } finally {
      this.inFlight -= 1;
    }
  }

  install(): this {
    const handlers: Record<string, Record<string, (input: never) => unknown>> = {
      vault: {},
      settings: {},
      cases: {
        get: ({ id }: { id: string }) => {
          if (!this.records.has(id)) throw Object.assign(new Error('No case with this id exists in the vault.'), { code: 'NOT_FOUND' as ErrorCode });
          return this.latest(id);
        },
        save: (input: { baseRevision: number; file: CaseFile }) => this.save(input),
        history: ({ id }: { id: string }) => this.records.get(id) ?? [],
        list: () => ({ total: 0, items: [] }),
      },
    };
    const api: Record<string, unknown> = {};
    for (const [namespace, methods] of Object.entries(invokeContract)) {
      const ns: Record<string, (raw?: unknown) => Promise<IpcResult<unknown>>> = {};
      for (const [method, spec] of Object.entries(methods) as Array<[string, { input: { safeParse(v: unknown): { success: boolean; data?: unknown; error?: { issues: Array<{ message: string; path: PropertyKey[] }> } } }; output: { parse(v: unknown): unknown } }]>) {
        ns[method] = async (raw?: unknown) => {
          const parsed = spec.input.safeParse(raw);
          if (!parsed.success) {
            return { ok: false, code: 'INVALID_INPUT', message: (parsed.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
          }
          const handler = handlers[namespace]?.[method];
          if (!handler) return { ok: false, code: 'INTERNAL', message: `${namespace}.${method} is not faked` };
          try {
            const value = await handler(parsed.data as never);
            return { ok: true, value: spec.output.parse(value) };
          } catch (error) {
            const code = (error as { code?: ErrorCode }).code;
            if (code) return { ok: false, code, message: (error as Error).message };
            throw error;
          }
        };
      }
      api[namespace] = ns;
    }
    api.on = () => () => undefined;
    Object.defineProperty(window, 'habeas', { value: Object.freeze(api as HabeasApi), configurable: true, writable: false });
    return this;
  }
}

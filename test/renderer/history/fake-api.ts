/**
 * A small fake of the bridge for section tests: only the calls the assessment and history sections
 * make (vault.status, cases.history), answering with the contract's envelopes. Calls can be held
 * open (to see loading states) or made to fail once.
 */
import type { CaseRecord } from '../../../shared/case-model';
import type { ErrorCode, IpcResult } from '../../../shared/ipc/errors';

export interface SectionFake {
  profileName: string | null;
  /** Revisions by case id, oldest first. */
  history: Map<string, CaseRecord[]>;
  calls: Array<{ channel: string; input: unknown }>;
  failNext(channel: 'vault.status' | 'cases.history', code: ErrorCode, message?: string): void;
  hold(channel: 'vault.status' | 'cases.history'): { release: () => void };
}

export function installSectionFake(options: { profileName?: string | null; history?: Record<string, CaseRecord[]> } = {}): SectionFake {
  const failures = new Map<string, Array<{ code: ErrorCode; message: string }>>();
  const gates = new Map<string, Array<Promise<void>>>();
  const fake: SectionFake = {
    profileName: options.profileName ?? null,
    history: new Map(Object.entries(options.history ?? {})),
    calls: [],
    failNext(channel, code, message = `${code} from the fake`) {
      failures.set(channel, [...(failures.get(channel) ?? []), { code, message }]);
    },
    hold(channel) {
      let release!: () => void;
      const promise = new Promise<void>((resolve) => (release = resolve));
      gates.set(channel, [...(gates.get(channel) ?? []), promise]);
      return { release };
    },
  };
  const answer = async <T>(channel: string, input: unknown, value: () => T): Promise<IpcResult<T>> => {
    fake.calls.push({ channel, input });
    const gate = gates.get(channel)?.shift();
    if (gate) await gate;
    await Promise.resolve();
    const failure = failures.get(channel)?.shift();
    if (failure) return { ok: false, ...failure };
    return { ok: true, value: value() };
  };
  const bridge = {
    vault: {
      status: () => answer('vault.status', undefined, () => ({ state: 'unlocked', expectedUnlockMs: null, autoLockMinutes: 5, damage: null, profileName: fake.profileName })),
    },
    cases: {
      history: (input: { id: string }) => {
        if (!fake.history.has(input.id)) fake.failNext('cases.history', 'NOT_FOUND', 'No case with this id exists in the vault.');
        return answer('cases.history', input, () => fake.history.get(input.id) ?? []);
      },
    },
    on: () => () => undefined,
  };
  Object.defineProperty(window, 'habeas', { value: bridge, configurable: true, writable: false });
  return fake;
}

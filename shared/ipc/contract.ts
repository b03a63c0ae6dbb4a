import { z } from 'zod';
import { CaseFile } from '../case-model/case-file';
import { CaseRecord } from '../case-model/record';
import { CaseTextsPage } from '../case-model/search-texts';
import { CaseSummary } from '../case-model/summary';
import { CaseDraft, CaseId } from '../domain/case';
import { ListViewName, ListViewState, SavedListView } from '../list-views';
import { shortName } from '../domain/short-name';
import { ExhibitProgress, exhibitsContract } from '../exhibits/requests';
import { ReportProgress, reportsContract } from '../reports/requests';
import type { IpcResult } from './errors';

const Passphrase = z.string().min(1, 'Enter the passphrase').max(1024);
/** New passphrases: long enough to resist guessing even with a strong KDF. */
export const NewPassphrase = z
  .string()
  .min(12, 'Use at least 12 characters')
  .max(1024, 'Use at most 1024 characters');
/** A person's display name for history and audit, e.g. "Leyla (Baku office)". */
export const ProfileName = shortName('Enter a name');
const RecoveryKey = z.string().min(1, 'Enter the recovery key').max(200);
/** A slice of the vault's cases in its stable order. */
const PageRequest = z.strictObject({ offset: z.number().int().min(0), limit: z.number().int().min(1).max(5000) });

export const VaultState = z.enum(['missing', 'locked', 'unlocked']);
export type VaultState = z.infer<typeof VaultState>;

/** Revisions that failed authentication when the vault was opened (the rest is usable). */
export const VaultDamage = z.object({
  records: z.array(z.object({ id: z.string(), type: z.string(), rev: z.number().int() })),
  /** Stretches of bytes too damaged to tell which record they belonged to. */
  unreadableRegions: z.number().int().nonnegative(),
  /** The log no longer reaches its recorded end, or that record was altered: revisions may be missing. */
  truncated: z.boolean(),
});
export type VaultDamage = z.infer<typeof VaultDamage>;

export const VaultStatus = z.object({
  state: VaultState,
  /** Only while unlocked, and only when something could not be read. */
  damage: VaultDamage.nullable(),
  /** Expected KDF duration in ms, so the unlock screen can show honest progress. */
  expectedUnlockMs: z.number().nonnegative().nullable(),
  autoLockMinutes: z.number().int().min(0).max(24 * 60),
  /** Who is recorded as saving changes (history and audit); null until set, only while unlocked. */
  profileName: z.string().nullable(),
});
export type VaultStatus = z.infer<typeof VaultStatus>;

/**
 * Renderer → main calls. Channel string is `${namespace}:${method}`; one object argument per call.
 * Adding a channel here makes the preload API and the main handler table fail to compile until
 * both sides implement it.
 */
export const invokeContract = {
  vault: {
    status: { input: z.void(), output: VaultStatus },
    create: {
      input: z.strictObject({ passphrase: NewPassphrase }),
      output: z.object({ recoveryKey: z.string() }),
    },
    unlock: { input: z.strictObject({ passphrase: Passphrase }), output: z.void() },
    unlockWithRecoveryKey: {
      input: z.strictObject({ recoveryKey: RecoveryKey, newPassphrase: NewPassphrase }),
      output: z.void(),
    },
    changePassphrase: {
      input: z.strictObject({ current: Passphrase, next: NewPassphrase }),
      output: z.void(),
    },
    lock: { input: z.void(), output: z.void() },
  },
  cases: {
    /**
     * One page of the case list (list rows, in the vault's own stable order: the renderer sorts),
     * so the first screen shows before the rest of a large vault has crossed the boundary.
     */
    list: {
      input: PageRequest,
      output: z.object({ total: z.number().int().min(0), items: z.array(CaseSummary) }),
    },
    /**
     * The searchable texts of one page of cases, in the same order as `list`. Asked for once every
     * row is listed and indexed in the background, so full-text search never delays the list.
     */
    texts: { input: PageRequest, output: CaseTextsPage },
    get: { input: z.strictObject({ id: CaseId }), output: CaseRecord },
    /** A new case from its first facts (name, status); everything else is filled in the editor. */
    create: { input: CaseDraft, output: CaseRecord },
    /** Saves the whole document as a new revision; answered only once it is durable. */
    save: {
      input: z.strictObject({
        /** The revision the edit was based on; a mismatch means someone else saved first. */
        baseRevision: z.number().int().positive(),
        file: CaseFile,
      }),
      output: CaseRecord,
    },
    /** Every revision, oldest first, for the history view. */
    history: { input: z.strictObject({ id: CaseId }), output: z.array(CaseRecord) },
  },
  /** Named views of the case list (search, filters, sort), kept encrypted in the vault. */
  listViews: {
    /** Every saved view, by name. */
    list: { input: z.void(), output: z.array(SavedListView) },
    /** Saves the view under `name`, replacing a view of the same name (letter case aside). */
    save: { input: z.strictObject({ name: ListViewName, state: ListViewState }), output: SavedListView },
    delete: { input: z.strictObject({ id: z.uuid() }), output: z.void() },
  },
  /** The evidence locker: encrypted files of a case, with their chain of custody. */
  exhibits: exhibitsContract,
  /** PDF dossiers and list reports, filtered by audience in main before layout. */
  reports: reportsContract,
  settings: {
    setAutoLockMinutes: {
      input: z.strictObject({ minutes: z.number().int().min(0).max(24 * 60) }),
      output: z.void(),
    },
    /** The name recorded as "saved by" on every revision made in this vault from this app. */
    setProfileName: { input: z.strictObject({ name: ProfileName }), output: z.void() },
  },
} as const satisfies Record<string, Record<string, { input: z.ZodType; output: z.ZodType }>>;

/** Main → renderer pushes. */
export const eventContract = {
  'vault:locked': z.object({ reason: z.enum(['user', 'idle', 'system']) }),
  'exhibits:progress': ExhibitProgress,
  'reports:progress': ReportProgress,
} as const satisfies Record<string, z.ZodType>;

type Contract = typeof invokeContract;
export type Namespace = keyof Contract;
export type Method<N extends Namespace> = Extract<keyof Contract[N], string>;
type Spec<N extends Namespace, M extends Method<N>> = Contract[N][M] extends {
  input: infer I extends z.ZodType;
  output: infer O extends z.ZodType;
}
  ? { input: I; output: O }
  : never;

export type Input<N extends Namespace, M extends Method<N>> = z.input<Spec<N, M>['input']>;
export type Output<N extends Namespace, M extends Method<N>> = z.output<Spec<N, M>['output']>;

export type EventName = keyof typeof eventContract;
export type EventPayload<E extends EventName> = z.output<(typeof eventContract)[E]>;

type CallArgs<T> = [T] extends [void] ? [] : [input: T];

/** Shape of window.habeas (renderer side). */
export type HabeasApi = {
  [N in Namespace]: {
    [M in Method<N>]: (...args: CallArgs<Input<N, M>>) => Promise<IpcResult<Output<N, M>>>;
  };
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

/** What main must implement: a missing channel is a compile error. */
export type Handlers = {
  [N in Namespace]: {
    [M in Method<N>]: (input: z.output<Spec<N, M>['input']>) => Promise<z.input<Spec<N, M>['output']>>;
  };
};

export function channelOf(namespace: string, method: string): string {
  return `${namespace}:${method}`;
}

/** Every channel with its schemas, for generic registration in main and in the test shim. */
export function listChannels(): Array<{ namespace: string; method: string; channel: string; input: z.ZodType; output: z.ZodType }> {
  return Object.entries(invokeContract).flatMap(([namespace, methods]) =>
    Object.entries(methods).map(([method, spec]) => ({
      namespace,
      method,
      channel: channelOf(namespace, method),
      input: spec.input as z.ZodType,
      output: spec.output as z.ZodType,
    })),
  );
}

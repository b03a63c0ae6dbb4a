import { CaseDraft, CaseStatus, type CaseRecord } from '../../../shared/domain/case';
import { HabeasError } from '../../../shared/ipc/errors';
import { EXIT } from '../exit-codes';
import { println, type Io } from '../io';
import { withVault } from '../vault-access';

export interface CaseAddOptions {
  name: string;
  nameNative?: string;
  status?: string;
}

/**
 * `--name -` (and `--name-native -`) read the names from standard input, one per line in that order,
 * so a prisoner's name need not appear in the shell history or the process list.
 */
async function namesFromStdin(io: Io, options: CaseAddOptions): Promise<CaseAddOptions> {
  const wanted = [options.name === '-', options.nameNative === '-'].filter(Boolean).length;
  if (wanted === 0) return options;
  if (io.stdin.isTTY) println(io.stderr, wanted === 2 ? 'Type the name in Latin script, Enter, then the native-script name, Enter, Ctrl+D:' : 'Type the name, Enter, then Ctrl+D:');
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
  const lines = Buffer.concat(chunks).toString('utf8').split(/\r?\n/);
  const next = () => lines.shift()?.trim() ?? '';
  const name = options.name === '-' ? next() : options.name;
  const nameNative = options.nameNative === '-' ? next() : options.nameNative;
  return { ...options, name, ...(nameNative !== undefined ? { nameNative } : {}) };
}

export async function caseAdd(io: Io, dir: string, given: CaseAddOptions): Promise<number> {
  const options = await namesFromStdin(io, given);
  const status = CaseStatus.safeParse(options.status ?? 'detained');
  if (!status.success) throw new HabeasError('INVALID_INPUT', `--status must be one of: ${CaseStatus.options.join(', ')}.`);
  const draft = CaseDraft.safeParse({ nameLatin: options.name, nameNative: options.nameNative, status: status.data });
  if (!draft.success) {
    const issue = draft.error.issues[0];
    const flag = issue?.path[0] === 'nameNative' ? '--name-native' : '--name';
    throw new HabeasError('INVALID_INPUT', `${flag}: ${issue?.message ?? 'invalid'}.`);
  }
  const record = await withVault(io, dir, 'write', (_vault, cases) => cases.create(draft.data));
  println(io.stdout, record.id);
  return EXIT.ok;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((r) => [...(r[col] ?? '')].length)));
  return rows.map((r) => r.map((cell, col) => cell + ' '.repeat(widths[col]! - [...cell].length)).join('  ').trimEnd()).join('\n');
}

export async function caseList(io: Io, dir: string, json: boolean): Promise<number> {
  const records = await withVault(io, dir, 'read', async (_vault, cases) => cases.list());
  if (json) {
    println(io.stdout, JSON.stringify(records, null, 2));
  } else if (records.length === 0) {
    println(io.stderr, 'The vault holds no cases yet. Add one with: habeas case add <vault> --name "…"');
  } else {
    const rows = [['ID', 'NAME', 'NATIVE NAME', 'STATUS', 'UPDATED'], ...records.map((c) => [c.id, c.nameLatin, c.nameNative ?? '', c.status, c.updatedAt])];
    println(io.stdout, table(rows));
  }
  return EXIT.ok;
}

export async function caseShow(io: Io, dir: string, id: string, json: boolean): Promise<number> {
  const record: CaseRecord = await withVault(io, dir, 'read', async (_vault, cases) => cases.get(id));
  if (json) {
    println(io.stdout, JSON.stringify(record, null, 2));
  } else {
    const rows = [
      ['ID', record.id],
      ['Name', record.nameLatin],
      ['Native name', record.nameNative ?? ''],
      ['Status', record.status],
      ['Revision', String(record.revision)],
      ['Created', record.createdAt],
      ['Updated', record.updatedAt],
    ];
    println(io.stdout, table(rows));
  }
  return EXIT.ok;
}

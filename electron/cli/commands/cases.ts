import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { upgradeCaseFile, UnsupportedSchemaError } from '../../../shared/case-model/migrations';
import type { CaseFile } from '../../../shared/case-model/case-file';
import type { CaseSummary } from '../../../shared/case-model/summary';
import { CaseDraft, CaseStatus } from '../../../shared/domain/case';
import { HabeasError } from '../../../shared/ipc/errors';
import type { CaseRepository } from '../../main/core/cases/case-repository';
import { searchCases } from '../../main/core/cases/case-search';
import { EXIT } from '../exit-codes';
import { println, type Io } from '../io';
import { savedBy, withVault } from '../vault-access';


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
  const lines = (await readStdin(io)).split(/\r?\n/);
  const next = () => lines.shift()?.trim() ?? '';
  const name = options.name === '-' ? next() : options.name;
  const nameNative = options.nameNative === '-' ? next() : options.nameNative;
  return { ...options, name, ...(nameNative !== undefined ? { nameNative } : {}) };
}

async function readStdin(io: Io): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
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
  const record = await withVault(io, dir, 'write', (vault, cases) => cases.create(draft.data, savedBy(vault)));
  println(io.stdout, record.id);
  return EXIT.ok;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((r) => [...(r[col] ?? '')].length)));
  return rows.map((r) => r.map((cell, col) => cell + ' '.repeat(widths[col]! - [...cell].length)).join('  ').trimEnd()).join('\n');
}

function printSummaries(io: Io, summaries: readonly CaseSummary[], json: boolean, empty: string): void {
  if (json) println(io.stdout, JSON.stringify(summaries, null, 2));
  if (summaries.length === 0) {
    println(io.stderr, empty);
  } else if (!json) {
    const rows = [['ID', 'NAME', 'OTHER NAMES', 'STATUS', 'ARRESTED', 'UPDATED'], ...summaries.map((c) => [c.id, c.name, c.otherNames.join('; '), c.status, c.arrestedOn ?? '', c.updatedAt])];
    println(io.stdout, table(rows));
  }
}

/** The list, with a warning on stderr for each case that could not be read. */
function listWarning(io: Io, cases: CaseRepository): CaseSummary[] {
  const rows = cases.list();
  for (const c of cases.unreadable) println(io.stderr, `habeas: warning: case ${c.id} (revision ${c.revision}) was left out: ${c.message}`);
  return rows;
}

export async function caseList(io: Io, dir: string, json: boolean): Promise<number> {
  const summaries = await withVault(io, dir, 'read', async (_vault, cases) => listWarning(io, cases));
  printSummaries(io, summaries, json, 'The vault holds no cases yet. Add one with: habeas case add <vault> --name "…"');
  return EXIT.ok;
}

/**
 * `--json` prints the case document exactly as `habeas case put` accepts it (docs/case-format.md);
 * revision and times are the vault's bookkeeping and appear in the human-readable form only.
 */
export async function caseShow(io: Io, dir: string, id: string, json: boolean): Promise<number> {
  const record = await withVault(io, dir, 'read', async (_vault, cases) => cases.get(id));
  if (json) {
    println(io.stdout, JSON.stringify(record.file, null, 2));
  } else {
    const names = record.file.person.names;
    const rows = [
      ['ID', record.id],
      ...names.map((n) => [`Name (${n.use})`, n.full]),
      ['Status', record.file.status],
      ['Detentions', String(record.file.detentions.length)],
      ['Proceedings', String(record.file.proceedings.length)],
      ['Assessments', String(record.file.assessments.length)],
      ['Revision', String(record.revision)],
      ['Created', record.createdAt],
      ['Updated', record.updatedAt],
      ['Saved by', record.savedBy ?? ''],
    ];
    println(io.stdout, table(rows));
    println(io.stderr, 'For every field: habeas case show <vault> <id> --json');
  }
  return EXIT.ok;
}

/** JSON documents larger than this are refused before parsing (a case is far smaller). */
const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

const Envelope = z.object({ schemaVersion: z.number().int().positive().optional(), id: z.uuid({ error: 'Must be the case id (a uuid)' }) });

/**
 * One line per problem, each naming the field's path. Zod reports unknown keys on the object that
 * holds them (`person: Unrecognized key "bogus"`); they are listed under their own path instead
 * (`person.bogus`), so every line says exactly which field to fix.
 */
function describeIssues(error: z.ZodError): string {
  const where = (path: readonly PropertyKey[]) => (path.length > 0 ? path.map(String).join('.') : '(document)');
  const problems = error.issues.flatMap((i) =>
    i.code === 'unrecognized_keys' ? i.keys.map((key) => `  ${where([...i.path, key])}: Unknown field; remove it or check its spelling`) : [`  ${where(i.path)}: ${i.message}`],
  );
  const more = problems.length > 20 ? [`  …and ${problems.length - 20} more`] : [];
  return [...problems.slice(0, 20), ...more].join('\n');
}

/**
 * Where a document stops being JSON, and why. Node's own messages sometimes give no position and
 * quote the document instead, which would print a prisoner's name to the terminal; this names the
 * line and column and quotes nothing. Null when no problem is found (JSON.parse disagrees).
 */
export function jsonSyntaxProblem(text: string): { line: number; column: number; offset: number; problem: string } | null {
  const found = firstJsonProblem(text);
  if (!found) return null;
  const before = text.slice(0, found.offset);
  const line = before.split('\n').length;
  const column = found.offset - (before.lastIndexOf('\n') + 1) + 1;
  return { line, column, offset: found.offset, problem: found.problem };
}

const JSON_NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function firstJsonProblem(text: string): { offset: number; problem: string } | null {
  const containers: Array<'{' | '['> = [];
  let expect: 'value' | 'value-or-]' | 'key' | 'key-or-}' | 'colon' | 'comma-or-close' | 'end' = 'value';
  let i = 0;
  const afterValue = () => (containers.length > 0 ? 'comma-or-close' : 'end');
  const string = (): { offset: number; problem: string } | null => {
    for (let j = i + 1; j < text.length; j++) {
      const c = text.charCodeAt(j);
      if (c === 0x22) {
        i = j + 1;
        return null;
      }
      if (c < 0x20) return { offset: j, problem: 'line break or control character inside a text (write it as \\n or \\uXXXX)' };
      if (c === 0x5c) {
        const next = text[j + 1] ?? '';
        if (next === 'u' ? !/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6)) : !'"\\/bfnrt'.includes(next) || next === '') return { offset: j, problem: 'invalid escape sequence in a text' };
        j += next === 'u' ? 5 : 1;
      }
    }
    return { offset: text.length, problem: 'a text is not closed (missing ")' };
  };
  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
    if (i >= text.length) return expect === 'end' ? null : { offset: text.length, problem: 'the document ends too early' };
    const c = text[i]!;
    if (expect === 'end') return { offset: i, problem: 'unexpected text after the end of the document' };
    if (expect === 'colon') {
      if (c !== ':') return { offset: i, problem: "expected ':' after a field name" };
      i++;
      expect = 'value';
    } else if (expect === 'comma-or-close') {
      const open = containers.at(-1);
      if (c === ',') {
        i++;
        expect = open === '{' ? 'key' : 'value';
      } else if ((c === '}' && open === '{') || (c === ']' && open === '[')) {
        i++;
        containers.pop();
        expect = afterValue();
      } else {
        return { offset: i, problem: open === '{' ? "expected ',' or '}'" : "expected ',' or ']'" };
      }
    } else if (expect === 'key' || expect === 'key-or-}') {
      if (c === '}' && expect === 'key-or-}') {
        i++;
        containers.pop();
        expect = afterValue();
      } else if (c === '"') {
        const problem = string();
        if (problem) return problem;
        expect = 'colon';
      } else {
        return { offset: i, problem: 'expected a field name in double quotes' };
      }
    } else if (c === ']' && expect === 'value-or-]') {
      i++;
      containers.pop();
      expect = afterValue();
    } else if (c === '{' || c === '[') {
      containers.push(c);
      i++;
      expect = c === '{' ? 'key-or-}' : 'value-or-]';
    } else if (c === '"') {
      const problem = string();
      if (problem) return problem;
      expect = afterValue();
    } else {
      const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
      JSON_NUMBER.lastIndex = i;
      const number = literal === undefined ? JSON_NUMBER.exec(text) : null;
      if (literal === undefined && number === null) return { offset: i, problem: 'expected a value (text in double quotes, a number, true, false, null, { or [)' };
      i += literal?.length ?? number![0].length;
      expect = afterValue();
    }
  }
}

/** Parses a case document of any supported version into the current one, naming every bad field. */
export function parseCaseDocument(text: string): CaseFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // Never Node's message: it may quote the document (names) instead of saying where the problem is.
    const at = jsonSyntaxProblem(text);
    throw new HabeasError('INVALID_INPUT', at ? `The file is not valid JSON: ${at.problem} at line ${at.line}, column ${at.column} (character ${at.offset + 1}).` : 'The file is not valid JSON.');
  }
  const envelope = Envelope.safeParse(raw);
  if (!envelope.success) throw new HabeasError('INVALID_INPUT', `The case document was refused:\n${describeIssues(envelope.error)}`);
  // The spine's `case show --json` printed { id, nameLatin, … } without a schemaVersion: format 1.
  const isSpineFormat = typeof raw === 'object' && raw !== null && 'nameLatin' in raw;
  if (envelope.data.schemaVersion === undefined && !isSpineFormat) {
    throw new HabeasError('INVALID_INPUT', 'The case document was refused:\n  schemaVersion: Missing; this version of Habeas writes 2 (see docs/case-format.md)');
  }
  const version = envelope.data.schemaVersion ?? 1;
  try {
    return upgradeCaseFile(version, envelope.data.id, raw);
  } catch (error) {
    if (error instanceof z.ZodError) throw new HabeasError('INVALID_INPUT', `The case document was refused:\n${describeIssues(error)}`);
    if (error instanceof UnsupportedSchemaError) throw new HabeasError('UNSUPPORTED_FORMAT', error.message);
    throw error;
  }
}

async function readDocument(io: Io, file: string): Promise<string> {
  if (file === '-') return withoutBom(await readStdin(io));
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new HabeasError(error.code === 'ENOENT' ? 'NOT_FOUND' : 'INVALID_INPUT', `Cannot read ${JSON.stringify(file)}: ${error.code ?? error.message}.`);
  });
  if (bytes.length > MAX_DOCUMENT_BYTES) throw new HabeasError('INVALID_INPUT', `The file is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MiB; a case document is far smaller.`);
  return withoutBom(bytes.toString('utf8'));
}

/** Editors on Windows often start UTF-8 files with a byte-order mark, which JSON.parse refuses. */
const withoutBom = (text: string) => (text.startsWith('\uFEFF') ? text.slice(1) : text);

/**
 * Creates the case if its id is new, otherwise saves the document as the case's next revision.
 * `expectRevision` guards against overwriting someone else's newer save.
 */
export async function casePut(io: Io, dir: string, file: string, expectRevision?: number): Promise<number> {
  const document = parseCaseDocument(await readDocument(io, file));
  const { record, created } = await withVault(io, dir, 'write', async (vault, cases) => {
    if (!cases.exists(document.id)) {
      // Like the vault's own rule: a base revision for a record that does not exist is a conflict (wrong vault or wrong id?).
      if (expectRevision !== undefined) throw new HabeasError('CONFLICT', `There is no case ${document.id} in this vault, so it is not at revision ${expectRevision}. Leave out --expect-revision to create it.`);
      return { record: await cases.insert(document, savedBy(vault)), created: true };
    }
    const current = cases.get(document.id);
    if (expectRevision !== undefined && expectRevision !== current.revision) {
      throw new HabeasError('CONFLICT', `The case is at revision ${current.revision}, not ${expectRevision}: someone saved it since. Show it again and reapply your change.`);
    }
    return { record: await cases.save(document, current.revision, savedBy(vault)), created: false };
  });
  println(io.stdout, created ? `created ${record.id}` : `updated ${record.id} (revision ${record.revision})`);
  return EXIT.ok;
}

/** The same search as the case list in the app (folds scripts and diacritics). */
export async function caseSearch(io: Io, dir: string, query: string, json: boolean): Promise<number> {
  const hits = await withVault(io, dir, 'read', async (_vault, cases) => {
    listWarning(io, cases);
    return searchCases(cases.searchable(), query);
  });
  printSummaries(io, hits, json, `No case matches ${JSON.stringify(query)}.`);
  return EXIT.ok;
}

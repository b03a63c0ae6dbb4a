import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../../electron/cli/exit-codes';
import { CaseFile } from '../../../shared/case-model';
import { runCli } from './cli-harness';

const PASS = 'correct horse battery staple';
const NAME = 'Intiqam Əliyev';
const NATIVE = 'Интигам Алиев';
const env = { HABEAS_PASSPHRASE: PASS };

let root: string;
let vault: string;
let caseId: string;
let recoveryKey: string;

async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, file)] = createHash('sha256').update(await readFile(file)).digest('hex');
  }
  return files;
}

async function filesContaining(dir: string, needle: string): Promise<string[]> {
  const hits: string[] = [];
  const forms = [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le')];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const bytes = await readFile(path.join(entry.parentPath, entry.name));
    if (forms.some((f) => bytes.includes(f))) hits.push(entry.name);
  }
  return hits;
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'habeas-cli-'));
  vault = path.join(root, 'v1');
  const init = await runCli(['init', vault], env);
  expect(init.code, init.stderr).toBe(EXIT.ok);
  recoveryKey = init.stdout.trim();
  expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
  const add = await runCli(['case', 'add', vault, '--name', NAME, '--name-native', NATIVE], env);
  expect(add.code, add.stderr).toBe(EXIT.ok);
  caseId = add.stdout.trim();
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('habeas CLI', () => {
  it('lists the added case as JSON and leaves no name on disk in UTF-8 or UTF-16', async () => {
    const list = await runCli(['case', 'list', vault, '--json'], env);
    expect(list.code).toBe(EXIT.ok);
    const cases = JSON.parse(list.stdout) as Array<Record<string, unknown>>;
    expect(cases).toEqual([expect.objectContaining({ id: caseId, name: NAME, otherNames: [NATIVE], status: 'detained', revision: 1 })]);
    // List rows leave out the bulk search text.
    expect(cases[0]).not.toHaveProperty('text');
    for (const part of [NAME, NATIVE, 'Intiqam', 'Əliyev', 'Интигам', 'Алиев']) {
      expect(await filesContaining(vault, part), part).toEqual([]);
    }
  });

  it('reads names from standard input when given "-", keeping them out of argv and shell history', async () => {
    const own = path.join(root, 'stdin-names');
    expect((await runCli(['init', own], env)).code).toBe(EXIT.ok);
    const add = await runCli(['case', 'add', own, '--name', '-', '--name-native', '-', '--status', 'released'], env, 'Gülnarə Mehdiyeva\nГюльнара Мехтиева\n');
    expect(add.code, add.stderr).toBe(EXIT.ok);
    const id = add.stdout.trim();
    const shown = JSON.parse((await runCli(['case', 'show', own, id, '--json'], env)).stdout) as CaseFile;
    expect(shown.status).toBe('released');
    expect(shown.person.names.map((n) => [n.full, n.use, n.script])).toEqual([
      ['Gülnarə Mehdiyeva', 'primary', 'latin'],
      ['Гюльнара Мехтиева', 'native', 'cyrillic'],
    ]);
    const empty = await runCli(['case', 'add', own, '--name', '-'], env, '');
    expect(empty.code).toBe(EXIT.usage);
    expect(empty.stderr).toMatch(/--name: Enter a name/);
  });

  it('shows one case, and says so when the id is unknown', async () => {
    const show = await runCli(['case', 'show', vault, caseId, '--json'], env);
    expect(show.code, show.stderr).toBe(EXIT.ok);
    // --json is the case document only (what `case put` accepts); revision and times are bookkeeping.
    const file = JSON.parse(show.stdout) as CaseFile;
    expect(CaseFile.parse(file)).toEqual(file);
    expect(file).toMatchObject({ schemaVersion: 2, id: caseId, status: 'detained', person: { names: [{ full: NAME }, { full: NATIVE }] } });
    expect(file).not.toHaveProperty('revision');
    const human = await runCli(['case', 'show', vault, caseId], env);
    expect(human.stdout).toMatch(new RegExp(`Name \\(primary\\)\\s+${NAME}`));
    expect(human.stdout).toMatch(/Revision\s+1\n/);
    expect(human.stdout).toMatch(/Saved by\s+command line/);
    expect(human.stderr).toContain('--json');
    const missing = await runCli(['case', 'show', vault, '00000000-0000-4000-8000-00000000abcd'], env);
    expect(missing.code).toBe(EXIT.notFound);
    expect(missing.stderr).toMatch(/No case/);
  });

  it('refuses a wrong passphrase with exit 3 and leaves the vault byte-for-byte unchanged', async () => {
    const before = await snapshot(vault);
    const wrong = await runCli(['case', 'add', vault, '--name', 'Someone Else'], { HABEAS_PASSPHRASE: 'not the passphrase' });
    expect(wrong.code).toBe(EXIT.wrongPassphrase);
    expect(wrong.stderr).toMatch(/passphrase does not open this vault/);
    expect(await snapshot(vault)).toEqual(before);
  });

  it('never accepts secrets as arguments, and reports usage errors with exit 2', async () => {
    for (const argv of [['case', 'list', vault, '--passphrase', PASS], ['init', path.join(root, 'x'), `--password=${PASS}`], ['recover', vault, '--recovery-key', recoveryKey]]) {
      const run = await runCli(argv, env);
      expect(run.code, argv.join(' ')).toBe(EXIT.usage);
      expect(run.stderr).toMatch(/never accepted as arguments/);
    }
    expect((await runCli(['case', 'add', vault], env)).code).toBe(EXIT.usage);
    expect((await runCli(['case', 'add', vault, '--name', 'A', '--status', 'jailed'], env)).stderr).toMatch(/--status must be one of/);
    expect((await runCli(['frobnicate'], env)).code).toBe(EXIT.usage);
    expect((await runCli(['case', 'list', vault, '--bogus'], env)).code).toBe(EXIT.usage);
  });

  it('asks for a terminal when no passphrase is in the environment', async () => {
    const run = await runCli(['case', 'list', vault], {});
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr).toMatch(/Passphrase is needed/);
  });

  it('refuses to create a vault over an existing one, and a missing vault is exit 6', async () => {
    expect((await runCli(['init', vault], env)).code).toBe(EXIT.exists);
    expect((await runCli(['case', 'list', path.join(root, 'nowhere')], env)).code).toBe(EXIT.notFound);
  });

  it('changes the passphrase (header only) and recovers with the recovery key', async () => {
    const records = await snapshot(path.join(vault, 'records'));
    const next = 'a brand new passphrase 1';
    const changed = await runCli(['passwd', vault], { HABEAS_PASSPHRASE: PASS, HABEAS_NEW_PASSPHRASE: next });
    expect(changed.code, changed.stderr).toBe(EXIT.ok);
    expect(await snapshot(path.join(vault, 'records'))).toEqual(records);
    expect((await runCli(['case', 'list', vault], env)).code).toBe(EXIT.wrongPassphrase);
    expect((await runCli(['case', 'list', vault], { HABEAS_PASSPHRASE: next })).code).toBe(EXIT.ok);

    const weak = await runCli(['recover', vault], { HABEAS_RECOVERY_KEY: recoveryKey, HABEAS_NEW_PASSPHRASE: 'short' });
    expect(weak.code).toBe(EXIT.usage);
    const wrongKey = await runCli(['recover', vault], { HABEAS_RECOVERY_KEY: 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA', HABEAS_NEW_PASSPHRASE: PASS });
    expect(wrongKey.code).toBe(EXIT.wrongPassphrase);
    const recovered = await runCli(['recover', vault], { HABEAS_RECOVERY_KEY: recoveryKey.toLowerCase().replace(/-/g, ' '), HABEAS_NEW_PASSPHRASE: PASS });
    expect(recovered.code, recovered.stderr).toBe(EXIT.ok);
    expect((await runCli(['case', 'list', vault], { HABEAS_PASSPHRASE: next })).code).toBe(EXIT.wrongPassphrase);
    expect(JSON.parse((await runCli(['case', 'list', vault, '--json'], env)).stdout)).toHaveLength(1);
  });

  it('verify names a record whose bytes were flipped, and list still shows the others', async () => {
    const other = (await runCli(['case', 'add', vault, '--name', 'Rəşad Quliyev', '--status', 'convicted'], env)).stdout.trim();
    expect((await runCli(['verify', vault], env)).code).toBe(EXIT.ok);
    // Flip one byte inside the ciphertext of the first case's only revision (the first frame of the log).
    const segment = path.join(vault, 'records', '000001.log');
    const bytes = await readFile(segment);
    const metaLength = bytes.readUInt32BE(4);
    bytes[16 + metaLength + 20]! ^= 0x01;
    await writeFile(segment, bytes);

    const verify = await runCli(['verify', vault], env);
    expect(verify.code).toBe(EXIT.damaged);
    expect(verify.stdout).toContain(`DAMAGED audit event #1: record ${caseId} (case, revision 1)`);
    expect(verify.stdout).not.toContain(`record ${other}`);
    const list = await runCli(['case', 'list', vault, '--json'], env);
    expect(list.code).toBe(EXIT.ok);
    expect((JSON.parse(list.stdout) as Array<{ id: string }>).map((c) => c.id)).toEqual([other]);
    expect(list.stderr).toContain(`record ${caseId} (revision 1) is damaged`);
  });

  it('runs as `habeas` through the package bin (npx)', () => {
    const bin = path.resolve('electron/cli/bin.cjs');
    const help = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('habeas init <vault-dir>');
    const bad = spawnSync(process.execPath, [bin, 'case', 'list'], { encoding: 'utf8', env: { ...process.env, HABEAS_PASSPHRASE: PASS } });
    expect(bad.status).toBe(EXIT.usage);
  });
});

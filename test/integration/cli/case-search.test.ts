/**
 * `habeas case search` through the real CLI: the same index and folding as the app's case list,
 * so the Azerbaijani, Russian and English spellings of a name find the same person among decoys.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../../electron/cli/exit-codes';
import { CaseRepository } from '../../../electron/main/core/cases/case-repository';
import { openVault } from '../../../electron/main/core/vault/vault';
import { newCaseFile, type CaseSummary } from '../../../shared/case-model';
import { loadFullCase } from '../../fixtures/cases/full-case';
import { runCli } from './cli-harness';

const PASS = 'correct horse battery staple';
const env = { HABEAS_PASSPHRASE: PASS };

/** Each shares a given or a family name (in some script) with the person, never both. */
const DECOYS: Array<[string, string?]> = [
  ['Anar Əliyev', 'Анар Алиев'],
  ['İntiqam Quliyev', 'Интигам Гулиев'],
  ['Intizar Aliyeva', 'Интизар Алиева'],
  ['Əli Intiqamlı'],
  ['Rəşad Həsənov', 'Рашад Гасанов'],
];

let root: string;
let vault: string;
let target: string;

const search = (query: string, ...flags: string[]) => runCli(['case', 'search', vault, query, ...flags], env);

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'habeas-case-search-'));
  vault = path.join(root, 'vault');
  expect((await runCli(['init', vault], env)).code).toBe(EXIT.ok);
  // Decoys and a fully filled case straight through the core (one unlock instead of one per case)…
  const open = await openVault(vault, PASS);
  await new CaseRepository(open).createMany(
    [...DECOYS.map(([nameLatin, nameNative]) => newCaseFile({ nameLatin, ...(nameNative ? { nameNative } : {}), status: 'detained' })), loadFullCase()],
    'test',
  );
  await open.close();
  // …and the person as a user adds them: the Azerbaijani Latin name and the Cyrillic native one.
  const add = await runCli(['case', 'add', vault, '--name', 'İntiqam Əliyev', '--name-native', 'Интигам Алиев'], env);
  expect(add.code, add.stderr).toBe(EXIT.ok);
  target = add.stdout.trim();
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('habeas case search', () => {
  it.each(['intigam aliyev', 'İntiqam Əliyev', 'Интигам Алиев'])('finds exactly the one person for %s (--json)', async (query) => {
    const run = await search(query, '--json');
    expect(run.code, run.stderr).toBe(EXIT.ok);
    const rows = JSON.parse(run.stdout) as Array<Omit<CaseSummary, 'text'>>;
    expect(rows.map((r) => r.id)).toEqual([target]);
    expect(rows[0]).toMatchObject({ name: 'İntiqam Əliyev', otherNames: ['Интигам Алиев'], status: 'detained' });
    expect(rows[0]).not.toHaveProperty('text');
  });

  it('prints a table of matches, and for no match prints nothing on stdout and says so on stderr with exit 0', async () => {
    const table = await search('Əliyev');
    expect(table.code).toBe(EXIT.ok);
    expect(table.stdout).toMatch(/^ID\s+NAME\s+OTHER NAMES\s+STATUS/);
    expect(table.stdout).toContain(target);
    expect(table.stdout).toContain('Anar Əliyev');
    expect(table.stdout).not.toContain('Rəşad');

    const none = await search('Intigam Mammadov');
    expect(none).toEqual({ code: EXIT.ok, stdout: '', stderr: 'No case matches "Intigam Mammadov".\n' });
    const noneJson = await search('Интигам Мамедов', '--json');
    expect(noneJson.code).toBe(EXIT.ok);
    expect(JSON.parse(noneJson.stdout)).toEqual([]);
  });

  it('searches every field of the document, not only names', async () => {
    const full = loadFullCase();
    const run = await search(full.proceedings[0]!.caseNumber!, '--json');
    expect((JSON.parse(run.stdout) as Array<{ id: string }>).map((r) => r.id)).toEqual([full.id]);
    expect((await runCli(['case', 'search', vault], env)).code).toBe(EXIT.usage);
  });
});

/**
 * `habeas case put` and `habeas case show --json` through the real CLI: a fully filled case
 * survives show → put → show into a new vault byte for byte; a refused document names the field
 * and leaves the vault byte-for-byte unchanged; spine-format (schema 1) cases and documents are
 * read and accepted.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../../electron/cli/exit-codes';
import { CASE_TYPE, CaseRepository } from '../../../electron/main/core/cases/case-repository';
import { writeSettings } from '../../../electron/main/core/session/settings';
import { openVault, type Vault } from '../../../electron/main/core/vault/vault';
import { CaseFile, derivedId } from '../../../shared/case-model';
import { loadFullCase, readFullCaseText } from '../../fixtures/cases/full-case';
import { hashTree } from '../../helpers/vault-files';
import { runCli, type CliRun } from './cli-harness';

const PASS = 'correct horse battery staple';
const env = { HABEAS_PASSPHRASE: PASS };

let root: string;
let vaultA: string;
let vaultB: string;
let fileCount = 0;

/** Writes `content` to a new file under the test's temp dir and returns its path. */
async function documentFile(content: string | object): Promise<string> {
  const file = path.join(root, `doc-${++fileCount}.json`);
  await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

const put = async (vault: string, content: string | object, ...flags: string[]): Promise<CliRun> => runCli(['case', 'put', vault, await documentFile(content), ...flags], env);
const show = (vault: string, id: string): Promise<CliRun> => runCli(['case', 'show', vault, id, '--json'], env);

/** Opens a vault the way the CLI does (standard KDF), runs `work`, closes it. */
async function withOpenVault<T>(dir: string, work: (vault: Vault, cases: CaseRepository) => Promise<T> | T): Promise<T> {
  const vault = await openVault(dir, PASS);
  try {
    return await work(vault, new CaseRepository(vault));
  } finally {
    await vault.close();
  }
}

/** A plain-data copy of the fixture to edit. */
const fullCase = (): CaseFile & Record<string, unknown> => JSON.parse(JSON.stringify(loadFullCase())) as CaseFile & Record<string, unknown>;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'habeas-case-put-'));
  vaultA = path.join(root, 'a');
  vaultB = path.join(root, 'b');
  for (const dir of [vaultA, vaultB]) {
    const init = await runCli(['init', dir], env);
    expect(init.code, init.stderr).toBe(EXIT.ok);
  }
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('habeas case put / case show --json', () => {
  it('round trip: show --json of a fully filled case, put into a new vault, shows byte-identical JSON', async () => {
    const original = loadFullCase();
    const created = await put(vaultA, readFullCaseText());
    expect(created.code, created.stderr).toBe(EXIT.ok);
    expect(created.stdout).toBe(`created ${original.id}\n`);

    const shownA = await show(vaultA, original.id);
    expect(shownA.code, shownA.stderr).toBe(EXIT.ok);
    // The fixture is written exactly as show prints it.
    expect(shownA.stdout).toBe(`${JSON.stringify(original, null, 2)}\n`);
    expect(shownA.stdout.trimEnd()).toBe(readFullCaseText().trimEnd());

    // Into a new vault, this time from standard input.
    const intoB = await runCli(['case', 'put', vaultB, '-'], env, shownA.stdout);
    expect(intoB.code, intoB.stderr).toBe(EXIT.ok);
    expect(intoB.stdout).toBe(`created ${original.id}\n`);
    const shownB = await show(vaultB, original.id);
    expect(shownB.code, shownB.stderr).toBe(EXIT.ok);
    expect(shownB.stdout).toBe(shownA.stdout);
  });

  it('updates a case from an edited document: revision 2, history keeps both, saved by the vault profile name', async () => {
    const id = loadFullCase().id;
    await withOpenVault(vaultA, (vault) => writeSettings(vault, { autoLockMinutes: 5, profileName: 'Leyla (Gəncə)' }));
    const edited = fullCase();
    edited.status = 'detained';
    edited.notes = [...edited.notes, { id: '0b1c2d3e-4f5a-4b6c-8d7e-8f9a0b1c2d3e', title: 'Ask the family about the new transfer', dueOn: '2025-04' } as CaseFile['notes'][number]];
    // Editors on Windows write a byte-order mark; it is not part of the document.
    const updated = await put(vaultA, `\uFEFF${JSON.stringify(edited)}`, '--expect-revision', '1');
    expect(updated.code, updated.stderr).toBe(EXIT.ok);
    expect(updated.stdout).toBe(`updated ${id} (revision 2)\n`);

    const history = await withOpenVault(vaultA, (_vault, cases) => cases.history(id));
    expect(history.map((r) => [r.revision, r.file.status, r.file.notes.length, r.savedBy])).toEqual([
      [1, loadFullCase().status, loadFullCase().notes.length, 'command line'],
      [2, 'detained', loadFullCase().notes.length + 1, 'Leyla (Gəncə)'],
    ]);
    expect(history[1]!.createdAt).toBe(history[0]!.createdAt);
    const shown = await show(vaultA, id);
    expect(JSON.parse(shown.stdout)).toEqual(CaseFile.parse(edited));
  });

  it('refuses a stale or impossible --expect-revision with CONFLICT and changes nothing', async () => {
    const id = loadFullCase().id;
    const before = await hashTree(vaultA);
    const stale = await put(vaultA, { ...fullCase(), status: 'other' }, '--expect-revision', '1');
    expect(stale.code).toBe(EXIT.failure);
    expect(stale.stderr).toMatch(/revision 2, not 1/);
    const unknown = await put(vaultA, { ...fullCase(), id: '0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f' }, '--expect-revision', '1');
    expect(unknown.code).toBe(EXIT.failure);
    expect(unknown.stderr).toMatch(/no case .* in this vault/i);
    // A record that is not a case cannot be overwritten with one.
    const settings = await put(vaultA, { ...fullCase(), id: '00000000-0000-4000-8000-000000000001' });
    expect(settings.code).toBe(EXIT.notFound);
    for (const bad of ['0', '-1', 'two', '1.5']) {
      const usage = await runCli(['case', 'put', vaultA, 'whatever.json', '--expect-revision', bad], env);
      expect(usage.code, bad).toBe(EXIT.usage);
      expect(usage.stderr).toMatch(/--expect-revision/);
    }
    expect(await hashTree(vaultA)).toEqual(before);
    expect((await show(vaultA, id)).stdout).toContain('"status": "detained"');
  });

  it('refuses invalid documents naming the field path, and leaves the vault byte-for-byte unchanged', async () => {
    const before = await hashTree(vaultA);
    const withPerson = (extra: Record<string, unknown>) => {
      const file = fullCase();
      return { ...file, person: { ...file.person, ...extra } };
    };
    const danglingLink = fullCase();
    danglingLink.incidents[0]!.sourceIds = ['0d1e2f3a-4b5c-4d6e-8f7a-0b1c2d3e4f5a'];
    const badDate = fullCase();
    (badDate.detentions[0] as { arrestedOn: string }).arrestedOn = '2019-13-45';
    const { id: _id, ...noId } = fullCase();

    const refusals: Array<[string, string | object, RegExp]> = [
      ['an unknown key', withPerson({ bogus: 'x' }), /^ {2}person\.bogus: Unknown field/m],
      ['an unknown top-level key', { ...fullCase(), revision: 3 }, /^ {2}revision: Unknown field/m],
      ['a bad date', badDate, /^ {2}detentions\.0\.arrestedOn: Month 13 does not exist/m],
      ['a code outside its vocabulary', withPerson({ categories: ['journalist'] }), /^ {2}person\.categories\.0: Invalid option/m],
      ['a link to no source', danglingLink, /^ {2}incidents\.0\.sourceIds\.0: No source with this id in the case/m],
      ['a missing id', noId, /^ {2}id: Must be the case id/m],
      ['a malformed id', { ...fullCase(), id: 'case-17' }, /^ {2}id: Must be the case id/m],
      ['a missing required field', withPerson({ names: [] }), /^ {2}person\.names: Give the person at least one name/m],
      ['not an object', '[1, 2, 3]', /^ {2}\(document\):/m],
    ];
    for (const [what, content, message] of refusals) {
      const run = await put(vaultA, content);
      expect(run.code, `${what}: ${run.stderr}`).toBe(EXIT.usage);
      expect(run.stderr, what).toMatch(/^habeas: The case document was refused:/);
      expect(run.stderr, what).toMatch(message);
      expect(run.stdout, what).toBe('');
    }

    // Broken JSON: where it breaks, and none of the document's text on the terminal.
    const text = readFullCaseText();
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.includes('"summary"'));
    lines[at] = lines[at]!.replace(/,$/, '');
    const broken = await put(vaultA, lines.join('\n'));
    expect(broken.code).toBe(EXIT.usage);
    expect(broken.stderr).toMatch(new RegExp(`not valid JSON: expected ',' or '}' at line ${at + 2}, column 3 \\(character \\d+\\)`));
    expect(broken.stderr).not.toContain('Ömərov');
    for (const [what, content, message] of [
      ['an empty file', '', /ends too early at line 1, column 1/],
      ['a truncated file', text.split('\n').slice(0, 12).join('\n'), /ends too early at line 12,/],
      ['a text cut off', text.slice(0, text.indexOf('FICTIONAL') + 20), /a text is not closed \(missing "\) at line \d+/],
      ['plain text', 'İlkin Ömərov, editor of Gəncə Nəbzi', /expected a value .* at line 1, column 1 /],
      ['a second document', `${text}{}`, /unexpected text after the end of the document/],
    ] as const) {
      const run = await put(vaultA, content);
      expect(run.code, what).toBe(EXIT.usage);
      expect(run.stderr, what).toMatch(message);
      expect(run.stderr, what).not.toMatch(/Ömərov|Gəncə/);
    }

    // Written by a newer Habeas: not damaged, not invalid, but a format this version does not know.
    const future = await put(vaultA, { ...fullCase(), schemaVersion: 3, somethingNew: true });
    expect(future.code).toBe(EXIT.damaged);
    expect(future.stderr).toMatch(/format 3, which this version of Habeas does not know/);

    const missing = await runCli(['case', 'put', vaultA, path.join(root, 'no-such-file.json')], env);
    expect(missing.code).toBe(EXIT.notFound);
    expect(missing.stderr).toMatch(/Cannot read/);
    expect(await hashTree(vaultA)).toEqual(before);
  });
});

describe('cases in the spine format (schema 1)', () => {
  const SPINE_ID = '5b0c7d1e-2f3a-4b5c-8d6e-7f8091a2b3c4';
  const CREATED = '2025-11-02T09:15:00.000Z';

  it('show --json gives a valid schema-2 document with derived ids; put saves it as schema 2 and history keeps the old revisions', async () => {
    await withOpenVault(vaultB, async (vault) => {
      await vault.put(CASE_TYPE, SPINE_ID, 1, { nameLatin: 'Intiqam Əliyev', nameNative: 'Интигам Алиев', status: 'detained', createdAt: CREATED }, 0);
      await vault.put(CASE_TYPE, SPINE_ID, 1, { nameLatin: 'Intiqam Əliyev', nameNative: 'Интигам Алиев', status: 'convicted', createdAt: CREATED }, 1);
    });
    const first = await show(vaultB, SPINE_ID);
    expect(first.code, first.stderr).toBe(EXIT.ok);
    const file = CaseFile.parse(JSON.parse(first.stdout));
    expect(file).toMatchObject({
      schemaVersion: 2,
      id: SPINE_ID,
      status: 'convicted',
      person: { id: derivedId(SPINE_ID, 0), names: [{ id: derivedId(SPINE_ID, 1), full: 'Intiqam Əliyev' }, { id: derivedId(SPINE_ID, 2), full: 'Интигам Алиев', script: 'cyrillic' }] },
    });
    const list = await runCli(['case', 'list', vaultB, '--json'], env);
    expect(JSON.parse(list.stdout)).toContainEqual(expect.objectContaining({ id: SPINE_ID, name: 'Intiqam Əliyev', status: 'convicted', revision: 2 }));

    const saved = await put(vaultB, first.stdout, '--expect-revision', '2');
    expect(saved.code, saved.stderr).toBe(EXIT.ok);
    expect(saved.stdout).toBe(`updated ${SPINE_ID} (revision 3)\n`);
    const after = await withOpenVault(vaultB, (vault, cases) => ({ schemas: vault.history(SPINE_ID).map((r) => r.schema), history: cases.history(SPINE_ID) }));
    expect(after.schemas).toEqual([1, 1, 2]);
    expect(after.history.map((r) => [r.revision, r.file.status])).toEqual([
      [1, 'detained'],
      [2, 'convicted'],
      [3, 'convicted'],
    ]);
    // The upgrade invented nothing new on the way: the saved document is the one shown.
    expect(after.history[2]!.file).toEqual(after.history[1]!.file);
    expect((await show(vaultB, SPINE_ID)).stdout).toBe(first.stdout);
  });

  it("accepts the spine's own `case show --json` output (no schemaVersion) as a new case", async () => {
    const id = '6c1d8e2f-3a4b-4c5d-9e6f-8091a2b3c4d5';
    const spineShow = { id, revision: 4, createdAt: CREATED, updatedAt: CREATED, nameLatin: 'Gülnarə Mehdiyeva', nameNative: 'Гюльнара Мехтиева', status: 'released' };
    const created = await put(vaultB, spineShow);
    expect(created.code, created.stderr).toBe(EXIT.ok);
    expect(created.stdout).toBe(`created ${id}\n`);
    const shown = CaseFile.parse(JSON.parse((await show(vaultB, id)).stdout));
    expect(shown).toMatchObject({ schemaVersion: 2, id, status: 'released' });
    expect(shown.person.names.map((n) => [n.id, n.full, n.use])).toEqual([
      [derivedId(id, 1), 'Gülnarə Mehdiyeva', 'primary'],
      [derivedId(id, 2), 'Гюльнара Мехтиева', 'native'],
    ]);
    // A spine document is still checked: its fields are named when they are wrong.
    const bad = await put(vaultB, { ...spineShow, id: '7d2e9f3a-4b5c-4d6e-8f70-91a2b3c4d5e6', status: 'jailed' });
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.stderr).toMatch(/^ {2}status: Invalid option/m);
  });
});

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../../electron/cli/exit-codes';
import { pdfText } from '../../helpers/pdf-inspect';
import { runCli } from './cli-harness';

const env = { HABEAS_PASSPHRASE: 'correct horse battery staple' };
let root: string;
let vault: string;
let rows: Array<{ id: string; name: string; otherNames: string[]; status: string }>;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'habeas-cli-reports-'));
  vault = path.join(root, 'vault');
  const made = await runCli(['demo', vault], env);
  expect(made.code, made.stderr).toBe(EXIT.ok);
  rows = JSON.parse((await runCli(['case', 'list', vault, '--json'], env)).stdout) as typeof rows;
}, 120_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('habeas dossier', () => {
  it('writes an internal dossier with the exact name, and the same bytes again for a fixed date', async () => {
    const row = rows.find((r) => r.otherNames.some((n) => /[əğış]/i.test(n)) && r.otherNames.some((n) => /[а-я]/i.test(n)))!;
    const native = row.otherNames.find((n) => /[əğış]/i.test(n))!;
    const cyrillic = row.otherNames.find((n) => /[а-я]/i.test(n))!;
    const out = path.join(root, 'dossier.pdf');
    const run = await runCli(['dossier', vault, row.id, '--audience', 'internal', '--lang', 'az', '--date', '2026-11-27T12:00:00Z', '--out', out], env);
    expect(run.code, run.stderr).toBe(EXIT.ok);
    expect(run.stdout).toMatch(/^wrote .*dossier\.pdf: dossier for the internal audience, \d+ pages, \d+ bytes\n$/);
    expect(run.stderr).toContain('not encrypted');
    const first = await readFile(out);
    expect(first.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(first);
    for (const name of [row.name, native, cyrillic]) expect(text).toContain(name);
    expect(text).toContain('Mündəricat');

    const again = await runCli(['dossier', vault, row.id, '--audience', 'internal', '--lang', 'az', '--date', '2026-11-27T12:00:00Z', '--out', out], env);
    expect(again.code).toBe(EXIT.failure);
    expect(again.stderr).toContain('“dossier.pdf” already exists');
    expect(again.stderr).not.toContain(root);
    expect((await readFile(out)).equals(first)).toBe(true);

    const forced = await runCli(['dossier', vault, row.id, '--audience', 'internal', '--lang', 'az', '--date', '2026-11-27T12:00:00Z', '--out', out, '--force'], env);
    expect(forced.code, forced.stderr).toBe(EXIT.ok);
    expect((await readFile(out)).equals(first)).toBe(true);
  });

  it('leaves out sections not asked for', async () => {
    const out = path.join(root, 'only-profile.pdf');
    const run = await runCli(['dossier', vault, rows[0]!.id, '--audience', 'court', '--sections', 'profile,proceedings', '--out', out], env);
    expect(run.code, run.stderr).toBe(EXIT.ok);
    const text = pdfText(await readFile(out));
    expect(text).toContain('Proceedings');
    expect(text).not.toContain('Timeline');
  });

  it('says what is wrong with the arguments, and writes nothing', async () => {
    const out = path.join(root, 'never.pdf');
    const cases: Array<[string[], number, string]> = [
      [['dossier', vault, rows[0]!.id, '--out', out], EXIT.usage, '--audience'],
      [['dossier', vault, rows[0]!.id, '--audience', 'press', '--out', out], EXIT.usage, 'public, court, un, internal'],
      [['dossier', vault, rows[0]!.id, '--audience', 'public'], EXIT.usage, '--out'],
      [['dossier', vault, rows[0]!.id, '--audience', 'public', '--sections', 'profile,gossip', '--out', out], EXIT.usage, 'unknown: gossip'],
      [['dossier', vault, rows[0]!.id, '--audience', 'public', '--lang', 'fr', '--out', out], EXIT.usage, 'lang'],
      [['dossier', vault, '3f2a5c1e-8d0b-4c1e-9f2a-5c1e8d0b4c1e', '--audience', 'public', '--out', out], EXIT.notFound, 'No case'],
      [['dossier', vault, rows[0]!.id, '--audience', 'public', '--out', path.join(root, 'no-such-dir', 'x.pdf')], EXIT.notFound, '“x.pdf” was not saved: that folder does not exist'],
    ];
    for (const [argv, code, message] of cases) {
      const run = await runCli(argv, env);
      expect(run.code, argv.join(' ')).toBe(code);
      expect(run.stderr, argv.join(' ')).toContain(message);
    }
    await expect(readFile(out)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses a wrong passphrase', async () => {
    const run = await runCli(['dossier', vault, rows[0]!.id, '--audience', 'public', '--out', path.join(root, 'x.pdf')], { HABEAS_PASSPHRASE: 'wrong wrong wrong' });
    expect(run.code).toBe(EXIT.wrongPassphrase);
  });
});

describe('habeas report', () => {
  it('reports only the cases matching every filter, and says how many', async () => {
    const detained = rows.filter((r) => r.status === 'detained').length;
    expect(detained).toBeGreaterThan(0);
    const out = path.join(root, 'detained.pdf');
    const run = await runCli(['report', vault, '--audience', 'public', '--status', 'detained', '--out', out], env);
    expect(run.code, run.stderr).toBe(EXIT.ok);
    expect(run.stdout).toContain(`list report of ${detained} case${detained === 1 ? '' : 's'} for the public audience`);
    const both = await runCli(['report', vault, '--audience', 'public', '--status', 'detained', '--status', 'convicted', '--out', path.join(root, 'both.pdf')], env);
    expect(both.stdout).toContain(`list report of ${rows.filter((r) => r.status === 'detained' || r.status === 'convicted').length} cases`);
  });

  it('refuses an unknown status with the allowed ones', async () => {
    await writeFile(path.join(root, 'keep.pdf'), 'mine');
    const run = await runCli(['report', vault, '--audience', 'public', '--status', 'jailed', '--out', path.join(root, 'keep.pdf')], env);
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr).toContain('statuses');
    expect(await readFile(path.join(root, 'keep.pdf'), 'utf8')).toBe('mine');
  });
});

/**
 * `habeas demo <vault-dir>`, driven through the command function with the CLI's own Io (the
 * command is registered in electron/cli/main.ts). It uses the standard KDF profile, as the CLI
 * always does, so each vault here costs a second of key derivation.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { demo } from '../../../../electron/cli/commands/demo';
import { EXIT, exitCodeFor } from '../../../../electron/cli/exit-codes';
import type { Io } from '../../../../electron/cli/io';
import { UsageError } from '../../../../electron/cli/secrets';
import { CaseRepository } from '../../../../electron/main/core/cases/case-repository';
import { DEMO_CASE_COUNT } from '../../../../electron/main/core/demo/demo-vault';
import { openVault } from '../../../../electron/main/core/vault/vault';
import { HabeasError } from '../../../../shared/ipc/errors';
import { useTempDirs } from '../../../helpers/temp-dirs';
import { readHeaderJson } from '../../../helpers/vault-files';

const tempDir = useTempDirs('habeas-demo-cli-');
const PASS = 'habeas demo vault - synthetic cases only';

function harness(env: Record<string, string>): { io: Io; out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  const stdin = Object.assign(new PassThrough(), { isTTY: false }) as unknown as NodeJS.ReadStream;
  const io: Io = { env, stdin, stdout, stderr: stderr as unknown as NodeJS.WriteStream };
  return { io, out: () => Buffer.concat(out).toString('utf8'), err: () => Buffer.concat(err).toString('utf8') };
}

async function failure(work: Promise<unknown>): Promise<unknown> {
  try {
    await work;
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

describe('habeas demo', () => {
  it('creates the demo vault with the passphrase from HABEAS_PASSPHRASE and says the cases are synthetic', async () => {
    const dir = path.join(await tempDir(), 'demo');
    const h = harness({ HABEAS_PASSPHRASE: PASS });
    expect(await demo(h.io, dir)).toBe(EXIT.ok);
    const lines = h.out().trim().split('\n');
    expect(lines[0]).toBe(`Created ${DEMO_CASE_COUNT} synthetic cases in ${dir}.`);
    expect(lines[1]).toMatch(/fictional.*DEMO-/);
    expect(lines.at(-1)).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    expect(h.err()).toContain('Recovery key');

    const vault = await openVault(dir, PASS, { readOnly: true });
    try {
      expect(new CaseRepository(vault).list()).toHaveLength(DEMO_CASE_COUNT);
    } finally {
      await vault.close();
    }
    // A real vault: the standard key-derivation profile, never the cheap one tests use.
    expect((await readHeaderJson(dir)).body.kdfProfile).toBe('standard');
  });

  it('refuses a folder with files in it before asking for a passphrase (exit code 7), and touches nothing', async () => {
    const dir = path.join(await tempDir(), 'busy');
    await mkdir(dir);
    await writeFile(path.join(dir, 'case-notes.docx'), 'real work');
    const h = harness({});
    const error = await failure(demo(h.io, dir));
    expect(error).toBeInstanceOf(HabeasError);
    expect((error as HabeasError).code).toBe('VAULT_EXISTS');
    expect((error as HabeasError).message).toMatch(/not empty/);
    expect(exitCodeFor((error as HabeasError).code)).toBe(EXIT.exists);
    expect(await readdir(dir)).toEqual(['case-notes.docx']);
  });

  it('refuses an existing vault with its own message', async () => {
    const dir = path.join(await tempDir(), 'vault');
    await mkdir(dir);
    await writeFile(path.join(dir, 'header.json'), '{}');
    const error = await failure(demo(harness({}).io, dir));
    expect((error as HabeasError).code).toBe('VAULT_EXISTS');
    expect((error as HabeasError).message).toMatch(/already holds a vault/);
  });

  it('refuses a file given as the folder (usage error, exit code 2)', async () => {
    const file = path.join(await tempDir(), 'not-a-folder');
    await writeFile(file, '');
    const error = await failure(demo(harness({}).io, file));
    expect((error as HabeasError).code).toBe('INVALID_INPUT');
    expect(exitCodeFor((error as HabeasError).code)).toBe(EXIT.usage);
  });

  it('asks for the passphrase like init: without a terminal or HABEAS_PASSPHRASE it is a usage error', async () => {
    const dir = path.join(await tempDir(), 'nopass');
    expect(await failure(demo(harness({}).io, dir))).toBeInstanceOf(UsageError);
    await expect(readdir(dir)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('applies the new-passphrase rule (at least 12 characters)', async () => {
    const dir = path.join(await tempDir(), 'short');
    const error = await failure(demo(harness({ HABEAS_PASSPHRASE: 'short' }).io, dir));
    expect((error as HabeasError).code).toBe('INVALID_INPUT');
  });
});

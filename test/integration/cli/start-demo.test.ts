import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { CaseRepository } from '../../../electron/main/core/cases/case-repository';
import { openVault } from '../../../electron/main/core/vault/vault';

const require = createRequire(import.meta.url);
const { demoVaultEnv, wantsDemo, DEMO_PASSPHRASE } = require('../../../electron/cli/start-demo.cjs') as {
  demoVaultEnv: (root: string, argv: string[], io: object, env: Record<string, string | undefined>, dir: string) => Promise<Record<string, string>>;
  wantsDemo: (argv: string[], io: object) => Promise<boolean>;
  DEMO_PASSPHRASE: string;
};

const root = path.resolve(__dirname, '../../..');
const quietIo = () => ({ stdin: Object.assign(new PassThrough(), { isTTY: false }), stdout: new PassThrough() });
let temp: string | null = null;

afterEach(async () => {
  if (temp) await rm(temp, { recursive: true, force: true });
  temp = null;
});

describe('npm start and the demo vault', () => {
  it('asks only on a terminal; --demo and --no-demo decide without asking', async () => {
    expect(await wantsDemo(['--demo'], quietIo())).toBe(true);
    expect(await wantsDemo(['--no-demo'], quietIo())).toBe(false);
    expect(await wantsDemo([], quietIo())).toBe(false);
  });

  it('leaves an explicit HABEAS_VAULT_DIR alone', async () => {
    expect(await demoVaultEnv(root, ['--demo'], quietIo(), { HABEAS_VAULT_DIR: '/somewhere' }, '/unused')).toEqual({});
  });

  it('creates the demo vault once, in one step, and points the app at it', async () => {
    temp = await mkdtemp(path.join(os.tmpdir(), 'habeas-start-demo-'));
    const dir = path.join(temp, 'demo');
    const env = await demoVaultEnv(root, ['--demo'], quietIo(), { ...process.env, HABEAS_VAULT_DIR: '' }, dir);
    expect(env).toEqual({ HABEAS_VAULT_DIR: dir });
    expect(await readdir(temp)).toEqual(['demo']); // no half-built sibling left behind
    const vault = await openVault(dir, DEMO_PASSPHRASE, { readOnly: true, program: 'test' });
    try {
      const cases = new CaseRepository(vault).list();
      expect(cases).toHaveLength(40);
      expect(cases.every((c) => c.reference?.startsWith('DEMO-'))).toBe(true);
    } finally {
      await vault.close();
    }
    // A second start reuses it rather than building another.
    const again = await demoVaultEnv(root, ['--demo'], quietIo(), { ...process.env, HABEAS_VAULT_DIR: '' }, dir);
    expect(again).toEqual({ HABEAS_VAULT_DIR: dir });
  }, 120_000);
});

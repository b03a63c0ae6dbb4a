import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The architecture is enforced by eslint.config.js. Each case lints a deliberately bad snippet as if
 * it lived at the given path and expects the named rule to fire; the good twin must pass.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function rulesFired(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const violations: Array<[string, string, string, string]> = [
  ['shared/ must not import electron', 'shared/domain/bad.ts', "import { app } from 'electron';\nexport const x = app;\n", 'no-restricted-imports'],
  ['shared/ must not import node built-ins', 'shared/domain/bad.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", 'no-restricted-imports'],
  ['core/ must not import electron', 'electron/main/core/vault/bad.ts', "import { app } from 'electron';\nexport const x = app;\n", 'no-restricted-imports'],
  ['core/ must not open network connections', 'electron/main/core/bad.ts', "import https from 'node:https';\nexport const x = https;\n", 'no-restricted-imports'],
  ['main must not import network modules', 'electron/main/platform/bad.ts', "import net from 'net';\nexport const x = net;\n", 'no-restricted-imports'],
  ['the CLI must not import electron', 'electron/cli/bad.ts', "import { app } from 'electron';\nexport const x = app;\n", 'no-restricted-imports'],
  ['the renderer must not import node built-ins', 'renderer/src/features/bad.ts', "import fs from 'node:fs';\nexport const x = fs;\n", 'no-restricted-imports'],
  ['the renderer must not import main-process code', 'renderer/src/features/bad.ts', "import { createVault } from '../../../electron/main/core/vault/vault';\nexport const x = createVault;\n", 'no-restricted-imports'],
  ['the renderer must not import electron', 'renderer/src/features/bad.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n", 'no-restricted-imports'],
  ['only lib/api.ts touches window.habeas', 'renderer/src/features/bad.ts', 'export const x = window.habeas;\n', 'no-restricted-properties'],
  ['the preload does not import main code', 'electron/preload/bad.ts', "import { createVault } from '../main/core/vault/vault';\nexport const x = createVault;\n", 'no-restricted-imports'],
  ['the app never asks for the test KDF profile', 'electron/main/bad.ts', "export const options = { kdfProfile: 'test' };\n", 'no-restricted-syntax'],
];

describe('lint boundaries', () => {
  it.each(violations)('%s', async (_title, filePath, code, rule) => {
    expect(await rulesFired(code, filePath)).toContain(rule);
  });

  it('accepts the allowed twins', async () => {
    expect(await rulesFired("import { z } from 'zod';\nexport const x = z;\n", 'shared/domain/good.ts')).toEqual([]);
    expect(await rulesFired("import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", 'electron/main/core/good.ts')).toEqual([]);
    expect(await rulesFired('export const x = window.habeas;\n', 'renderer/src/lib/api.ts')).toEqual([]);
    expect(await rulesFired("export const options = { kdfProfile: 'standard' };\n", 'electron/main/good.ts')).toEqual([]);
  });
});

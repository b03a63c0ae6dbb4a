import { spawn } from 'node:child_process';
import { readFile, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HabeasError } from '../../../../shared/ipc/errors';
import { acquireWriterLock } from '../../../../electron/main/core/vault/writer-lock';
import { createVault, openVault } from '../../../../electron/main/core/vault/vault';
import { buildChildScript, startChild } from '../../../helpers/child-scripts';
import { useTempDirs } from '../../../helpers/temp-dirs';
import { codeOf, habeasError, listTree, PASSPHRASE, TEST_PROFILE } from '../../../helpers/vault-files';

const tempDir = useTempDirs('habeas-lock-');
let lockChild: { file: string; remove(): Promise<void> };
beforeAll(async () => {
  lockChild = await buildChildScript('test/helpers/lock-child.ts');
});
afterAll(async () => {
  await lockChild?.remove();
});

async function closedVault(): Promise<string> {
  const dir = path.join(await tempDir(), 'vault');
  const { vault } = await createVault(dir, PASSPHRASE, TEST_PROFILE);
  await vault.put('case', 'a', 1, { v: 1 }, 0);
  await vault.close();
  return dir;
}

/** Runs `lock-child try` and returns what it printed. */
async function tryInChild(dir: string, program: string): Promise<{ ok: boolean; code?: string; message?: string }> {
  const child = startChild(lockChild.file, ['try', dir, PASSPHRASE, program]);
  const line = await child.waitForLine((l) => l.startsWith('RESULT '));
  await child.exited;
  return JSON.parse(line.slice('RESULT '.length)) as { ok: boolean; code?: string; message?: string };
}

/** A process id that certainly belonged to a process that is gone now. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

describe('one writer at a time', () => {
  it('refuses a second writable open in the same process with VAULT_IN_USE naming the program', async () => {
    const dir = await closedVault();
    const first = await openVault(dir, PASSPHRASE, { ...TEST_PROFILE, program: 'the Habeas app' });
    try {
      const error = await habeasError(openVault(dir, PASSPHRASE, { ...TEST_PROFILE, program: 'the habeas command line' }));
      expect(error.code).toBe('VAULT_IN_USE');
      expect(error.message).toContain('the Habeas app');
      expect(error.message).toContain(String(process.pid));
      // Reading needs no lock.
      const reader = await openVault(dir, PASSPHRASE, { ...TEST_PROFILE, readOnly: true });
      expect(reader.get('a')?.data).toEqual({ v: 1 });
      await reader.close();
      // The first writer is unaffected by the refused attempt.
      await first.put('case', 'a', 1, { v: 2 }, 1);
    } finally {
      await first.close();
    }
    const again = await openVault(dir, PASSPHRASE, TEST_PROFILE);
    expect(again.get('a')?.rev).toBe(2);
    await again.close();
  });

  it('refuses a second process while this one holds the lock, and the message names this program', async () => {
    const dir = await closedVault();
    const holder = await openVault(dir, PASSPHRASE, { ...TEST_PROFILE, program: 'the Habeas app' });
    try {
      const result = await tryInChild(dir, 'the habeas command line');
      expect(result.code).toBe('VAULT_IN_USE');
      expect(result.message).toContain('the Habeas app');
      expect(result.message).toContain(`process ${process.pid}`);
      expect(result.message).toContain(os.hostname());
    } finally {
      await holder.close();
    }
    expect(await tryInChild(dir, 'the habeas command line')).toEqual({ ok: true });
  });

  it('refuses this process while another process holds the lock; after it closes cleanly the vault opens', async () => {
    const dir = await closedVault();
    const holder = startChild(lockChild.file, ['hold', dir, PASSPHRASE, 'the habeas command line']);
    try {
      await holder.waitForLine((l) => l.startsWith('READY'));
      const error = await habeasError(openVault(dir, PASSPHRASE, { ...TEST_PROFILE, program: 'the Habeas app' }));
      expect(error.code).toBe('VAULT_IN_USE');
      expect(error.message).toContain('the habeas command line');
      expect(error.message).toContain(`process ${holder.child.pid}`);
      const reader = await openVault(dir, PASSPHRASE, { ...TEST_PROFILE, readOnly: true });
      expect(reader.get('a')?.data).toEqual({ v: 1 });
      await reader.close();
    } finally {
      holder.child.kill('SIGTERM');
      await holder.exited;
    }
    expect(await listTree(dir)).not.toContain('vault.lock');
    const vault = await openVault(dir, PASSPHRASE, TEST_PROFILE);
    await vault.close();
  });

  it('takes over the lock of a writer killed with SIGKILL (stale), and only once', async () => {
    const dir = await closedVault();
    const holder = startChild(lockChild.file, ['hold', dir, PASSPHRASE, 'a writer about to die']);
    await holder.waitForLine((l) => l.startsWith('READY'));
    holder.child.kill('SIGKILL');
    await holder.exited;
    const lockText = await readFile(path.join(dir, 'vault.lock'), 'utf8');
    expect(JSON.parse(lockText)).toMatchObject({ pid: holder.child.pid, program: 'a writer about to die' });

    // Two openers race for the stale lock: exactly one wins.
    const results = await Promise.allSettled([
      openVault(dir, PASSPHRASE, { ...TEST_PROFILE, program: 'opener one' }),
      openVault(dir, PASSPHRASE, { ...TEST_PROFILE, program: 'opener two' }),
    ]);
    const winners = results.filter((r) => r.status === 'fulfilled');
    const losers = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(winners).toHaveLength(1);
    expect(losers.map((r) => (r.reason as HabeasError).code)).toEqual(['VAULT_IN_USE']);
    const vault = (winners[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof openVault>>>).value;
    expect(JSON.parse(await readFile(path.join(dir, 'vault.lock'), 'utf8'))).toMatchObject({ pid: process.pid });
    expect(await listTree(dir)).not.toContain('vault.lock.takeover');
    await vault.put('case', 'a', 1, { v: 'after takeover' }, 1);
    await vault.close();
    expect(await listTree(dir)).not.toContain('vault.lock');
  });

  it('respects a lock whose process is alive, even if it is not a Habeas process', async () => {
    const dir = await closedVault();
    const lock = path.join(dir, 'vault.lock');
    await writeFile(lock, JSON.stringify({ pid: process.ppid, host: os.hostname(), program: 'some other Habeas', since: new Date().toISOString(), token: 'x' }));
    const error = await habeasError(openVault(dir, PASSPHRASE, TEST_PROFILE));
    expect(error.code).toBe('VAULT_IN_USE');
    expect(error.message).toContain('some other Habeas');
    expect(await readFile(lock, 'utf8')).toContain('"token":"x"');
  });

  it('respects a lock from another computer (a shared folder), whatever its process id', async () => {
    const dir = await closedVault();
    await writeFile(path.join(dir, 'vault.lock'), JSON.stringify({ pid: await deadPid(), host: `${os.hostname()}-laptop-2`, program: 'the Habeas app', since: new Date().toISOString(), token: 'y' }));
    expect(await codeOf(openVault(dir, PASSPHRASE, TEST_PROFILE))).toBe('VAULT_IN_USE');
  });

  it('takes over a lock whose process is gone on this computer', async () => {
    const dir = await closedVault();
    await writeFile(path.join(dir, 'vault.lock'), JSON.stringify({ pid: await deadPid(), host: os.hostname(), program: 'the Habeas app', since: new Date().toISOString(), token: 'z' }));
    const vault = await openVault(dir, PASSPHRASE, TEST_PROFILE);
    await vault.close();
  });

  it('treats an unreadable lock as in use while it is fresh (its writer may be mid-write) and as stale after a while', async () => {
    const dir = await closedVault();
    const lock = path.join(dir, 'vault.lock');
    await writeFile(lock, '');
    expect(await codeOf(openVault(dir, PASSPHRASE, TEST_PROFILE))).toBe('VAULT_IN_USE');
    const old = new Date(Date.now() - 60_000);
    await utimes(lock, old, old);
    const vault = await openVault(dir, PASSPHRASE, TEST_PROFILE);
    await vault.close();
  });

  it('clears a takeover guard left by a process that died during a takeover', async () => {
    const dir = await closedVault();
    const dead = await deadPid();
    const stale = { pid: dead, host: os.hostname(), program: 'x', since: new Date().toISOString(), token: 't' };
    await writeFile(path.join(dir, 'vault.lock'), JSON.stringify(stale));
    await writeFile(path.join(dir, 'vault.lock.takeover'), JSON.stringify({ ...stale, program: 'takeover', token: 'u' }));
    const vault = await openVault(dir, PASSPHRASE, TEST_PROFILE);
    await vault.close();
    expect(await listTree(dir)).toEqual(['head.json', 'header.json', 'records/', 'records/000001.log']);
  });

  it('release only removes the lock it owns', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'vault.lock');
    const lock = await acquireWriterLock(file, 'first');
    // Someone (wrongly) replaced it: releasing must not delete the other owner's lock.
    await writeFile(file, JSON.stringify({ pid: process.pid, host: os.hostname(), program: 'second', since: new Date().toISOString(), token: 'other' }));
    await lock.release();
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ program: 'second' });
  });

  it('takes over a lock written before this machine last booted, even if its pid is in use again', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'vault.lock');
    const lastBoot = Date.now() - os.uptime() * 1000;
    // The pid is alive (it is ours), but the lock predates the current boot by a day.
    await writeFile(file, JSON.stringify({ pid: process.pid, host: os.hostname(), program: 'the Habeas app', since: '2026-01-01T00:00:00.000Z', token: 'old', bootedAt: lastBoot - 86_400_000 }));
    const lock = await acquireWriterLock(file, 'test');
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ pid: process.pid, program: 'test' });
    await lock.release();
    // The same lock from the current boot is respected.
    await writeFile(file, JSON.stringify({ pid: process.pid, host: os.hostname(), program: 'the Habeas app', since: '2026-01-01T00:00:00.000Z', token: 'now', bootedAt: lastBoot }));
    expect(await codeOf(acquireWriterLock(file, 'test'))).toBe('VAULT_IN_USE');
  });

  it('lets exactly one of several concurrent openers take over an old unreadable lock', async () => {
    for (let round = 0; round < 10; round++) {
      const dir = await tempDir();
      const file = path.join(dir, 'vault.lock');
      await writeFile(file, '');
      const old = new Date(Date.now() - 60_000);
      await utimes(file, old, old);
      const results = await Promise.allSettled([1, 2, 3, 4].map((n) => acquireWriterLock(file, `opener ${n}`)));
      const winners = results.filter((r) => r.status === 'fulfilled');
      expect(winners, `round ${round}`).toHaveLength(1);
      for (const r of results) if (r.status === 'rejected') expect((r.reason as HabeasError).code).toBe('VAULT_IN_USE');
      const owner = JSON.parse(await readFile(file, 'utf8')) as { program: string };
      expect(owner.program).toMatch(/^opener \d$/);
      await (winners[0] as PromiseFulfilledResult<{ release(): Promise<void> }>).value.release();
      expect(await listTree(dir)).toEqual([]);
    }
  });
});

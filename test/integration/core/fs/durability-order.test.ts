import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { replaceFileDurably } from '../../../../electron/main/core/fs/durable';
import { createVault, openVault } from '../../../../electron/main/core/vault/vault';
import { useTempDirs } from '../../../helpers/temp-dirs';
import { PASSPHRASE, TEST_PROFILE } from '../../../helpers/vault-files';

/**
 * SIGKILL crash injection cannot see a missing flush (the page cache survives a killed process),
 * so the order of flushes is checked here directly: nothing is acknowledged before it is synced,
 * and a replaced file is synced before the rename, the directory after it.
 */
const tempDir = useTempDirs('habeas-order-');

async function recordFileCalls(dir: string): Promise<string[]> {
  const events: string[] = [];
  const probe = await fs.open(path.join(dir, 'probe'), 'w');
  const handleProto = Object.getPrototypeOf(probe) as Record<string, (...args: unknown[]) => Promise<unknown>>;
  await probe.close();
  await fs.rm(path.join(dir, 'probe'));
  const paths = new WeakMap<object, string>();
  const originalOpen = fs.open.bind(fs);
  vi.spyOn(fs, 'open').mockImplementation(async (...args: Parameters<typeof fs.open>) => {
    const handle = await originalOpen(...args);
    paths.set(handle, path.basename(String(args[0])));
    return handle;
  });
  for (const method of ['write', 'writeFile', 'sync', 'datasync'] as const) {
    const original = handleProto[method]!;
    vi.spyOn(handleProto, method).mockImplementation(async function (this: object, ...args: unknown[]) {
      const result = await original.apply(this, args);
      events.push(`${method} ${paths.get(this) ?? '?'}`);
      return result;
    });
  }
  const originalRename = fs.rename.bind(fs);
  vi.spyOn(fs, 'rename').mockImplementation(async (from, to) => {
    await originalRename(from, to);
    events.push(`rename → ${path.basename(String(to))}`);
  });
  return events;
}

/** Both events happened, the first one before the second. */
function expectOrder(events: string[], first: string, second: string): void {
  const a = events.indexOf(first);
  const b = events.indexOf(second, a + 1);
  expect(a, `${first} missing in: ${events.join(' | ')}`).toBeGreaterThanOrEqual(0);
  expect(b, `${second} after ${first} missing in: ${events.join(' | ')}`).toBeGreaterThan(a);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('flush order', () => {
  it('a record revision is acknowledged only after its bytes were flushed', async () => {
    const dir = await tempDir();
    const vaultDir = path.join(dir, 'vault');
    const { vault } = await createVault(vaultDir, PASSPHRASE, TEST_PROFILE);
    await vault.put('case', 'a', 1, { v: 1 }, 0); // the segment file exists from here on
    const events = await recordFileCalls(dir);
    await vault.put('case', 'a', 1, { v: 2 }, 1);
    events.push('acknowledged');
    await vault.close();
    // The segment was opened before the spies were installed, so its handle has no recorded name.
    const written = events.indexOf('write ?');
    const flushed = events.indexOf('datasync ?');
    expect(written, events.join(' | ')).toBeGreaterThanOrEqual(0);
    expect(flushed).toBeGreaterThan(written);
    expect(events.indexOf('acknowledged')).toBeGreaterThan(flushed);
  });

  it('a new segment file is flushed with its directory before the first revision in it is acknowledged', async () => {
    const dir = await tempDir();
    const { vault } = await createVault(path.join(dir, 'vault'), PASSPHRASE, TEST_PROFILE);
    const events = await recordFileCalls(dir);
    await vault.put('case', 'a', 1, { v: 1 }, 0);
    events.push('acknowledged');
    await vault.close();
    expectOrder(events, 'sync records', 'acknowledged');
    expectOrder(events, 'write 000001.log', 'datasync 000001.log');
    expectOrder(events, 'datasync 000001.log', 'acknowledged');
  });

  it('replacing a file: flush the temp file, rename, then flush the directory', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'header.json');
    await fs.writeFile(target, 'old');
    const events = await recordFileCalls(dir);
    await replaceFileDurably(target, Buffer.from('new'));
    const tempSync = events.findIndex((e) => /^sync \..*\.tmp$/.test(e));
    const rename = events.indexOf('rename → header.json');
    const dirSync = events.lastIndexOf(`sync ${path.basename(dir)}`);
    expect(tempSync, events.join(' | ')).toBeGreaterThanOrEqual(0);
    expect(rename).toBeGreaterThan(tempSync);
    expect(dirSync).toBeGreaterThan(rename);
    expect(await fs.readFile(target, 'utf8')).toBe('new');
  });

  it('a passphrase change replaces the header the same way', async () => {
    const dir = await tempDir();
    const vaultDir = path.join(dir, 'vault');
    const { vault } = await createVault(vaultDir, PASSPHRASE, TEST_PROFILE);
    await vault.close();
    const reopened = await openVault(vaultDir, PASSPHRASE, TEST_PROFILE);
    const events = await recordFileCalls(dir);
    await reopened.changePassphrase(PASSPHRASE, 'another passphrase entirely');
    events.push('acknowledged');
    await reopened.close();
    const rename = events.indexOf('rename → header.json');
    expect(rename, events.join(' | ')).toBeGreaterThan(events.findIndex((e) => /^sync \.header\.json\..*\.tmp$/.test(e)));
    expect(events.indexOf('sync vault', rename)).toBeGreaterThan(rename);
    expect(events.indexOf('acknowledged')).toBeGreaterThan(events.indexOf('sync vault', rename));
  });
});

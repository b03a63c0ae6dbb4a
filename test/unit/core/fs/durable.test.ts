import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileDurably, fsyncDirectory, replaceFileDurably } from '../../../../electron/main/core/fs/durable';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'habeas-durable-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('durable file writes', () => {
  it('replaces a file atomically and leaves no temp file', async () => {
    const target = path.join(dir, 'header.json');
    await writeFile(target, 'old');
    await replaceFileDurably(target, Buffer.from('new contents'));
    expect(await readFile(target, 'utf8')).toBe('new contents');
    expect(await readdir(dir)).toEqual(['header.json']);
    await replaceFileDurably(path.join(dir, 'fresh.json'), Buffer.from('x'));
    expect((await readdir(dir)).sort()).toEqual(['fresh.json', 'header.json']);
  });

  it.skipIf(process.platform === 'win32')('creates replaced files readable by the owner only', async () => {
    const target = path.join(dir, 'header.json');
    await replaceFileDurably(target, Buffer.from('x'));
    expect((await stat(target)).mode & 0o777).toBe(0o600);
  });

  it('removes its temp file and keeps the old file when the rename fails', async () => {
    const target = path.join(dir, 'is-a-directory');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(path.join(target, 'child'), { recursive: true });
    await expect(replaceFileDurably(target, Buffer.from('x'))).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['is-a-directory']);
  });

  it('createFileDurably refuses to overwrite', async () => {
    const target = path.join(dir, 'header.json');
    await createFileDurably(target, Buffer.from('first'));
    await expect(createFileDurably(target, Buffer.from('second'))).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readFile(target, 'utf8')).toBe('first');
  });

  it('fsyncs a directory', async () => {
    await expect(fsyncDirectory(dir)).resolves.toBeUndefined();
    await expect(fsyncDirectory(path.join(dir, 'missing'))).rejects.toThrow();
  });
});

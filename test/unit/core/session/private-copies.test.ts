import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PrivateCopies } from '../../../../electron/main/core/session/private-copies';
import { useTempDirs } from '../../../helpers/temp-dirs';

const tempDir = useTempDirs('habeas-private-copies-');

describe('PrivateCopies', () => {
  it('makes folders only this user can enter and deletes them all at clear()', async () => {
    const root = await tempDir();
    const copies = new PrivateCopies(() => root);
    const a = await copies.folder();
    const b = await copies.folder();
    expect((await fs.stat(a)).mode & 0o777).toBe(0o700);
    await fs.writeFile(path.join(b, 'copy.pdf'), 'plaintext');
    await copies.clear();
    expect(existsSync(a) || existsSync(b)).toBe(false);
  });

  it('refuses new folders once cleared (a copy must not outlive the lock)', async () => {
    const root = await tempDir();
    const real = new PrivateCopies(() => root);
    await real.clear();
    await expect(real.folder()).rejects.toThrow(/locking/);
    expect(await fs.readdir(root)).toEqual([]);
  });

  it('sweeps only its own leftovers', async () => {
    const root = await tempDir();
    await fs.mkdir(path.join(root, 'habeas-open-old'));
    await fs.writeFile(path.join(root, 'habeas-open-old', 'x.pdf'), 'plaintext');
    await fs.mkdir(path.join(root, 'someone-else'));
    await new PrivateCopies(() => root).sweepStale();
    expect(await fs.readdir(root)).toEqual(['someone-else']);
  });
});

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFully } from '../../../../electron/main/core/fs/durable';
import { createVault, openVault } from '../../../../electron/main/core/vault/vault';
import { buildChildScript } from '../../../helpers/child-scripts';
import { useTempDirs } from '../../../helpers/temp-dirs';
import { PASSPHRASE, TEST_PROFILE } from '../../../helpers/vault-files';

const tempDir = useTempDirs('habeas-diskfull-');
let child: { file: string; remove(): Promise<void> };
beforeAll(async () => {
  child = await buildChildScript('test/helpers/full-disk-child.ts');
});
afterAll(async () => {
  await child?.remove();
});

describe('writeFully', () => {
  it('keeps writing after short writes until every byte is out', async () => {
    const written: number[] = [];
    const handle = {
      write: async (data: Uint8Array, offset: number, length: number) => {
        const n = Math.min(3, length);
        written.push(...data.subarray(offset, offset + n));
        return { bytesWritten: n, buffer: data };
      },
    };
    const data = Uint8Array.from({ length: 20 }, (_, i) => i);
    await writeFully(handle as never, data);
    expect(written).toEqual([...data]);
  });

  it('throws ENOSPC when the disk accepts nothing more, instead of looping or pretending', async () => {
    let calls = 0;
    const handle = { write: async () => ({ bytesWritten: calls++ === 0 ? 5 : 0, buffer: new Uint8Array() }) };
    await expect(writeFully(handle as never, new Uint8Array(20))).rejects.toMatchObject({ code: 'ENOSPC' });
  });
});

describe('a full disk', () => {
  it('never acknowledges a partial save: every acknowledged write survives, and the vault verifies clean', async () => {
    const dir = path.join(await tempDir(), 'vault');
    const { vault } = await createVault(dir, PASSPHRASE, TEST_PROFILE);
    await vault.close();
    // A 160 KiB file-size limit stands in for a full disk: writes come back short, then fail.
    const run = spawnSync('bash', ['-c', 'ulimit -f 160; exec "$0" "$@"', process.execPath, child.file, dir, PASSPHRASE], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    const acks = lines.filter((l) => l.startsWith('ACK ')).map((l) => l.split(' ')) as Array<[string, string, string, string]>;
    const failure = lines.find((l) => l.startsWith('FAILED '));
    expect(acks.length).toBeGreaterThan(5);
    expect(failure).toMatch(/^FAILED INTERNAL The disk is full/);
    expect(lines.at(-1)).toBe('DONE');
    // The failed save left nothing half-written behind: each segment ends on a whole frame.
    const reopened = await openVault(dir, PASSPHRASE, TEST_PROFILE);
    try {
      const report = await reopened.verify();
      expect(report).toMatchObject({ ok: true, tornWrites: 0 });
      for (const [, id, rev, hash] of acks) {
        const revision = reopened.history(id).find((r) => r.rev === Number(rev));
        expect(revision, `${id} rev ${rev}`).toBeDefined();
        expect(createHash('sha256').update(JSON.stringify(revision!.data)).digest('hex')).toBe(hash);
      }
      // And the vault keeps working once there is room again.
      const last = acks.at(-1)!;
      await reopened.put('case', last[1], 1, { after: 'space freed' }, reopened.currentRevision(last[1]));
      expect((await reopened.verify()).ok).toBe(true);
    } finally {
      await reopened.close();
    }
    expect((await stat(path.join(dir, 'records', '000001.log'))).size).toBeLessThanOrEqual(160 * 1024);
  });
});

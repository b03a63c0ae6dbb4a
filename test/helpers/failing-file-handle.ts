import { promises as fs } from 'node:fs';
import os from 'node:os';
import { vi } from 'vitest';

type Method = 'writev' | 'datasync';

/**
 * Makes the `n`th call (from now) of FileHandle#writev or #datasync in this process fail with EIO,
 * as a failing disk would, while every other call goes through. Returns how to undo it and how
 * many calls were seen. For the paths that must leave nothing behind when the disk fails mid-file.
 */
export async function failNthFileHandleCall(method: Method, n: number): Promise<{ restore: () => void; calls: () => number }> {
  const handle = await fs.open(os.devNull, 'r');
  const prototype = Object.getPrototypeOf(handle) as Record<Method, (...args: unknown[]) => Promise<unknown>>;
  await handle.close();
  const original = prototype[method];
  let calls = 0;
  const spy = vi.spyOn(prototype, method).mockImplementation(function (this: unknown, ...args: unknown[]) {
    calls++;
    if (calls === n) return Promise.reject(Object.assign(new Error(`EIO: i/o error, ${method}`), { code: 'EIO' }));
    return original.apply(this, args);
  });
  return { restore: () => spy.mockRestore(), calls: () => calls };
}

import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The repository root, under vitest (ESM) and under tsx (which may compile this file to CommonJS). */
export const REPO_ROOT = path.resolve(typeof import.meta.url === 'string' ? path.dirname(fileURLToPath(import.meta.url)) : __dirname, '..', '..');

/**
 * Bundles a child script (TypeScript importing the core) into one CommonJS file that plain `node`
 * starts in ~50 ms, instead of ~300 ms through tsx. The bundle lives under node_modules/.cache so
 * that the core can still resolve hash-wasm (the KDF worker loads it by path).
 */
export async function buildChildScript(entry: string): Promise<{ file: string; remove(): Promise<void> }> {
  const outDir = path.join(REPO_ROOT, 'node_modules', '.cache', 'habeas-test-children');
  await mkdir(outDir, { recursive: true });
  // Bundles of runs that were interrupted before they could remove theirs.
  for (const name of await readdir(outDir)) {
    const file = path.join(outDir, name);
    const info = await stat(file).catch(() => null);
    if (info && Date.now() - info.mtimeMs > 6 * 3600_000) await rm(file, { force: true });
  }
  const file = path.join(outDir, `${path.basename(entry, '.ts')}-${process.pid}-${randomBytes(4).toString('hex')}.cjs`);
  await build({
    entryPoints: [path.resolve(REPO_ROOT, entry)],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['hash-wasm'],
    // kdf.ts falls back to import.meta.url only outside CommonJS; esbuild warns about it in a CJS bundle.
    logLevel: 'error',
  });
  return { file, remove: () => rm(file, { force: true }) };
}

export interface RunningChild {
  child: ChildProcess;
  /** Complete stdout lines so far. */
  lines: string[];
  stderr(): string;
  /** Writes one line to the child's stdin. */
  send(line: string): void;
  /** Resolves with the first line matching, rejects if the child exits first or after timeoutMs. */
  waitForLine(match: (line: string) => boolean, timeoutMs?: number): Promise<string>;
  /** Resolves once the child has exited (and been reaped) and its stdout is drained. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function startChild(script: string, args: string[], env: NodeJS.ProcessEnv = {}): RunningChild {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  const lines: string[] = [];
  let partial = '';
  let errText = '';
  const waiters: Array<() => void> = [];
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (chunk: string) => {
    partial += chunk;
    const parts = partial.split('\n');
    partial = parts.pop()!;
    lines.push(...parts);
    for (const wake of waiters.splice(0)) wake();
  });
  // A killed child closes its end; writing to it then must not crash the parent.
  child.stdin!.on('error', () => undefined);
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    errText += chunk;
  });
  const stdoutClosed = new Promise<void>((resolve) => child.stdout!.once('close', resolve));
  const exitedRaw = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let done = false;
  const exited = Promise.all([exitedRaw, stdoutClosed]).then(([result]) => {
    done = true;
    for (const wake of waiters.splice(0)) wake();
    return result;
  });
  return {
    child,
    lines,
    stderr: () => errText,
    send: (line) => {
      child.stdin!.write(`${line}\n`);
    },
    exited,
    waitForLine(match, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`child did not print the expected line within ${timeoutMs} ms; stderr: ${errText}`)), timeoutMs);
        const check = () => {
          const found = lines.find(match);
          if (found !== undefined) {
            clearTimeout(timer);
            resolve(found);
          } else if (done) {
            clearTimeout(timer);
            reject(new Error(`child exited before printing the expected line; stdout: ${lines.join(' | ')}; stderr: ${errText}`));
          } else {
            waiters.push(check);
          }
        };
        check();
      });
    },
  };
}

import { PassThrough } from 'node:stream';
import { main } from '../../../electron/cli/main';
import type { Io } from '../../../electron/cli/io';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process (no tsx start-up per call) with its own environment and no terminal. */
export async function runCli(argv: string[], env: Record<string, string> = {}, input = ''): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  const stdin = Object.assign(new PassThrough(), { isTTY: false }) as unknown as NodeJS.ReadStream;
  (stdin as unknown as PassThrough).end(input);
  const io: Io = { env, stdin, stdout, stderr: stderr as unknown as NodeJS.WriteStream };
  const code = await main(argv, io);
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

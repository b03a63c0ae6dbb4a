import type { SecretSource } from './secrets';

export interface Io extends SecretSource {
  stdout: NodeJS.WritableStream;
}

export function processIo(): Io {
  return { env: process.env, stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
}

export function println(stream: NodeJS.WritableStream, text = ''): void {
  stream.write(`${text}\n`);
}

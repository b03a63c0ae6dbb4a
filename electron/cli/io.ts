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

/**
 * A name that came from outside (a file's original name), quoted for one terminal line: control
 * and format characters (C0, DEL, C1, bidi overrides such as U+202E that can fake an extension) and
 * line separators are shown as \u{…} escapes, and very long names are cut with an ellipsis.
 */
export function quotedName(name: string, max = 200): string {
  const cut = [...name].length > max ? `${[...name].slice(0, max).join('')}…` : name;
  return `"${cut.replace(/[\p{Cc}\p{Cf}\u2028\u2029"\\]/gu, (c) => (c === '"' || c === '\\' ? `\\${c}` : `\\u{${c.codePointAt(0)!.toString(16)}}`))}"`;
}

import path from 'node:path';

/** Characters no file system we ship for accepts in a name, plus every control and bidi character. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed here
const UNSAFE = /[\u0000-\u001f\u007f-\u009f<>:"/\\|?*\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const MAX_NAME_CHARS = 120;
/** File systems count bytes (255 on most); 120 emoji are 480 bytes of UTF-8. */
const MAX_NAME_BYTES = 200;

/**
 * A file name to *suggest* for an exhibit (in a save dialog, or for a private temporary copy), made
 * from its original name, which is data from outside and may be "../../x", an absolute path, hold
 * control characters or be 500 characters long. Only the last path segment survives; anything a
 * file system or a terminal could misread becomes "_"; the extension is kept so the system knows
 * which program opens it. Never empty, never "." or "..", never a reserved Windows device name.
 */
export function safeFileName(originalName: string, fallback = 'exhibit'): string {
  const lastSegment = originalName.split(/[/\\]/).filter((s) => s.length > 0).pop() ?? '';
  let name = lastSegment.replace(UNSAFE, '_').replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  const chars = [...name]; // code points, so a cut never splits a surrogate pair
  if (chars.length > MAX_NAME_CHARS || Buffer.byteLength(name) > MAX_NAME_BYTES) {
    const ext = [...path.extname(name)].slice(0, 16).join('');
    const base = chars.slice(0, Math.max(1, MAX_NAME_CHARS - [...ext].length));
    while (base.length > 1 && Buffer.byteLength(base.join('') + ext) > MAX_NAME_BYTES) base.pop();
    name = base.join('') + ext;
  }
  if (name === '' || WINDOWS_RESERVED.test(name)) name = name === '' ? fallback : `_${name}`;
  return name;
}

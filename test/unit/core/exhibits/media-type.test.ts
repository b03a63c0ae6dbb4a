import { describe, expect, it } from 'vitest';
import { detectMediaType, SNIFF_BYTES } from '../../../../electron/main/core/exhibits/media-type';
import { HEAD_BYTES } from '../../../../electron/main/core/exhibits/blob-io';

describe('detectMediaType with the 128 KiB head kept for EXIF', () => {
  it('still looks at the first 4 KiB only', () => {
    expect(HEAD_BYTES).toBe(128 * 1024);
    const text = Buffer.from('Protokol: '.repeat(HEAD_BYTES / 10), 'utf8');
    expect(detectMediaType(text)).toBe('text/plain');
    // A control character (binary data) after the first 4 KiB does not change the answer…
    const laterBinary = Buffer.concat([text.subarray(0, SNIFF_BYTES + 100), Buffer.from([0x00, 0x01]), text.subarray(0, 20_000)]);
    expect(detectMediaType(laterBinary)).toBe('text/plain');
    // …one inside them does.
    expect(detectMediaType(Buffer.concat([text.subarray(0, 100), Buffer.from([0x00]), text.subarray(0, HEAD_BYTES - 200)]))).toBe('application/octet-stream');
  });

  it('does not call text binary when a multi-byte character is cut at 4 KiB', () => {
    const cut = Buffer.concat([Buffer.alloc(SNIFF_BYTES - 1, 0x61), Buffer.from('ə tərcümə', 'utf8'), Buffer.alloc(50_000, 0x62)]);
    expect(detectMediaType(cut)).toBe('text/plain');
  });

  it('recognises files by their magic whatever the head length', () => {
    expect(detectMediaType(Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(HEAD_BYTES)]))).toBe('application/pdf');
    expect(detectMediaType(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe1]), Buffer.alloc(HEAD_BYTES, 0x07)]))).toBe('image/jpeg');
    // "word/" beyond the first 4 KiB is not looked for (as before the head grew).
    expect(detectMediaType(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(SNIFF_BYTES), Buffer.from('word/document.xml')]))).toBe('application/zip');
  });
});

/**
 * The media type of a file from its first bytes (its "magic"), never from its name: a photo
 * renamed to .pdf is still a photo, and a hostile name says nothing. Covers what lawyers attach
 * (scans, photos, audio, video, office documents); anything else is application/octet-stream, or
 * text/plain when the start is valid UTF-8 without control characters.
 */
interface Signature {
  readonly type: string;
  readonly at?: number;
  readonly bytes: readonly number[];
  /** A second signature that must also match (e.g. RIFF containers). */
  readonly and?: { readonly at: number; readonly bytes: readonly number[] };
}

/**
 * Only this much of the start is looked at. Callers may hold a longer head (128 KiB, for EXIF);
 * text detection in particular must not change its answer with it, nor decode that much.
 */
export const SNIFF_BYTES = 4096;

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

const SIGNATURES: readonly Signature[] = [
  { type: 'application/pdf', bytes: ascii('%PDF-') },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/gif', bytes: ascii('GIF8') },
  { type: 'image/webp', bytes: ascii('RIFF'), and: { at: 8, bytes: ascii('WEBP') } },
  { type: 'image/tiff', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { type: 'image/tiff', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { type: 'image/heic', at: 4, bytes: ascii('ftypheic') },
  { type: 'image/heic', at: 4, bytes: ascii('ftypmif1') },
  { type: 'audio/wav', bytes: ascii('RIFF'), and: { at: 8, bytes: ascii('WAVE') } },
  { type: 'video/x-msvideo', bytes: ascii('RIFF'), and: { at: 8, bytes: ascii('AVI ') } },
  { type: 'audio/mpeg', bytes: ascii('ID3') },
  { type: 'audio/mpeg', bytes: [0xff, 0xfb] },
  { type: 'audio/ogg', bytes: ascii('OggS') },
  { type: 'audio/flac', bytes: ascii('fLaC') },
  { type: 'audio/mp4', at: 4, bytes: ascii('ftypM4A') },
  { type: 'video/quicktime', at: 4, bytes: ascii('ftypqt') },
  { type: 'video/mp4', at: 4, bytes: ascii('ftyp') },
  { type: 'video/webm', bytes: [0x1a, 0x45, 0xdf, 0xa3] },
  { type: 'application/zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { type: 'application/x-ole-storage', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { type: 'application/rtf', bytes: ascii('{\\rtf') },
];

function matches(head: Uint8Array, at: number, bytes: readonly number[]): boolean {
  return head.length >= at + bytes.length && bytes.every((b, i) => head[at + i] === b);
}

/** Office documents are zip files; their first entry names what they are. */
function refineZip(head: Uint8Array): string {
  const text = Buffer.from(head).toString('latin1');
  if (text.includes('word/')) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  if (text.includes('xl/')) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  if (text.includes('mimetypeapplication/vnd.oasis.opendocument.text')) return 'application/vnd.oasis.opendocument.text';
  return 'application/zip';
}

function looksLikeText(head: Uint8Array): boolean {
  if (head.length === 0) return false;
  let text: string;
  try {
    // A multi-byte character may be cut at the end of the head: drop up to 3 trailing bytes.
    text = new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, head.length - (head.length >= SNIFF_BYTES ? 3 : 0)));
  } catch {
    return false;
  }
  // eslint-disable-next-line no-control-regex -- control characters mark binary data
  return !/[\u0000-\u0008\u000E-\u001F\u007F]/.test(text);
}

export function detectMediaType(start: Uint8Array): string {
  const head = start.subarray(0, SNIFF_BYTES);
  for (const s of SIGNATURES) {
    if (matches(head, s.at ?? 0, s.bytes) && (!s.and || matches(head, s.and.at, s.and.bytes))) {
      return s.type === 'application/zip' ? refineZip(head) : s.type;
    }
  }
  return looksLikeText(head) ? 'text/plain' : 'application/octet-stream';
}

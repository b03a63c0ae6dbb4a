import exifr from 'exifr';
import type { RawCapture } from './capture-fields';

/** The EXIF tags asked for (exifr's names): only these are parsed, nothing else is decoded. */
const TAGS = ['Make', 'Model', 'DateTimeOriginal', 'OffsetTimeOriginal', 'CreateDate', 'OffsetTimeDigitized'];

/**
 * When and with what a photo was taken, from the EXIF in the first bytes of the file. exifr gets the
 * bytes in memory (never a path or URL, so it reads no file and fetches nothing). Its recoverable
 * errors (a broken IFD beside a good one) are passed to `onError` and what it did find is kept.
 */
export async function exifCapture(head: Uint8Array, onError: (error: unknown) => void): Promise<RawCapture> {
  // Dates are left as written: exifr would turn them into Dates in this computer's zone, while EXIF
  // gives the camera's local time, with its zone in a separate tag if at all.
  const tags = (await exifr.parse(head, { pick: TAGS, reviveValues: false })) as Record<string, unknown> | undefined;
  if (!tags) return {};
  if (Array.isArray(tags.errors)) for (const error of tags.errors) onError(error);
  return {
    capturedAt: exifDate(tags.DateTimeOriginal, tags.OffsetTimeOriginal) ?? exifDate(tags.CreateDate, tags.OffsetTimeDigitized),
    camera: camera(tags.Make, tags.Model),
  };
}

/** "2023:05:14 10:22:31" (+ "+04:00") → "2023-05-14T10:22:31+04:00"; other text as written; a blank clock ("0000:00:00…") → nothing. */
export function exifDate(value: unknown, offset: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(value.trim());
  if (!m) return /[1-9]/.test(value) ? value : undefined;
  if (m[1] === '0000') return undefined;
  const zone = typeof offset === 'string' && /^[+-]\d{2}:\d{2}$/.test(offset.trim()) ? offset.trim() : '';
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${zone}`;
}

/** "Make Model", without saying the make twice: many models already start with it ("Canon EOS R5"). */
export function camera(make: unknown, model: unknown): string | undefined {
  const mk = typeof make === 'string' ? make.trim() : '';
  const md = typeof model === 'string' ? model.trim() : '';
  if (md.toLowerCase().startsWith(mk.toLowerCase())) return md || undefined;
  return md ? `${mk} ${md}` : mk;
}

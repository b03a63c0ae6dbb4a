import type { Exhibit } from '../../../../shared/exhibits';

export type Verification = { state: 'unchecked' } | { state: 'intact' | 'damaged'; at: string; note?: string | undefined };

/** What the last check of the exhibit's file found (every chunk and the SHA-256), if it was checked. */
export function verificationOf(exhibit: Exhibit): Verification {
  const last = exhibit.custody.findLast((event) => event.action === 'verified');
  if (!last) return { state: 'unchecked' };
  return { state: last.outcome === 'damaged' ? 'damaged' : 'intact', at: last.at, note: last.note };
}

// eslint-disable-next-line no-control-regex -- control characters are what is made visible
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
const SHOWN_CHARS = 160;

/**
 * An exhibit's original name as text to show: it is data from outside and may hold control or
 * direction-changing characters (shown as "�" so a name cannot pretend to be another), path
 * separators (shown as they are: it is never used as a path) or 500 characters (cut, with the whole
 * name in `full` for a tooltip).
 */
export function visibleName(name: string): { shown: string; full: string } {
  const full = name.replace(INVISIBLE, '\ufffd');
  const chars = [...full];
  const shown = chars.length > SHOWN_CHARS ? `${chars.slice(0, SHOWN_CHARS - 1).join('')}…` : full;
  return { shown: shown === '' ? '—' : shown, full };
}

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/** "1.4 MB": decimal units, as file managers show them. */
export function formatSize(bytes: number, language: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
  return `${number} ${UNITS[unit]}`;
}

export type PreviewKind = 'image' | 'pdf' | 'audio' | 'video' | 'text' | 'none';

/** Which viewer shows this type (decided from the type recognised by content, never the name). */
export function previewKind(mediaType: string): PreviewKind {
  if (mediaType === 'application/pdf') return 'pdf';
  if (['image/jpeg', 'image/png', 'image/gif', 'image/webp'].includes(mediaType)) return 'image';
  if (mediaType.startsWith('audio/')) return 'audio';
  if (['video/mp4', 'video/webm', 'video/quicktime'].includes(mediaType)) return 'video';
  if (mediaType === 'text/plain') return 'text';
  return 'none';
}

import { CaptureMetadata } from '../../../../shared/exhibits';

/** What an extractor found, before cleaning: anything a file says may be any type or length. */
export type RawCapture = { readonly [K in keyof CaptureMetadata]?: unknown };

const FIELDS = Object.keys(CaptureMetadata.shape) as Array<keyof CaptureMetadata>;

/**
 * The text a file says about itself, made safe to store and show: only strings, control
 * characters (a NUL, an escape sequence, a newline in a title) turned into spaces, trimmed, and cut
 * to the schema's maximum length (never inside a surrogate pair), so a hostile or broken file
 * cannot make the record invalid. Undefined when nothing is left.
 */
export function cleanCapture(raw: RawCapture): CaptureMetadata | undefined {
  const out: Partial<Record<keyof CaptureMetadata, string>> = {};
  for (const field of FIELDS) {
    const value = raw[field];
    if (typeof value !== 'string') continue;
    const text = clip(value.replace(/\p{Cc}+/gu, ' ').trim(), CaptureMetadata.shape[field].unwrap().maxLength ?? Infinity).trimEnd();
    if (text !== '') out[field] = text;
  }
  return Object.keys(out).length > 0 ? CaptureMetadata.parse(out) : undefined;
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * Locale-aware formatting helpers (Intl handles plural forms, so the string tables need none).
 * Chromium builds ship ICU data without Azerbaijani (Intl falls back to "2026 M11 27" and English
 * unit names), so Azerbaijani is formatted here, the way it is written in Azerbaijan.
 */

const pad = (n: number) => String(n).padStart(2, '0');

export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (language === 'az') {
    return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}, ${pad(date.getHours())}:${pad(date.getMinutes())}`;
  }
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Azerbaijani nouns do not change after a number ("3 il", "5 saat"). */
const AZ_UNITS = { year: 'il', month: 'ay', day: 'gün', hour: 'saat', minute: 'dəqiqə', second: 'saniyə' } as const;

const UNITS: Array<{ unit: 'second' | 'minute' | 'hour' | 'day' | 'month' | 'year'; seconds: number }> = [
  { unit: 'year', seconds: 365.25 * 24 * 3600 },
  { unit: 'month', seconds: 30.44 * 24 * 3600 },
  { unit: 'day', seconds: 24 * 3600 },
  { unit: 'hour', seconds: 3600 },
  { unit: 'minute', seconds: 60 },
  { unit: 'second', seconds: 1 },
];

/**
 * A rough duration such as "3 years" or "5 hours" in the given language, or null when it is
 * below a second or beyond a century (callers show their own words for those).
 */
export function formatRoughDuration(seconds: number, language: string): string | null {
  if (!Number.isFinite(seconds) || seconds >= 100 * UNITS[0]!.seconds) return null;
  if (seconds < 1) return null;
  const match = UNITS.find((u) => seconds >= u.seconds) ?? UNITS[UNITS.length - 1]!;
  const value = Math.round(seconds / match.seconds);
  if (language === 'az') return `${value} ${AZ_UNITS[match.unit]}`;
  return new Intl.NumberFormat(language, { style: 'unit', unit: match.unit, unitDisplay: 'long' }).format(value);
}

export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value);
}

/**
 * Folds typed text for matching: lower case, no diacritics, Azerbaijani letters without their marks
 * (ə→e, ı→i, İ→i, ğ→g, ş→s, ç→c, ö→o, ü→u), Cyrillic й→и and ё→е, one kind of dash, one kind of
 * space. Both the input and the month tables go through this, so "İyun", "iyun" and "IYUN" match.
 */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/ə/g, 'e')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '–') // hyphen-like dashes except '-' become an en dash
    .replace(/\u2026/g, '..')
    .replace(/[\u00A0\u2000-\u200B\u202F\u205F\u3000\s]+/g, ' ')
    .trim();
}

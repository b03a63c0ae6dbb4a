/**
 * Case- and diacritic-insensitive form for matching: lower case, combining marks removed, and the
 * Azerbaijani letters without a decomposition folded by hand (ə → e, ı → i), so that "Xuliqanlıq",
 * "xuliqanliq" and "XULİQANLIQ" compare equal, and "ё" matches "е".
 */
export function foldText(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ə/g, 'e')
    .replace(/ı/g, 'i');
}

/** Folded words (letters and digits), in order. */
export function foldedWords(s: string): string[] {
  return foldText(s).match(/[\p{L}\p{N}]+/gu) ?? [];
}

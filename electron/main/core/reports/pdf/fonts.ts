import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HabeasError } from '../../../../../shared/ipc/errors';

/**
 * The fonts every PDF embeds (subset): DejaVu Sans, shipped in build/fonts with its licence, so
 * Azerbaijani, Cyrillic and Latin text is exact on any reader and nothing is read from the system.
 */
export const FONT_FAMILY = 'DejaVuSans';
export const FONT_FILES = { normal: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf', italic: 'DejaVuSans-Oblique.ttf' } as const;
export type FontStyle = keyof typeof FONT_FILES;

/** The TTF files as jsPDF wants them (binary strings), by style. */
export type FontSet = Readonly<Record<FontStyle, string>>;

const cache = new Map<string, FontSet>();

/** Reads the three faces from `dir` once per process. Throws naming the missing file. */
export function loadFonts(dir: string): FontSet {
  const cached = cache.get(dir);
  if (cached) return cached;
  const read = (file: string) => {
    const full = path.join(dir, file);
    if (!existsSync(full)) throw new HabeasError('INTERNAL', `The PDF font ${file} is missing from the installation; reinstall Habeas.`);
    return readFileSync(full).toString('binary');
  };
  const fonts: FontSet = { normal: read(FONT_FILES.normal), bold: read(FONT_FILES.bold), italic: read(FONT_FILES.italic) };
  cache.set(dir, fonts);
  return fonts;
}

/**
 * build/fonts of a source checkout, seen from this file (command line, tests). The app's main
 * bundle lives elsewhere and passes its own directory (resources/fonts once packaged).
 */
export function sourceFontsDir(): string {
  const here = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
  return path.resolve(path.dirname(here), '../../../../../build/fonts');
}

import type { CodeOf } from '../vocabularies';

const SCRIPTS: ReadonlyArray<[CodeOf<'name_script'>, RegExp]> = [
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['georgian', /\p{Script=Georgian}/u],
  ['armenian', /\p{Script=Armenian}/u],
  ['latin', /\p{Script=Latin}/u],
];

/** The writing system a name is in, by its first letter of a known script; 'other' if none. */
export function scriptOf(text: string): CodeOf<'name_script'> {
  for (const ch of text) for (const [script, pattern] of SCRIPTS) if (pattern.test(ch)) return script;
  return 'other';
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForSearch, matchesQuery, wordForms } from '../../../shared/search';
import { azWord, capitalise, chooser, toAzCyrillic, toEnglish, toRussian } from './spellings';

/** A two-word name (given name, surname) with its spellings; `seed` drives the writers' choices. */
const name = fc.record({ given: azWord, surname: azWord, seed: fc.integer() });

type Name = { given: string; surname: string; seed: number };

/** Spellings that must fold to the same canonical key. */
function canonicalSpellings({ given, surname, seed }: Name): string[] {
  const pick = chooser(seed);
  const words = [given, surname];
  const upper = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  return [
    words.map(capitalise).join(' '),
    words.join(' ').toUpperCase(),
    words.map((w) => upper(toAzCyrillic(w))).join(' '),
    words.map((w) => upper(toRussian(w, { pick }))).join(' '),
    words.map((w) => upper(toEnglish(w, { pick }))).join(' '),
  ];
}

/** Looser spellings that only meet the Latin original through the fold's second readings. */
function variantSpellings({ given, surname, seed }: Name): string[] {
  const pick = chooser(seed ^ 0x5f3759df);
  const words = [given, surname];
  return [
    words.map((w) => toRussian(w, { pick, variant: true })).join(' '),
    words.map((w) => toEnglish(w, { pick, variant: true })).join(' '),
  ];
}

describe('foldForSearch over transliterations (property)', () => {
  it('folds Azerbaijani Latin, upper case, Azerbaijani Cyrillic, Russian and English spellings to one key', () => {
    fc.assert(
      fc.property(name, (n) => {
        const [latin, ...others] = canonicalSpellings(n);
        for (const other of others) expect(foldForSearch(other), `${latin} / ${other}`).toBe(foldForSearch(latin!));
      }),
      { numRuns: 2000 },
    );
  }, 30_000);

  it('matches the looser variant spellings both ways, as whole words and as typed prefixes', () => {
    fc.assert(
      fc.property(name, (n) => {
        const spellings = [...canonicalSpellings(n), ...variantSpellings(n)];
        for (const a of spellings) {
          for (const b of spellings) expect(matchesQuery(a, [b], { wholeWords: true }), `${a} finds ${b}`).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  }, 30_000);

  it('finds every spelling while the name is being typed in any other spelling (from the second letter)', () => {
    fc.assert(
      fc.property(name, fc.nat(), fc.nat(), (n, i, cut) => {
        const spellings = [...canonicalSpellings(n), ...variantSpellings(n)];
        const typed = spellings[i % spellings.length]!;
        const length = 2 + (cut % Math.max(1, typed.length - 1));
        const prefix = typed.slice(0, length);
        for (const target of spellings) expect(matchesQuery(prefix, [target]), `"${prefix}" finds ${target}`).toBe(true);
      }),
      { numRuns: 1000 },
    );
  }, 30_000);

  it('is symmetric for whole names: A finds B exactly when B finds A', () => {
    // Given names and surnames come from separate shapes (surnames end in -ov/-yev/-li/-zadə), so
    // a name's two words can never stand in for each other.
    const given = azWord.filter((w) => /[mnrlbfzsd]$/.test(w));
    const surname = fc.tuple(azWord, fc.constantFrom('ov', 'ova', 'yev', 'yeva', 'li', 'lı', 'zadə')).map(([s, suffix]) => s + suffix);
    const person = fc.record({ given, surname, seed: fc.integer() });
    const spelled = fc.tuple(person, fc.nat()).map(([p, k]) => {
      const all = [...canonicalSpellings(p), ...variantSpellings(p)];
      return all[k % all.length]!;
    });
    fc.assert(
      fc.property(spelled, spelled, (a, b) => {
        expect(matchesQuery(a, [b], { wholeWords: true })).toBe(matchesQuery(b, [a], { wholeWords: true }));
      }),
      { numRuns: 1500 },
    );
  }, 30_000);

  it('is idempotent on names in every script and on arbitrary strings', () => {
    const text = fc.oneof(
      name.map((n) => [...canonicalSpellings(n), ...variantSpellings(n)].join(' ')),
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.string({ unit: fc.constantFrom(...'aeiyjhkqxsczdtgğşçəıöüYJKHьъёюяейжхгщцдтк \'-'), maxLength: 30 }),
    );
    fc.assert(
      fc.property(text, (t) => {
        const once = foldForSearch(t);
        expect(foldForSearch(once)).toBe(once);
        for (const word of once.split(' ').filter(Boolean)) expect(wordForms(word)[0]).toBe(word);
      }),
      { numRuns: 1500 },
    );
  }, 30_000);

  it('does not make unrelated names match: random different names rarely share a key or match', () => {
    const names = fc.sample(name, { numRuns: 2000, seed: 7 }).map((n) => `${capitalise(n.given)} ${capitalise(n.surname)}`);
    const distinct = [...new Set(names.map((n) => n.toLocaleLowerCase('az')))];
    const keys = new Set(distinct.map(foldForSearch));
    let matches = 0;
    for (let i = 0; i + 1 < distinct.length; i += 2) if (matchesQuery(distinct[i]!, [distinct[i + 1]!], { wholeWords: true })) matches++;
    // Random 2–10 letter words collide only when short and differing in merged letters (ə/e/a, ı/i/y, q/g/h...).
    expect(keys.size).toBeGreaterThan(distinct.length * 0.98);
    expect(matches).toBeLessThan(distinct.length * 0.005);
  }, 30_000);
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSearchIndex, matchesQuery, type SearchIndex } from '../../../shared/search';
import { documentWords, parseQuery, termMatch } from '../../../shared/search/query';

function indexOf(docs: Record<string, readonly string[]>): SearchIndex {
  const index = createSearchIndex();
  for (const [id, texts] of Object.entries(docs)) index.add(id, texts);
  return index;
}

const aliyev = ['İntiqam Əliyev', 'Интигам Алиев', 'Intigam Aliyev', '234.4.3'];
const decoys = {
  mammadov: ['Ilgar Mammadov', 'Илгар Мамедов'],
  aliyeva: ['Leyla Əliyeva'],
  quliyev: ['Intiqam Quliyev'],
  intizar: ['İntizar Əlizadə'],
  mustafa: ['Mustafa Hacıyev'],
};

describe('SearchIndex: add, remove, replace', () => {
  it('adds, reports and removes documents', () => {
    const index = indexOf({ a: ['Əliyev'], b: ['Məmmədov'] });
    expect(index.size).toBe(2);
    expect(index.has('a')).toBe(true);
    expect(index.search('aliyev')).toEqual(['a']);
    expect(index.remove('a')).toBe(true);
    expect(index.remove('a')).toBe(false);
    expect(index.has('a')).toBe(false);
    expect(index.size).toBe(1);
    expect(index.search('aliyev')).toEqual([]);
    expect(index.search('')).toEqual(['b']);
  });

  it('refuses to add an id twice (replace is the way to update)', () => {
    const index = indexOf({ a: ['Əliyev'] });
    expect(() => index.add('a', ['Məmmədov'])).toThrow(/already indexed/);
    expect(index.search('mammadov')).toEqual([]);
  });

  it('replaces a document in place, keeping its position in insertion order', () => {
    const index = indexOf({ a: ['Əliyev'], b: ['Məmmədov'], c: ['Hüseynov'] });
    index.replace('a', ['Cəfərov']);
    expect(index.search('aliyev')).toEqual([]);
    expect(index.search('jafarov')).toEqual(['a']);
    expect(index.search('')).toEqual(['a', 'b', 'c']);
    index.replace('d', ['Yunus']); // unknown id: added at the end
    expect(index.search('')).toEqual(['a', 'b', 'c', 'd']);
    expect(index.size).toBe(4);
  });

  it('forgets words no document uses any more, and learns them again', () => {
    const index = indexOf({ a: ['Zeynalov'] });
    expect(index.search('zeyn')).toEqual(['a']);
    index.remove('a');
    expect(index.search('zeyn')).toEqual([]);
    index.add('b', ['Zeynalova']);
    index.add('a', ['Zeynal']);
    expect(index.search('zeyn')).toEqual(['b', 'a']);
    expect(index.search('zeynal')).toEqual(['a', 'b']); // exact word first
  });
});

describe('SearchIndex: matching', () => {
  it('finds the same case from all three spellings of the issue, and not the decoys', () => {
    const index = indexOf({ ...decoys, aliyev });
    for (const query of ['intigam aliyev', 'İntiqam Əliyev', 'Интигам Алиев', 'Aliev Intigam', 'ИНТИГАМ ƏLIYEV']) {
      expect(index.search(query), query).toEqual(['aliyev']);
    }
  });

  it('finds a case stored in one script from a query in another', () => {
    const index = indexOf({ ...decoys, khadija: ['Xədicə İsmayılova'], cyr: ['Хадиджа Исмаилова'], en: ['Khadija Ismayilova'] });
    for (const query of ['Khadija Ismayilova', 'Хадиджа', 'Xədicə İsm', 'khad isma']) {
      expect(index.search(query), query).toEqual(['khadija', 'cyr', 'en']);
    }
  });

  it('matches every query word as a prefix of some word (search as you type)', () => {
    const index = indexOf({ ...decoys, aliyev });
    expect(index.search('int')).toEqual(['quliyev', 'intizar', 'aliyev']);
    expect(index.search('inti')).toEqual(['quliyev', 'intizar', 'aliyev']);
    expect(index.search('intig')).toEqual(['quliyev', 'aliyev']);
    expect(index.search('Инт Али')).toEqual(['intizar', 'aliyev']);
    expect(index.search('Ali Int')).toEqual(['intizar', 'aliyev']);
    expect(index.search('234')).toEqual(['aliyev']);
    expect(index.search('234.4')).toEqual(['aliyev']);
  });

  it('keeps a match while the next keystroke would turn a letter into a digraph', () => {
    const index = indexOf({ musfiq: ['Muşfiq'], musa: ['Musa'], cafar: ['Cəfər'], dadash: ['Dadaş'] });
    expect(index.search('Mus')).toEqual(['musfiq', 'musa']);
    expect(index.search('Mush')).toEqual(['musfiq']);
    expect(index.search('D')).toEqual(['cafar', 'dadash']);
    expect(index.search('Dz')).toEqual(['cafar']);
    expect(index.search('Dzh')).toEqual(['cafar']);
  });

  it('keeps a match while typing a y that later folds away', () => {
    const index = indexOf({ musayev: ['Musayev'], yusifov: ['Yusifov'] });
    expect(index.search('Musay')).toEqual(['musayev']);
    expect(index.search('Musaye')).toEqual(['musayev']);
    expect(index.search('Y')).toEqual(['yusifov']); // Yusifov folds to "usifov"
    expect(index.search('Yu')).toEqual(['yusifov']);
  });

  it('requires every query word (AND)', () => {
    const index = indexOf({ ...decoys, aliyev });
    expect(index.search('intiqam')).toEqual(['quliyev', 'aliyev']);
    expect(index.search('intiqam quliyev')).toEqual(['quliyev']);
    expect(index.search('intiqam mammadov')).toEqual([]);
    expect(index.search('aliyev nonexistent')).toEqual([]);
  });
});

describe('SearchIndex: ranking', () => {
  it('puts whole-word matches before prefix matches, ties in insertion order', () => {
    const index = indexOf({ p1: ['Əliyeva'], e1: ['Əliyev'], p2: ['Əliyevlər'], e2: ['Алиев'] });
    expect(index.search('aliyev')).toEqual(['e1', 'e2', 'p1', 'p2']);
    expect(index.search('ali')).toEqual(['p1', 'e1', 'p2', 'e2']);
  });

  it('ranks by the number of query words matched whole', () => {
    const index = indexOf({ none: ['Intiqamov Aliyeva'], one: ['Intiqamov Aliyev'], two: ['Intiqam Aliyev'] });
    expect(index.search('intiqam aliyev')).toEqual(['two', 'one', 'none']);
  });

  it('limits the number of ids', () => {
    const index = indexOf({ a: ['Əli'], b: ['Əli'], c: ['Əli'] });
    expect(index.search('ali', { limit: 2 })).toEqual(['a', 'b']);
    expect(index.search('', { limit: 2 })).toEqual(['a', 'b']);
    expect(index.search('ali', { limit: 0 })).toEqual([]);
    expect(index.search('ali', { limit: -1 })).toEqual([]);
    expect(index.search('ali', { limit: Number.NaN })).toEqual([]);
    expect(index.search('ali', { limit: 2.9 })).toEqual(['a', 'b']);
  });
});

describe('SearchIndex: empty and hostile queries', () => {
  it('returns every id in insertion order for an empty, blank or punctuation-only query', () => {
    const index = indexOf({ z: ['Z'], a: ['A'], m: ['M'] });
    for (const query of ['', '   ', '\t\n', ' - , . ', 'ъ']) expect(index.search(query), JSON.stringify(query)).toEqual(['z', 'a', 'm']);
    expect(createSearchIndex().search('')).toEqual([]);
    expect(createSearchIndex().search('ali')).toEqual([]);
  });

  it('survives very long queries, control characters and lone surrogates', () => {
    const index = indexOf({ ...decoys, aliyev, nasty: ['\u0000Əli\uD800yev\u0007', '\uDC00'] });
    const letters = 'abcçdeəfgğhxıijkqlmnoöprsştuüvyzабвгдежзийклмнопрстуфхцчшщыэюя';
    const words = Array.from({ length: 2000 }, (_, i) => letters.slice(i % 50, (i % 50) + 1 + (i % 7))).join(' ');
    const queries = [
      'x'.repeat(10_000),
      words.slice(0, 10_000),
      ' '.repeat(10_000),
      '\u0000\u0001\u0007\u001b[31m\uD800\uDFFF\uDC00',
      '\uD800'.repeat(5000),
      'Əli\uD800yev',
      'a\u0301'.repeat(5000),
    ];
    for (const query of queries) {
      const started = performance.now();
      expect(() => index.search(query)).not.toThrow();
      expect(() => matchesQuery(query, aliyev)).not.toThrow();
      expect(performance.now() - started, query.slice(0, 20)).toBeLessThan(1000); // "does not hang", not a timing test
    }
    expect(index.search('\u0000\uD800')).toEqual(index.search(''));
    expect(index.search('Əli\uD800yev')).toEqual(['nasty']);
  });
});

describe('SearchIndex agrees with matchesQuery (the CLI) (property)', () => {
  const pool = ['Əliyev', 'Алиев', 'Aliyeva', 'Intiqam', 'Интигам', 'Məmmədov', 'Mamedov', 'Musa', 'Muşfiq', 'Cəfər', 'Джафар', 'Jafar', 'Yusif', 'Юсиф', 'Rafiq', 'Рафик', '2014', '234.4'];
  const text = fc.array(fc.constantFrom(...pool), { maxLength: 4 }).map((ws) => ws.join(' '));
  const query = fc.oneof(
    fc.array(fc.constantFrom(...pool), { maxLength: 3 }).map((ws) => ws.join(' ')),
    fc.tuple(fc.constantFrom(...pool), fc.nat()).map(([w, n]) => w.slice(0, 1 + (n % w.length))),
  );

  it('returns exactly the documents matchesQuery accepts, ranked by whole-word matches then insertion order', () => {
    fc.assert(
      fc.property(fc.array(fc.array(text, { maxLength: 2 }), { maxLength: 12 }), fc.array(fc.nat(), { maxLength: 4 }), query, (docs, removals, q) => {
        const index = createSearchIndex();
        docs.forEach((texts, i) => index.add(`d${i}`, texts));
        const removed = new Set(removals.filter((r) => r < docs.length).map((r) => `d${r}`));
        for (const id of removed) index.remove(id);
        const live = docs.map((texts, i) => ({ id: `d${i}`, texts })).filter((d) => !removed.has(d.id));

        const terms = parseQuery(q);
        const wholeMatches = (texts: readonly string[]) => terms.filter((t) => termMatch(t, documentWords(texts)) === 2).length;
        const expected = live
          .filter((d) => matchesQuery(q, d.texts))
          .map((d, order) => ({ id: d.id, order, whole: wholeMatches(d.texts) }))
          .sort((a, b) => b.whole - a.whole || a.order - b.order)
          .map((d) => d.id);
        expect(index.search(q)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});

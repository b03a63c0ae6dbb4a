import { documentWords, parseQuery, termMatch, type QueryTerm } from './query';
import { mergeSorted, prefixRange, sortedUnique } from './sorted';

export { foldForSearch, foldWord, searchWords, wordForms } from './fold';
export { matchesQuery, parseQuery, type MatchOptions, type QueryTerm } from './query';
export { highlightRanges, type HighlightRange } from './highlight';

export interface SearchOptions {
  /** At most this many ids (default: all). */
  readonly limit?: number;
}

/**
 * In-memory full-text index over documents (cases) identified by id, each given as a list of texts
 * (names in every script, case numbers, …). Shared by the renderer's case list and the CLI, so both
 * find the same cases for the same query.
 */
export interface SearchIndex {
  /** Indexes a new document; an id that is already indexed is a caller bug and throws (use replace). */
  add(id: string, texts: readonly string[]): void;
  /** Re-indexes a document in place (it keeps its position in insertion order), or adds it. */
  replace(id: string, texts: readonly string[]): void;
  /** Drops a document; false if it was not indexed. */
  remove(id: string): boolean;
  has(id: string): boolean;
  readonly size: number;
  /**
   * Ids of the documents in which every query word starts a word (after folding), best first:
   * documents where more query words match a whole word come before prefix-only matches, and ties
   * keep insertion order. A query without words returns every id in insertion order.
   */
  search(query: string, options?: SearchOptions): string[];
}

interface Doc {
  readonly id: string;
  /** Insertion order; also the document's key in posting sets (numbers are cheaper than ids). */
  readonly seq: number;
  /** Every folded form of every word, sorted, for per-document checks by binary search. */
  readonly words: readonly string[];
}

/** A query term with the vocabulary ranges its prefixes cover; `width` (words covered) estimates its cost. */
interface Plan {
  readonly term: QueryTerm;
  readonly ranges: readonly (readonly [number, number])[];
  readonly width: number;
}

/**
 * Structure: folded word → posting set of document seqs, plus the vocabulary as a sorted array so
 * that every word with a given prefix is one contiguous range found by binary search. A query
 * takes its terms narrowest first, each one narrowing the candidates left by the one before
 * (see narrow), and stops as soon as none are left. Documents live in an array indexed by seq and
 * per-query state in typed arrays, because Map lookups per candidate were most of the cost of a
 * one-letter query over 10,000 cases.
 */
export function createSearchIndex(): SearchIndex {
  const docs: (Doc | undefined)[] = []; // by seq, so index order is insertion order
  const seqOf = new Map<string, number>();
  const postings = new Map<string, Set<number>>();
  let vocabulary: string[] = [];
  let newWords: string[] = [];
  let droppedWords = false;

  function put(doc: Doc): void {
    docs[doc.seq] = doc;
    seqOf.set(doc.id, doc.seq);
    for (const word of doc.words) {
      let posting = postings.get(word);
      if (posting === undefined) {
        postings.set(word, (posting = new Set()));
        newWords.push(word);
      }
      posting.add(doc.seq);
    }
  }

  function unindex(doc: Doc): void {
    for (const word of doc.words) {
      const posting = postings.get(word);
      if (posting === undefined) continue;
      posting.delete(doc.seq);
      if (posting.size === 0) {
        postings.delete(word);
        droppedWords = true;
      }
    }
  }

  /** The sorted vocabulary, brought up to date lazily so that bulk loading sorts once. */
  function sortedVocabulary(): readonly string[] {
    if (newWords.length > 0 || droppedWords) {
      const kept = droppedWords ? vocabulary.filter((w) => postings.has(w)) : vocabulary;
      vocabulary = mergeSorted(kept, sortedUnique(newWords.filter((w) => postings.has(w))));
      newWords = [];
      droppedWords = false;
    }
    return vocabulary;
  }

  function plan(term: QueryTerm, vocab: readonly string[]): Plan {
    const ranges = term.prefixes.map((p) => prefixRange(vocab, p));
    return { term, ranges, width: ranges.reduce((n, [start, end]) => n + end - start, 0) };
  }

  /**
   * How each document meets a term, by seq (0 not, 1 prefix, 2 whole word), from the posting sets
   * of the words in the term's ranges: cheap when the term covers few words.
   */
  function hitsFromPostings(p: Plan, vocab: readonly string[]): Int8Array {
    const hits = new Int8Array(docs.length);
    for (const [start, end] of p.ranges) {
      for (let i = start; i < end; i++) {
        const word = vocab[i]!;
        const level = p.term.exact.includes(word) ? 2 : 1;
        for (const seq of postings.get(word) ?? []) if (hits[seq]! < level) hits[seq] = level;
      }
    }
    return hits;
  }

  /**
   * The seqs (ascending) of the documents among `candidates` (all documents when undefined) that
   * match the term, counting whole-word matches in `exact`. A term covering more vocabulary words
   * than there are candidates is checked against each candidate's own words instead of unioning
   * all those posting sets.
   */
  function narrow(p: Plan, vocab: readonly string[], candidates: number[] | undefined, exact: Int32Array): number[] {
    const keep = (seq: number, level: number): boolean => {
      if (level === 2) exact[seq]!++;
      return level !== 0;
    };
    if (p.width <= (candidates?.length ?? seqOf.size)) {
      const hits = hitsFromPostings(p, vocab);
      if (candidates !== undefined) return candidates.filter((seq) => keep(seq, hits[seq]!));
      const found: number[] = [];
      for (let seq = 0; seq < hits.length; seq++) if (keep(seq, hits[seq]!)) found.push(seq);
      return found;
    }
    const check = (seq: number): boolean => keep(seq, termMatch(p.term, docs[seq]!.words));
    if (candidates !== undefined) return candidates.filter(check);
    const found: number[] = [];
    for (const doc of docs) if (doc !== undefined && check(doc.seq)) found.push(doc.seq);
    return found;
  }

  /** Most whole-word matches first; equal ones keep insertion (seq) order, which `found` is in. */
  function rank(found: readonly number[], exact: Int32Array, termCount: number, limit: number): string[] {
    const byExact: number[][] = Array.from({ length: termCount + 1 }, () => []);
    for (const seq of found) byExact[exact[seq]!]!.push(seq);
    const out: string[] = [];
    for (let n = termCount; n >= 0 && out.length < limit; n--) {
      for (const seq of byExact[n]!) {
        if (out.length >= limit) break;
        out.push(docs[seq]!.id);
      }
    }
    return out;
  }

  return {
    add(id, texts) {
      if (seqOf.has(id)) throw new Error(`search index: ${id} is already indexed; use replace`);
      put({ id, seq: docs.length, words: documentWords(texts) });
    },
    replace(id, texts) {
      const seq = seqOf.get(id);
      if (seq === undefined) return this.add(id, texts);
      unindex(docs[seq]!);
      put({ id, seq, words: documentWords(texts) });
    },
    remove(id) {
      const seq = seqOf.get(id);
      if (seq === undefined) return false;
      unindex(docs[seq]!);
      docs[seq] = undefined;
      seqOf.delete(id);
      return true;
    },
    has: (id) => seqOf.has(id),
    get size() {
      return seqOf.size;
    },
    search(query, options = {}) {
      // NaN and negative limits give nothing, fractions round down.
      const limit = Math.max(0, Math.floor(options.limit ?? Infinity)) || 0;
      const terms = parseQuery(query);
      if (terms.length === 0) {
        const all: string[] = [];
        for (const doc of docs) {
          if (all.length >= limit) break;
          if (doc !== undefined) all.push(doc.id);
        }
        return all;
      }
      const vocab = sortedVocabulary();
      const plans = terms.map((term) => plan(term, vocab)).sort((a, b) => a.width - b.width);
      if (plans[0]!.width === 0) return [];
      const exact = new Int32Array(docs.length); // per seq: query words matched as whole words
      let found: number[] | undefined;
      for (const p of plans) {
        found = narrow(p, vocab, found, exact);
        if (found.length === 0) return [];
      }
      return rank(found!, exact, terms.length, limit);
    },
  };
}

import { describe, expect, it } from 'vitest';
import { highlightRanges } from '../../../shared/search';

/** The marked words, as the UI would cut them out. */
const marked = (query: string, display: string) => highlightRanges(query, display).map((r) => display.slice(r.start, r.end));

describe('highlightRanges', () => {
  it('marks the words a query matched, in any script, under the same fold as search', () => {
    const display = 'İntiqam Əliyev (Интигам Алиев), Quliyev';
    expect(marked('aliev', display)).toEqual(['Əliyev', 'Алиев']);
    expect(marked('int', display)).toEqual(['İntiqam', 'Интигам']);
    expect(marked('Интигам Aliyev', display)).toEqual(['İntiqam', 'Əliyev', 'Интигам', 'Алиев']);
  });

  it('marks whole words for prefix matches, including pending digraphs', () => {
    expect(marked('Mus', 'Muşfiq Musayev Mammadov')).toEqual(['Muşfiq', 'Musayev']);
    expect(highlightRanges('al', 'Əliyev')).toEqual([{ start: 0, end: 6 }]);
  });

  it('counts offsets in UTF-16 code units, past astral characters and combining marks', () => {
    const display = '🙂 I\u0307ntiqam, 𝒜 Əliyev';
    expect(marked('intiqam aliyev', display)).toEqual(['I\u0307ntiqam', 'Əliyev']);
  });

  it('marks nothing for an empty query or one that matches nothing', () => {
    expect(highlightRanges('', 'Əliyev')).toEqual([]);
    expect(highlightRanges('  - ', 'Əliyev')).toEqual([]);
    expect(highlightRanges('Məmmədov', 'Əliyev')).toEqual([]);
    expect(highlightRanges('aliyev', '')).toEqual([]);
  });

  it('survives hostile input', () => {
    expect(() => highlightRanges('\uD800'.repeat(10_000), '\u0000Əli\uD800yev'.repeat(1000))).not.toThrow();
    expect(marked('ali', '\u0000Əli\uD800yev\u0007')).toEqual(['Əli']);
  });
});

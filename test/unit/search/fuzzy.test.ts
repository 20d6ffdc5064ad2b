import { describe, expect, it } from 'vitest';
import { allowedEdits, damerauLevenshtein, prefixDistance } from '../../../shared/search/fuzzy';
import { queryWords, snippetParts } from '../../../shared/search/search';

describe('typo-tolerant name matching', () => {
  it('counts edits with adjacent transpositions, stopping above the bound', () => {
    expect(damerauLevenshtein('volkov', 'volkov', 2)).toBe(0);
    expect(damerauLevenshtein('volkov', 'vlokov', 2)).toBe(1);
    expect(damerauLevenshtein('ivanof', 'ivanov', 2)).toBe(1);
    expect(damerauLevenshtein('abc', 'xyzxyz', 2)).toBe(3);
  });

  it('matches a typed word against the prefix of a name term', () => {
    expect(prefixDistance('ivanof', 'ivanov', allowedEdits('ivanof'))).toBe(1);
    expect(prefixDistance('ivanof', 'ivanoff', 2)).toBe(0);
    expect(prefixDistance('volkv', 'volkov', allowedEdits('volkv'))).toBe(1);
    expect(prefixDistance('волков', 'волкова', 2)).toBe(0);
    expect(prefixDistance('волкв', 'волков', 1)).toBe(1);
    expect(prefixDistance('smith', 'volkov', 1)).toBeGreaterThan(1);
    expect(allowedEdits('iv')).toBe(0);
    expect(prefixDistance('iv', 'ivanov', 0)).toBe(0);
    expect(prefixDistance('iw', 'ivanov', 0)).toBe(1);
  });

  it('folds query words and splits snippets into highlighted parts', () => {
    expect(queryWords('  Łukasz  GÖKHAN-a12 ')).toEqual(['lukasz', 'gokhan', 'a12']);
    expect(snippetParts('a \u0002b\u0003 c')).toEqual([
      { text: 'a ', highlight: false },
      { text: 'b', highlight: true },
      { text: ' c', highlight: false },
    ]);
  });
});

/**
 * Typo tolerance for names: INTERPOL notices, U.S. papers and the client spell the same name differently
 * (Ivanov, Ivanoff, Iwanow), and the attorney types fast. Pure, so it is unit-tested apart from the vault.
 */

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions), stopping above `max`. */
export function damerauLevenshtein(a: string, b: string, max: number): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > max) return max + 1;
  const width = t.length + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: width }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let value = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        value = Math.min(value, (prevPrev[j - 2] as number) + 1);
      }
      row.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[t.length] as number;
}

/** Edits allowed for a typed word: none for very short words, one up to five letters, two beyond. */
export function allowedEdits(word: string): number {
  const length = [...word].length;
  if (length < 3) return 0;
  return length <= 5 ? 1 : 2;
}

/**
 * How far a typed (folded) word is from being a prefix of a (folded) name term: the smallest distance between the
 * word and the term's prefixes one letter shorter, as long, or one letter longer than the word. So "ivanof" finds
 * Ivanov (1) and Ivanoff (0), "volkv" finds Volkov (1). Returns `max + 1` when it is further than `max`.
 */
export function prefixDistance(word: string, term: string, max: number): number {
  const w = [...word];
  const t = [...term];
  if (t.length >= w.length && t.slice(0, w.length).join('') === word) return 0;
  if (max === 0) return 1;
  let best = max + 1;
  for (let length = w.length - 1; length <= w.length + 1; length++) {
    if (length < 1) continue;
    const prefix = t.slice(0, length).join('');
    best = Math.min(best, damerauLevenshtein(word, prefix, max));
    if (best === 0) break;
  }
  return best;
}

/**
 * Folds text for matching: lower case, accents stripped (Łukasz → lukasz, Gökhan → gokhan), so that a search typed
 * on an English keyboard finds a name spelt in its own alphabet's Latin form. Other scripts pass through unchanged.
 */
export function foldForSearch(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ø/g, 'o')
    .replace(/Ø/g, 'O')
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function searchWords(query: string): string[] {
  return foldForSearch(query)
    .split(' ')
    .filter((w) => w.length > 0)
    .slice(0, 8);
}

// Dyads are unordered pairs (methodology.md, Inputs): one canonical order and slug per pair.

/** The pair's codes in canonical (alphabetical) order. */
export function orderPair(x: string, y: string): [string, string] {
  const a = x.toUpperCase();
  const b = y.toUpperCase();
  if (a === b) throw new RangeError(`A dyad needs two different actors; got ${a} twice.`);
  return a < b ? [a, b] : [b, a];
}

/** Both codes lower-cased, sorted alphabetically, joined by "-": ("USA", "RUS") → "rus-usa". */
export function dyadSlug(x: string, y: string): string {
  return orderPair(x, y).join("-").toLowerCase();
}

// A methodology version's parameters (methodology.md, Inputs): every computation takes them as an
// input, so a release computed with one version can be recomputed exactly after defaults change.

export interface Methodology {
  /** H: days for a day's pressure to halve. */
  halfLifeDays: number;
  /** K: the pressure at which the index reaches 50 + 50·tanh(1) ≈ 88. */
  scale: number;
}

export const RTI_1: Methodology = { halfLifeDays: 30, scale: 20 };

/** Fails loudly rather than filling a release with NaN or Infinity. */
export function checkMethodology(m: Methodology): void {
  if (!(Number.isFinite(m.halfLifeDays) && m.halfLifeDays > 0)) {
    throw new RangeError(`The half-life must be a positive number of days; got ${m.halfLifeDays}.`);
  }
  if (!(Number.isFinite(m.scale) && m.scale > 0)) throw new RangeError(`The scale must be a positive number; got ${m.scale}.`);
}

/** r = 2^(−1/H): what is left of a day's pressure one day later. */
export function decayFactor(m: Methodology): number {
  return 2 ** (-1 / m.halfLifeDays);
}

/** T = 50 + 50·tanh(P/K). In float64 it reaches exactly 0 or 100 once |P| ≳ 19·K. */
export function indexValue(pressure: number, m: Methodology): number {
  return 50 + 50 * Math.tanh(pressure / m.scale);
}

// The five bands of the index (methodology.md, Formulas): each covers [from, to).

export type Band = "friendly" | "cordial" | "normal" | "tense" | "hostile";

export const BANDS: { band: Band; from: number; to: number; label: string }[] = [
  { band: "friendly", from: 0, to: 20, label: "Friendly" },
  { band: "cordial", from: 20, to: 40, label: "Cordial" },
  { band: "normal", from: 40, to: 60, label: "Normal" },
  { band: "tense", from: 60, to: 80, label: "Tense" },
  { band: "hostile", from: 80, to: 100, label: "Hostile" },
];

/** The band of an index value; 100 itself (float64 saturation) is hostile. */
export function band(value: number): Band {
  if (!(value >= 0 && value <= 100)) throw new RangeError(`An index value lies in [0, 100]; got ${value}.`);
  return (BANDS.find((b) => value < b.to) ?? BANDS[BANDS.length - 1]!).band;
}

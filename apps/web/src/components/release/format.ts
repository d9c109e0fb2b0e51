// How index figures read on screen. The API keeps float64; people read two decimals
// (methodology.md), so rounding happens here and nowhere earlier.
import { BANDS, type Band } from "@rti/engine";

export const formatValue = (value: number) => value.toFixed(2);

/** Signed with a real minus sign ("+3.20", "−1.05"); "0.00" when it rounds away. */
export function formatDelta(delta: number): string {
  const size = Math.abs(delta).toFixed(2);
  if (size === "0.00") return size;
  return `${delta > 0 ? "+" : "−"}${size}`;
}

export const bandLabel = (band: Band) => BANDS.find((b) => b.band === band)?.label ?? band;

export const dyadName = (d: { actorA: { name: string }; actorB: { name: string } }) => `${d.actorA.name} – ${d.actorB.name}`;

/** "R3", or "Draft" before a release has a number. */
export const releaseName = (r: { number: number | null }) => (r.number === null ? "Draft" : `R${r.number}`);

// Per-dyad figures of a release: latest value, 7- and 30-day change, and how far the index
// moved against the previous release.
import type { DyadSeries } from "@rti/engine";
import type { StoredPoint } from "./series-store";

/** Before a dyad's first event its pressure is 0, so its index is the neutral 50. */
export const NEUTRAL = 50;

export function valueOn(s: { startDay: number; value: ArrayLike<number> }, day: number): number {
  const i = day - s.startDay;
  if (i < 0) return NEUTRAL;
  return s.value[Math.min(i, s.value.length - 1)] ?? NEUTRAL;
}

export function latestFigures(s: DyadSeries) {
  const value = valueOn(s, s.endDay);
  return { value, change7: value - valueOn(s, s.endDay - 7), change30: value - valueOn(s, s.endDay - 30) };
}

export interface LargestChange {
  day: number;
  before: number;
  after: number;
  delta: number;
}

/**
 * The day, among those both releases cover, on which the new series differs most from the
 * previous release's. Null for a dyad new in this release or dropped from it.
 */
export function largestChange(next: DyadSeries | null, previous: StoredPoint[]): LargestChange | null {
  const first = previous[0];
  const last = previous.at(-1);
  if (!next || !first || !last) return null;
  const before = new Map(previous.map((p) => [p.day, p.value]));
  let best: LargestChange | null = null;
  for (let d = Math.min(next.startDay, first.day); d <= Math.min(next.endDay, last.day); d++) {
    const was = before.get(d) ?? NEUTRAL;
    const now = valueOn(next, d);
    if (!best || Math.abs(now - was) > Math.abs(best.delta)) best = { day: d, before: was, after: now, delta: now - was };
  }
  return best && best.delta !== 0 ? best : null;
}

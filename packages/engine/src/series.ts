// A dyad's daily series and the recursion that fills it (methodology.md, Formulas).
import type { DyadInfo, EventColumns } from "./columns";
import { decayFactor, indexValue, type Methodology } from "./methodology";

export interface DyadSeries {
  /** Slug from dyadSlug(source, target). */
  dyad: string;
  /** Canonical order (orderPair). */
  actorA: string;
  actorB: string;
  /** First event day of the dyad among events on or before the as-of day. */
  startDay: number;
  /** The as-of day; length = endDay − startDay + 1. */
  endDay: number;
  /** T_d, the index. */
  value: Float64Array;
  /** P_d = C_d − Q_d. */
  pressure: Float64Array;
  /** C_d: pressure of conflict events (g < 0) alone. */
  conflict: Float64Array;
  /** Q_d: pressure of cooperation events (g > 0) alone, as a positive number. */
  cooperation: Float64Array;
  /** Directed pressure of the events with source = actorA; aToB + bToA = P. */
  aToB: Float64Array;
  bToA: Float64Array;
  /** Number of events on each day. */
  events: Uint32Array;
}

/** A zero-filled series for days startDay … endDay (none when startDay > endDay). */
export function allocateSeries({ dyad, actorA, actorB }: DyadInfo, startDay: number, endDay: number): DyadSeries {
  const n = Math.max(0, endDay - startDay + 1);
  return {
    dyad,
    actorA,
    actorB,
    startDay,
    endDay,
    value: new Float64Array(n),
    pressure: new Float64Array(n),
    conflict: new Float64Array(n),
    cooperation: new Float64Array(n),
    aToB: new Float64Array(n),
    bToA: new Float64Array(n),
    events: new Uint32Array(n),
  };
}

/**
 * Adds the impulses of rows lo … hi − 1 (one dyad's, all on days ≥ startDay + from) and runs the
 * recursions from index `from` on. Entries before `from` must already hold finished values;
 * entries from `from` on must be zero.
 */
export function fillSeries(s: DyadSeries, c: EventColumns, lo: number, hi: number, from: number, m: Methodology): void {
  const { pressure, conflict, cooperation, aToB, bToA, events, value, startDay } = s;
  const { day, impulse, fromA } = c;
  for (let j = lo; j < hi; j++) {
    const i = day[j]! - startDay;
    const x = impulse[j]!;
    pressure[i]! += x;
    if (x > 0) conflict[i]! += x;
    else if (x < 0) cooperation[i]! -= x;
    if (fromA[j]) aToB[i]! += x;
    else bToA[i]! += x;
    events[i]!++;
  }
  // Each entry holds x_d here; P_d = P_{d−1}·r + x_d (P = 0 before the first day).
  const r = decayFactor(m);
  if (from === 0 && value.length > 0) value[0] = indexValue(pressure[0]!, m);
  for (let i = Math.max(from, 1); i < value.length; i++) {
    pressure[i]! += pressure[i - 1]! * r;
    conflict[i]! += conflict[i - 1]! * r;
    cooperation[i]! += cooperation[i - 1]! * r;
    aToB[i]! += aToB[i - 1]! * r;
    bToA[i]! += bToA[i - 1]! * r;
    value[i] = indexValue(pressure[i]!, m);
  }
}

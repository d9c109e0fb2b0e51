// "What moved it": each event's share of a day's pressure. An event's contribution to P_d is its
// impulse decayed over the days since, w·(−g)·2^(−(d − d_e)/H); P_d is the sum of them all.
import { computeDyad } from "./compute";
import { impulseOf, type EngineEvent } from "./event";
import { indexValue, type Methodology } from "./methodology";

export interface Contribution {
  eventId: string;
  day: number;
  /** Signed contribution to P_d. */
  pressure: number;
  /** |contribution| / Σ|contributions| over all the dyad's events up to the day, 0 … 1. */
  share: number;
}

export interface Explanation {
  day: number;
  /** P_d and T_d exactly as the dyad's series has them. */
  pressure: number;
  value: number;
  /** Biggest |contribution| first; events that contribute nothing (g = 0) are left out. */
  contributions: Contribution[];
}

/** The `limit` events of one dyad that contribute most to its value on `day`. */
export function explain(dyadEvents: EngineEvent[], day: number, m: Methodology, limit = 10): Explanation {
  const series = computeDyad(dyadEvents, day, m);
  const pressure = series ? series.pressure[series.pressure.length - 1]! : 0;
  const all: Contribution[] = [];
  let total = 0;
  for (const e of dyadEvents) {
    const x = impulseOf(e);
    if (e.day > day || x === 0) continue;
    const contribution = x * 2 ** (-(day - e.day) / m.halfLifeDays);
    all.push({ eventId: e.id, day: e.day, pressure: contribution, share: 0 });
    total += Math.abs(contribution);
  }
  for (const c of all) c.share = Math.abs(c.pressure) / total;
  // Ties (equal events) go to the later, then by id, so the answer does not depend on input order.
  all.sort((x, y) => Math.abs(y.pressure) - Math.abs(x.pressure) || y.day - x.day || (x.eventId < y.eventId ? -1 : x.eventId > y.eventId ? 1 : 0));
  return { day, pressure, value: indexValue(pressure, m), contributions: all.slice(0, Math.max(0, limit)) };
}

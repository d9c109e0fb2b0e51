// Full computation: one dyad, or every dyad streamed one at a time so that a caller writing
// series to a database never holds them all (1,000 dyads × 20 years ≈ 400 MB of series).
import { toColumns, type EventColumns } from "./columns";
import type { EngineEvent } from "./event";
import { checkMethodology, type Methodology } from "./methodology";
import { allocateSeries, fillSeries, type DyadSeries } from "./series";

/** The series of dyad k of the columns, from its first event to the as-of day. */
export function seriesOf(c: EventColumns, k: number, asOfDay: number, m: Methodology): DyadSeries {
  const lo = c.offsets[k]!;
  const hi = c.offsets[k + 1]!;
  const s = allocateSeries(c.dyads[k]!, c.day[lo]!, asOfDay);
  fillSeries(s, c, lo, hi, 0, m);
  return s;
}

/** The dyad's series, or null when none of its events falls on or before asOfDay. Throws if the events span several dyads. */
export function computeDyad(events: EngineEvent[], asOfDay: number, m: Methodology): DyadSeries | null {
  checkMethodology(m);
  const c = toColumns(events, asOfDay);
  if (c.dyads.length > 1) throw new RangeError(`computeDyad takes the events of one dyad; got ${c.dyads.map((d) => d.dyad).join(", ")}.`);
  return c.dyads.length === 0 ? null : seriesOf(c, 0, asOfDay, m);
}

/** Every dyad's series, one at a time in slug order; a series is garbage once the caller drops it. */
export function* iterateDyads(events: EngineEvent[], asOfDay: number, m: Methodology): Generator<DyadSeries, void, undefined> {
  checkMethodology(m);
  const c = toColumns(events, asOfDay);
  for (let k = 0; k < c.dyads.length; k++) yield seriesOf(c, k, asOfDay, m);
}

/** Streaming: hands each dyad's series to `visit` in slug order. (Use iterateDyads to await between dyads.) */
export function forEachDyad(events: EngineEvent[], asOfDay: number, m: Methodology, visit: (s: DyadSeries) => void): void {
  for (const s of iterateDyads(events, asOfDay, m)) visit(s);
}

/** Every dyad's series at once, keyed by slug (holds them all in memory). */
export function computeAll(events: EngineEvent[], asOfDay: number, m: Methodology): Map<string, DyadSeries> {
  const all = new Map<string, DyadSeries>();
  for (const s of iterateDyads(events, asOfDay, m)) all.set(s.dyad, s);
  return all;
}

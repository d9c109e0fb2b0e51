// Incremental update: after one event is added, changed or removed, only its dyad from the
// earliest affected day on needs computing; the days before are copied from the previous series.
import { toColumns } from "./columns";
import { seriesOf } from "./compute";
import type { EngineEvent } from "./event";
import { checkMethodology, type Methodology } from "./methodology";
import { allocateSeries, fillSeries, type DyadSeries } from "./series";

const ARRAYS = ["value", "pressure", "conflict", "cooperation", "aToB", "bToA", "events"] as const;

/**
 * The dyad's series with its events now `dyadEvents`, as of previous.endDay. `fromDay` must be on
 * or before the earliest day whose events changed (for a changed event, the earlier of its old and
 * new day); days before it are taken from `previous`. Equal, bit for bit, to computeDyad on
 * dyadEvents. When no event is left on or before the as-of day, the series is empty
 * (startDay = endDay + 1, zero-length arrays).
 */
export function updateDyad(previous: DyadSeries, dyadEvents: EngineEvent[], fromDay: number, m: Methodology): DyadSeries {
  checkMethodology(m);
  if (!Number.isInteger(fromDay)) throw new RangeError(`fromDay must be a whole day number; got ${fromDay}.`);
  const asOfDay = previous.endDay;
  const c = toColumns(dyadEvents, asOfDay);
  const info = c.dyads[0];
  if (!info) return allocateSeries(previous, asOfDay + 1, asOfDay);
  if (c.dyads.length > 1 || info.dyad !== previous.dyad) {
    throw new RangeError(`updateDyad takes the events of ${previous.dyad} only; got ${c.dyads.map((d) => d.dyad).join(", ")}.`);
  }
  const startDay = c.day[0]!;
  // If the first event day changed, that change lies on or after fromDay, so fromDay ≤ startDay:
  // the series shifts and there is nothing to reuse.
  if (fromDay <= startDay) return seriesOf(c, 0, asOfDay, m);

  const s = allocateSeries(info, startDay, asOfDay);
  const from = fromDay - startDay; // past the end when fromDay > asOf: all copied
  for (const key of ARRAYS) s[key].set(previous[key].subarray(0, from));
  let lo = 0;
  while (lo < c.day.length && c.day[lo]! < fromDay) lo++;
  fillSeries(s, c, lo, c.day.length, from, m);
  return s;
}

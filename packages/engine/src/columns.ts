// Events → typed columns sorted by dyad, day and impulse, so that computing a dyad is one pass
// over a contiguous slice with no objects and no per-day allocation.
import { dyadSlug, orderPair } from "./dyad";
import { impulseOf, type EngineEvent } from "./event";

export interface DyadInfo {
  dyad: string;
  actorA: string;
  actorB: string;
}

export interface EventColumns {
  /** The dyads with an event on or before the as-of day, in slug order. */
  dyads: DyadInfo[];
  /** Dyad k's events are rows offsets[k] … offsets[k + 1] − 1. */
  offsets: Int32Array;
  day: Int32Array;
  /** w·(−g). */
  impulse: Float64Array;
  /** 1 when the event's source is the dyad's actorA. */
  fromA: Uint8Array;
}

/** Stable counting sort of the rows listed in `order` by keys[row], a key in 0 … buckets − 1. */
function sortRows(order: Int32Array, keys: Int32Array, buckets: number): Int32Array {
  const start = new Int32Array(buckets + 1);
  for (let i = 0; i < order.length; i++) start[keys[order[i]!]! + 1]!++;
  for (let b = 0; b < buckets; b++) start[b + 1]! += start[b]!;
  const sorted = new Int32Array(order.length);
  for (let i = 0; i < order.length; i++) {
    const row = order[i]!;
    sorted[start[keys[row]!]!++] = row;
  }
  return sorted;
}

/** Keeps the events on or before asOfDay; throws on an invalid event or an actor paired with itself. */
export function toColumns(events: EngineEvent[], asOfDay: number): EventColumns {
  if (!Number.isInteger(asOfDay)) throw new RangeError(`The as-of day must be a whole day number; got ${asOfDay}.`);
  // Pair lookup on the raw codes, so orderPair and the slug run once per pair, not per event.
  const pairCodes = new Map<string, Map<string, number>>();
  const slugIndex = new Map<string, number>();
  const found: DyadInfo[] = [];
  const pairCode = (source: string, target: string): number => {
    let byTarget = pairCodes.get(source);
    if (!byTarget) pairCodes.set(source, (byTarget = new Map()));
    let code = byTarget.get(target);
    if (code === undefined) {
      const [actorA, actorB] = orderPair(source, target);
      const dyad = dyadSlug(actorA, actorB);
      let k = slugIndex.get(dyad);
      if (k === undefined) {
        slugIndex.set(dyad, (k = found.length));
        found.push({ dyad, actorA, actorB });
      }
      code = 2 * k + (source.toUpperCase() === actorA ? 1 : 0);
      byTarget.set(target, code);
    }
    return code;
  };

  const rows = new Int32Array(events.length);
  let kept = 0;
  const day = new Int32Array(events.length);
  const impulse = new Float64Array(events.length);
  const code = new Int32Array(events.length);
  let firstDay = asOfDay;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    impulse[i] = impulseOf(e);
    if (e.day > asOfDay) continue;
    rows[kept++] = i;
    day[i] = e.day;
    code[i] = pairCode(e.source, e.target);
    if (e.day < firstDay) firstDay = e.day;
  }

  // Number the dyads in slug order, then sort rows by day and (stably) by dyad: LSD radix sort.
  const bySlug = found.map((_, k) => k).sort((x, y) => (found[x]!.dyad < found[y]!.dyad ? -1 : 1));
  const rank = new Int32Array(found.length);
  bySlug.forEach((k, r) => (rank[k] = r));
  const dayKey = new Int32Array(events.length);
  const dyadKey = new Int32Array(events.length);
  for (let r = 0; r < kept; r++) {
    const i = rows[r]!;
    dayKey[i] = day[i]! - firstDay;
    dyadKey[i] = rank[code[i]! >> 1]!;
  }
  const sorted = sortRows(sortRows(rows.subarray(0, kept), dayKey, asOfDay - firstDay + 1), dyadKey, found.length);

  const columns: EventColumns = {
    dyads: bySlug.map((k) => found[k]!),
    offsets: new Int32Array(found.length + 1),
    day: new Int32Array(sorted.length),
    impulse: new Float64Array(sorted.length),
    fromA: new Uint8Array(sorted.length),
  };
  for (let j = 0; j < sorted.length; j++) {
    const i = sorted[j]!;
    columns.day[j] = day[i]!;
    columns.impulse[j] = impulse[i]!;
    columns.fromA[j] = code[i]! & 1;
    columns.offsets[dyadKey[i]! + 1]!++;
  }
  for (let k = 0; k < found.length; k++) columns.offsets[k + 1]! += columns.offsets[k]!;
  sortSameDayByImpulse(columns);
  return columns;
}

/**
 * Float addition is not associative: summing a day's impulses in arrival order would let the
 * last digits depend on the order the database returned the events in. Ascending impulse order
 * makes every sum (P, C, Q, directed) a function of the events alone, bit for bit.
 * Runs of one day are short, so insertion sort is linear in practice.
 */
function sortSameDayByImpulse({ offsets, day, impulse, fromA }: EventColumns): void {
  for (let k = 0; k + 1 < offsets.length; k++) {
    for (let i = offsets[k]! + 1; i < offsets[k + 1]!; i++) {
      const d = day[i]!;
      const x = impulse[i]!;
      const a = fromA[i]!;
      let j = i - 1;
      for (; j >= offsets[k]! && day[j] === d && impulse[j]! > x; j--) {
        impulse[j + 1] = impulse[j]!;
        fromA[j + 1] = fromA[j]!;
      }
      impulse[j + 1] = x;
      fromA[j + 1] = a;
    }
  }
}

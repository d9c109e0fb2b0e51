// Engine benchmark (`npx tsx scripts/bench/engine.ts`): full recompute of 1,000 dyads × 20 years
// from 1,000,000 seeded synthetic events, against a bare typed-array loop over the same data,
// then incremental updates of one event, then peak memory. One line per figure.
import os from "node:os";
import { computeDyad, dyadSlug, forEachDyad, mulberry32, RTI_1, syntheticEvents, updateDyad, type EngineEvent } from "@rti/engine";

const DYADS = 1_000;
const EVENTS = 1_000_000;
const DAYS = 7_305; // 20 years
const FROM_DAY = 10_957; // 2000-01-01
const AS_OF = FROM_DAY + DAYS - 1;
const RUNS = 5;
const UPDATES = 201;

const fmt = (n: number) => n.toLocaleString("en-US");
const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const line = (label: string, value: string) => console.log(`${label}: ${value}`);

/** Best wall time in ms of `runs` calls after one warm-up; returns it with the last result. */
function best<T>(runs: number, f: () => T): { ms: number; result: T } {
  let result = f();
  let ms = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    result = f();
    ms = Math.min(ms, performance.now() - t);
  }
  return { ms, result };
}

line("cores", String(os.availableParallelism()));

const t = performance.now();
const events = syntheticEvents({ seed: 2024, dyads: DYADS, events: EVENTS, fromDay: FROM_DAY, days: DAYS });
line("synthetic data", `${fmt(EVENTS)} events, ${fmt(DYADS)} dyads, ${fmt(DAYS)} days, built in ${(performance.now() - t).toFixed(0)} ms`);
line("resident memory holding the events", megabytes(process.memoryUsage().rss));

// The engine, streaming: each dyad's series is dropped once visited, as a database writer would.
const engine = best(RUNS, () => {
  let checksum = 0;
  let dyadDays = 0;
  forEachDyad(events, AS_OF, RTI_1, (s) => {
    checksum += s.pressure[s.pressure.length - 1]!;
    dyadDays += s.value.length;
  });
  return { checksum, dyadDays };
});
line(`full recompute, forEachDyad (best of ${RUNS})`, `${engine.ms.toFixed(0)} ms for ${fmt(engine.result.dyadDays)} dyad-days`);
line("peak RSS so far (events + full recomputes)", megabytes(process.resourceUsage().maxRSS * 1024));

// The bare loop gets the events already as typed columns sorted by dyad and day (built here,
// untimed) and computes the same six series into buffers it reuses: the floor for this work.
const byDyad = new Map<string, EngineEvent[]>();
for (const e of events) {
  const slug = dyadSlug(e.source, e.target);
  const list = byDyad.get(slug) ?? [];
  if (list.length === 0) byDyad.set(slug, list);
  list.push(e);
}
const dyadLists = [...byDyad.values()].map((list) => list.sort((x, y) => x.day - y.day));
const offsets = new Int32Array(dyadLists.length + 1);
const day = new Int32Array(EVENTS);
const impulse = new Float64Array(EVENTS);
const fromA = new Uint8Array(EVENTS);
let row = 0;
dyadLists.forEach((list, k) => {
  const actorA = list[0]!.source < list[0]!.target ? list[0]!.source : list[0]!.target;
  for (const e of list) {
    day[row] = e.day;
    impulse[row] = e.weight * -e.intensity;
    fromA[row++] = e.source === actorA ? 1 : 0;
  }
  offsets[k + 1] = row;
});

function bareLoop(): number {
  const r = 2 ** (-1 / RTI_1.halfLifeDays);
  const k = RTI_1.scale;
  const n = DAYS;
  const [p, c, q, ab, ba, v] = Array.from({ length: 6 }, () => new Float64Array(n));
  const count = new Uint32Array(n);
  let checksum = 0;
  for (let d = 0; d + 1 < offsets.length; d++) {
    const lo = offsets[d]!;
    const start = day[lo]!;
    const len = AS_OF - start + 1;
    for (const a of [p, c, q, ab, ba, v]) a!.fill(0, 0, len);
    count.fill(0, 0, len);
    for (let j = lo; j < offsets[d + 1]!; j++) {
      const i = day[j]! - start;
      const x = impulse[j]!;
      p![i]! += x;
      if (x > 0) c![i]! += x;
      else if (x < 0) q![i]! -= x;
      if (fromA[j]) ab![i]! += x;
      else ba![i]! += x;
      count[i]!++;
    }
    v![0] = 50 + 50 * Math.tanh(p![0]! / k);
    for (let i = 1; i < len; i++) {
      p![i]! += p![i - 1]! * r;
      c![i]! += c![i - 1]! * r;
      q![i]! += q![i - 1]! * r;
      ab![i]! += ab![i - 1]! * r;
      ba![i]! += ba![i - 1]! * r;
      v![i] = 50 + 50 * Math.tanh(p![i]! / k);
    }
    checksum += p![len - 1]!;
  }
  return checksum;
}
const bare = best(RUNS, bareLoop);
if (Math.abs(bare.result - engine.result.checksum) > 1e-6 * Math.abs(bare.result)) {
  throw new Error(`The bare loop and the engine disagree: ${bare.result} vs ${engine.result.checksum}.`);
}
line(`bare typed-array loop (best of ${RUNS})`, `${bare.ms.toFixed(0)} ms`);
line("ratio engine / bare loop", `${(engine.ms / bare.ms).toFixed(1)}×`);

// Incremental: one event of a random dyad gets a new intensity and day; time updateDyad alone.
const pick = mulberry32(7);
const times: number[] = [];
for (let u = 0; u < UPDATES; u++) {
  const list = dyadLists[Math.floor(pick() * dyadLists.length)]!;
  const i = Math.floor(pick() * list.length);
  const old = list[i]!;
  const changed = { ...old, intensity: -old.intensity, day: Math.min(AS_OF, old.day + Math.floor(pick() * 30)) };
  const previous = computeDyad(list, AS_OF, RTI_1)!;
  const next = list.with(i, changed);
  const start = performance.now();
  updateDyad(previous, next, Math.min(old.day, changed.day), RTI_1);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
line(`incremental update of one event (median of ${UPDATES})`, `${times[UPDATES >> 1]!.toFixed(2)} ms (slowest ${times[UPDATES - 1]!.toFixed(2)} ms)`);

line("peak RSS (whole benchmark)", megabytes(process.resourceUsage().maxRSS * 1024));

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeAll, computeDyad, forEachDyad, iterateDyads } from "./compute";
import type { EngineEvent } from "./event";
import { RTI_1 } from "./methodology";
import type { DyadSeries } from "./series";
import { asOfDay, conflictShape, dyadEvents, eventShape, LAST_DAY, toEvent, valueOn } from "./testing";

const event = (id: string, day: number, intensity: number, source = "RUS", target = "USA", weight = 1): EngineEvent => ({
  id,
  day,
  source,
  target,
  intensity,
  weight,
});

const flip = (e: EngineEvent): EngineEvent => ({ ...e, source: e.target, target: e.source });
const undirected = (s: DyadSeries | null) => s && { ...s, aToB: undefined, bToA: undefined };

describe("the worked example (methodology.md)", () => {
  const single = computeDyad([event("161", 0, -4)], 60, RTI_1)!;

  it("one g = −4 event: P halves every 30 days, T as printed", () => {
    for (const [day, p, t] of [
      [0, 4, "59.87"],
      [30, 2, "54.98"],
      [60, 1, "52.50"],
    ] as const) {
      expect(single.pressure[day]).toBeCloseTo(p, 12);
      expect(single.value[day]!.toFixed(2)).toBe(t);
    }
  });

  it("adding a g = +1 event on day 0 gives x₀ = 3 and T₀ = 57.44", () => {
    const both = computeDyad([event("161", 0, -4), event("041", 0, 1, "USA", "RUS")], 60, RTI_1)!;
    expect(both.pressure[0]).toBe(3);
    expect(both.value[0]!.toFixed(2)).toBe("57.44");
  });

  it("splits the example into its components and directions", () => {
    const both = computeDyad([event("161", 0, -4), event("041", 0, 1, "USA", "RUS")], 60, RTI_1)!;
    expect([both.conflict[0], both.cooperation[0], both.aToB[0], both.bToA[0], both.events[0]]).toEqual([4, 1, 4, -1, 2]);
    expect(both.conflict[30]).toBeCloseTo(2, 12);
    expect(both.cooperation[30]).toBeCloseTo(0.5, 12);
  });

  it("runs from the first event day to the as-of day inclusive", () => {
    expect([single.dyad, single.actorA, single.actorB, single.startDay, single.endDay, single.value.length]).toEqual(["rus-usa", "RUS", "USA", 0, 60, 61]);
  });
});

describe("computeDyad", () => {
  it("ignores events after the as-of day and starts at the first event on or before it", () => {
    const s = computeDyad([event("late", 50, -10), event("a", 12, -2), event("b", 20, 3)], 40, RTI_1)!;
    expect([s.startDay, s.endDay]).toEqual([12, 40]);
    expect(s.events.reduce((a, b) => a + b, 0)).toBe(2);
    expect(computeDyad([event("late", 50, -10)], 40, RTI_1)).toBeNull();
    expect(computeDyad([], 40, RTI_1)).toBeNull();
  });

  it("takes actor codes in any case and refuses events of two dyads", () => {
    const s = computeDyad([event("a", 0, -2, "rus", "usa"), event("b", 0, -2, "USA", "Rus")], 0, RTI_1)!;
    expect([s.dyad, s.actorA, s.actorB, s.aToB[0], s.bToA[0]]).toEqual(["rus-usa", "RUS", "USA", 2, 2]);
    expect(() => computeDyad([event("a", 0, -2), event("b", 0, -2, "CHN", "USA")], 0, RTI_1)).toThrow(/one dyad; got chn-usa, rus-usa/);
  });

  it("stays in (0, 100) wherever float64 can tell T from its bounds, and in [0, 100] always", () => {
    fc.assert(
      fc.property(dyadEvents(), asOfDay, (events, asOf) => {
        const s = computeDyad(events, asOf, RTI_1);
        s?.value.forEach((t, i) => {
          expect(t).toBeGreaterThanOrEqual(0);
          expect(t).toBeLessThanOrEqual(100);
          if (Math.abs(s.pressure[i]!) < 18 * RTI_1.scale) expect(t > 0 && t < 100).toBe(true);
        });
      }),
    );
  });

  it("equals the closed form: P_d = Σ w·(−g)·2^(−(d − d_e)/H), with C − Q and A→B + B→A adding up to P", () => {
    fc.assert(
      fc.property(dyadEvents(), asOfDay, (events, asOf) => {
        const s = computeDyad(events, asOf, RTI_1);
        if (!s) return;
        for (let i = 0; i < s.value.length; i++) {
          const day = s.startDay + i;
          const decayed = events.filter((e) => e.day <= day).map((e) => e.weight * -e.intensity * 2 ** (-(day - e.day) / 30));
          const closed = decayed.reduce((a, b) => a + b, 0);
          const tolerance = 1e-9 * (1 + decayed.reduce((a, b) => a + Math.abs(b), 0));
          expect(Math.abs(s.pressure[i]! - closed)).toBeLessThan(tolerance);
          expect(Math.abs(s.conflict[i]! - s.cooperation[i]! - s.pressure[i]!)).toBeLessThan(tolerance);
          expect(Math.abs(s.aToB[i]! + s.bToA[i]! - s.pressure[i]!)).toBeLessThan(tolerance);
          expect(s.conflict[i]).toBeGreaterThanOrEqual(0);
          expect(s.cooperation[i]).toBeGreaterThanOrEqual(0);
          expect(s.events[i]).toBe(events.filter((e) => e.day === day).length);
        }
      }),
    );
  });

  it("never lowers any later value when a conflict event is added, and leaves earlier days alone", () => {
    fc.assert(
      fc.property(dyadEvents(), conflictShape, asOfDay, (events, added, asOf) => {
        const before = computeDyad(events, asOf, RTI_1);
        const after = computeDyad([...events, toEvent(added, "added")], asOf, RTI_1);
        for (let day = Math.min(added.day, before?.startDay ?? added.day); day <= asOf; day++) {
          if (day < added.day) expect(valueOn(after, day)).toBe(valueOn(before, day));
          else expect(valueOn(after, day)).toBeGreaterThanOrEqual(valueOn(before, day));
        }
      }),
    );
  });

  it("counts events the same in either direction: only the directed pressures tell them apart", () => {
    fc.assert(
      fc.property(dyadEvents(), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), asOfDay, (events, flips, asOf) => {
        const original = computeDyad(events, asOf, RTI_1);
        const someFlipped = computeDyad(events.map((e, i) => (flips[i] ? flip(e) : e)), asOf, RTI_1);
        expect(undirected(someFlipped)).toEqual(undirected(original));
        const allFlipped = computeDyad(events.map(flip), asOf, RTI_1);
        expect(allFlipped?.aToB).toEqual(original?.bToA);
        expect(allFlipped?.bToA).toEqual(original?.aToB);
      }),
    );
  });

  it("gives bit-identical series whatever order the events arrive in", () => {
    // Few days and many events, so that days carry three or more events, whose float sum depends on order.
    const crowded = fc.array(eventShape(), { minLength: 3, maxLength: 60 }).map((shapes) => shapes.map((s, i) => toEvent({ ...s, day: s.day % 5 }, `e${i}`)));
    fc.assert(
      fc.property(
        crowded.chain((events) => fc.tuple(fc.constant(events), fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }))),
        ([events, shuffled]) => {
          expect(computeDyad(shuffled, LAST_DAY, RTI_1)).toEqual(computeDyad(events, LAST_DAY, RTI_1));
        },
      ),
    );
  });
});

describe("every dyad at once", () => {
  const ACTORS = ["CHN", "RUS", "TWN", "USA"];
  const manyDyads = fc.array(
    fc.tuple(eventShape(), fc.constantFrom(...ACTORS), fc.constantFrom(...ACTORS)).filter(([, x, y]) => x !== y),
    { maxLength: 60 },
  );

  it("computeAll, forEachDyad and iterateDyads agree with computeDyad on each dyad's events, in slug order", () => {
    fc.assert(
      fc.property(manyDyads, asOfDay, (rows, asOf) => {
        const events = rows.map(([shape, x, y], i) => toEvent(shape, `e${i}`, [x, y]));
        const bySlug = new Map<string, EngineEvent[]>();
        for (const e of events) {
          const slug = [e.source, e.target].sort().join("-").toLowerCase();
          bySlug.set(slug, [...(bySlug.get(slug) ?? []), e]);
        }
        const expected = [...bySlug.keys()]
          .sort()
          .map((slug) => computeDyad(bySlug.get(slug)!, asOf, RTI_1))
          .filter((s) => s !== null);

        const visited: DyadSeries[] = [];
        forEachDyad(events, asOf, RTI_1, (s) => visited.push(s));
        expect(visited).toEqual(expected);
        expect([...iterateDyads(events, asOf, RTI_1)]).toEqual(expected);
        expect(computeAll(events, asOf, RTI_1)).toEqual(new Map(expected.map((s) => [s.dyad, s])));
      }),
    );
  });

  it("hands over one dyad at a time, computing the next only when asked", () => {
    const events = [event("a", 0, -2, "RUS", "USA"), event("b", 0, 2, "CHN", "USA")];
    const dyads = iterateDyads(events, 10, RTI_1);
    expect(dyads.next().value).toMatchObject({ dyad: "chn-usa" });
    expect(dyads.next().value).toMatchObject({ dyad: "rus-usa" });
    expect(dyads.next().done).toBe(true);
  });

  it("refuses bad methodology parameters and bad events before computing anything", () => {
    const visit = () => expect.unreachable();
    expect(() => forEachDyad([event("a", 0, -2)], 10, { halfLifeDays: 0, scale: 20 }, visit)).toThrow(/half-life/);
    expect(() => forEachDyad([event("a", 0, -2), event("b", 3, -12, "CHN", "USA")], 10, RTI_1, visit)).toThrow(/Event b: intensity/);
    expect(() => forEachDyad([event("a", 0, -2, "USA", "usa")], 10, RTI_1, visit)).toThrow(/two different actors/);
  });
});

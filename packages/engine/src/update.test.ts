import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeDyad } from "./compute";
import type { EngineEvent } from "./event";
import { RTI_1 } from "./methodology";
import { dyadEvents, eventShape, LAST_DAY, toEvent } from "./testing";
import { updateDyad } from "./update";

const AS_OF = LAST_DAY - 10; // some events fall after it

/** One event added, changed or removed; `earliest` is the first day whose events differ. */
const change = (events: EngineEvent[]) =>
  fc.oneof(
    eventShape().map((shape) => ({ next: [...events, toEvent(shape, "added")], earliest: shape.day })),
    fc.nat(events.length - 1).map((i) => ({ next: events.toSpliced(i, 1), earliest: events[i]!.day })),
    fc.tuple(fc.nat(events.length - 1), eventShape()).map(([i, shape]) => ({
      next: events.with(i, toEvent(shape, events[i]!.id)),
      earliest: Math.min(events[i]!.day, shape.day),
    })),
  );

describe("updateDyad", () => {
  it("equals a full recompute, bit for bit, after any one event is added, changed or removed", () => {
    fc.assert(
      fc.property(
        dyadEvents().chain((events) => fc.tuple(fc.constant(events), change(events), fc.nat(LAST_DAY))),
        ([events, { next, earliest }, slack]) => {
          const previous = computeDyad(events, AS_OF, RTI_1);
          fc.pre(previous !== null);
          // Any fromDay on or before the earliest change is allowed, even one before the series starts.
          const fromDay = earliest - (slack % 3 === 0 ? slack : 0);
          const updated = updateDyad(previous, next, fromDay, RTI_1);
          const full = computeDyad(next, AS_OF, RTI_1);
          if (full) expect(updated).toEqual(full);
          else expect([updated.startDay, updated.endDay, updated.value.length, updated.dyad]).toEqual([AS_OF + 1, AS_OF, 0, previous.dyad]);
        },
      ),
    );
  });

  it("reuses the previous series before fromDay instead of recomputing it", () => {
    const events: EngineEvent[] = [
      { id: "a", day: 0, source: "RUS", target: "USA", intensity: -4, weight: 1 },
      { id: "b", day: 20, source: "USA", target: "RUS", intensity: 1, weight: 1 },
    ];
    const previous = computeDyad(events, 40, RTI_1)!;
    previous.pressure[5] = 1234; // a marker a full recompute would overwrite
    const updated = updateDyad(previous, events.with(1, { ...events[1]!, intensity: -8 }), 20, RTI_1);
    expect(updated.pressure[5]).toBe(1234);
    expect(updated.pressure[20]).toBe(previous.pressure[19]! * 2 ** (-1 / 30) + 8);
    expect(updated.pressure).not.toBe(previous.pressure); // a new series: the previous one may be published
  });

  it("recomputes everything when the first event moves", () => {
    const a = { id: "a", day: 10, source: "RUS", target: "USA", intensity: -4, weight: 1 };
    const previous = computeDyad([a], 40, RTI_1)!;
    const earlier = updateDyad(previous, [a, { ...a, id: "b", day: 3 }], 3, RTI_1);
    expect([earlier.startDay, earlier.pressure[0]]).toEqual([3, 4]);
    expect(earlier.pressure[7]).toBeCloseTo(4 * 2 ** (-7 / 30) + 4, 12);
    const later = updateDyad(previous, [{ ...a, day: 30 }], 10, RTI_1);
    expect([later.startDay, later.value.length, later.pressure[0]]).toEqual([30, 11, 4]);
  });

  it("refuses events of another dyad", () => {
    const previous = computeDyad([{ id: "a", day: 0, source: "RUS", target: "USA", intensity: -4, weight: 1 }], 10, RTI_1)!;
    expect(() => updateDyad(previous, [{ id: "b", day: 0, source: "CHN", target: "USA", intensity: -4, weight: 1 }], 0, RTI_1)).toThrow(/rus-usa only; got chn-usa/);
  });
});

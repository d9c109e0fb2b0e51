import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeDyad } from "./compute";
import type { EngineEvent } from "./event";
import { explain } from "./explain";
import { RTI_1 } from "./methodology";
import { asOfDay, dyadEvents } from "./testing";

const event = (id: string, day: number, intensity: number, weight = 1): EngineEvent => ({ id, day, source: "RUS", target: "USA", intensity, weight });

describe("explain", () => {
  it("splits a day's pressure into the events behind it, biggest first", () => {
    // Day 30: the g = −4 event of day 0 has halved to 2; the g = +1 event of day 30 adds −1.
    const events = [event("call", 30, 1), event("recall", 0, -4), event("statement", 10, 0), event("later", 31, -9)];
    const why = explain(events, 30, RTI_1);
    expect(why.day).toBe(30);
    expect(why.pressure).toBeCloseTo(1, 12);
    expect(why.value.toFixed(2)).toBe("52.50");
    expect(why.contributions.map((c) => [c.eventId, c.day])).toEqual([
      ["recall", 0],
      ["call", 30],
    ]);
    expect(why.contributions[0]!.pressure).toBeCloseTo(2, 12);
    expect(why.contributions[0]!.share).toBeCloseTo(2 / 3, 12);
    expect(why.contributions[1]).toEqual({ eventId: "call", day: 30, pressure: -1, share: expect.closeTo(1 / 3, 12) });
  });

  it("reports the series' own P and T for the day, and keeps at most `limit` events", () => {
    fc.assert(
      fc.property(dyadEvents(), asOfDay, fc.nat(5), (events, day, limit) => {
        const why = explain(events, day, RTI_1, limit);
        const s = computeDyad(events, day, RTI_1);
        expect(why.pressure).toBe(s ? s.pressure.at(-1) : 0);
        expect(why.value).toBe(s ? s.value.at(-1) : 50);
        expect(why.contributions.length).toBeLessThanOrEqual(limit);
        const magnitudes = why.contributions.map((c) => Math.abs(c.pressure));
        expect(magnitudes).toEqual(magnitudes.toSorted((a, b) => b - a));
      }),
    );
  });

  it("has contributions that add up to the day's pressure and shares that add up to 1", () => {
    fc.assert(
      fc.property(dyadEvents(), asOfDay, (events, day) => {
        const { pressure, contributions } = explain(events, day, RTI_1, Infinity);
        const sum = contributions.reduce((a, c) => a + c.pressure, 0);
        expect(Math.abs(sum - pressure)).toBeLessThan(1e-9 * (1 + contributions.reduce((a, c) => a + Math.abs(c.pressure), 0)));
        if (contributions.length > 0) expect(contributions.reduce((a, c) => a + c.share, 0)).toBeCloseTo(1, 12);
        for (const c of contributions) expect(events.find((e) => e.id === c.eventId)!.day).toBeLessThanOrEqual(day);
      }),
    );
  });

  it("is neutral before the dyad's first event", () => {
    expect(explain([event("a", 10, -4)], 9, RTI_1)).toEqual({ day: 9, pressure: 0, value: 50, contributions: [] });
  });
});

import { describe, expect, it } from "vitest";
import { dyadSlug } from "./dyad";
import { syntheticEvents } from "./synthetic";

const options = { seed: 1, dyads: 30, events: 20_000, fromDay: 18_000, days: 365 };

describe("syntheticEvents", () => {
  it("gives the same events for the same seed, other events for another", () => {
    expect(syntheticEvents(options)).toEqual(syntheticEvents(options));
    expect(syntheticEvents({ ...options, seed: 2 })).not.toEqual(syntheticEvents(options));
  });

  it("keeps to the requested dyads, days and the methodology's ranges", () => {
    const events = syntheticEvents(options);
    expect(events).toHaveLength(20_000);
    expect(new Set(events.map((e) => e.id)).size).toBe(20_000);
    expect(new Set(events.map((e) => dyadSlug(e.source, e.target))).size).toBe(30);
    const days = events.map((e) => e.day);
    expect([Math.min(...days), Math.max(...days)]).toEqual([18_000, 18_364]);
    const intensities = new Set(events.map((e) => e.intensity));
    expect([...intensities].every((g) => Math.abs(g) <= 10 && Number.isInteger(g * 10))).toBe(true); // one decimal, as Goldstein values
    expect(intensities.size).toBeGreaterThan(10);
    expect(new Set(events.map((e) => e.weight))).toEqual(new Set([1, 0.5, 0.25]));
    expect(events.every((e) => /^X[A-Z]{2}$/.test(e.source) && /^X[A-Z]{2}$/.test(e.target))).toBe(true);
  });

  it("looks plausible: both directions, cooperation and conflict, hot and quiet dyads", () => {
    const events = syntheticEvents(options);
    const perDyad = new Map<string, number>();
    for (const e of events) {
      const slug = dyadSlug(e.source, e.target);
      perDyad.set(slug, (perDyad.get(slug) ?? 0) + 1);
    }
    const counts = [...perDyad.values()].sort((a, b) => a - b);
    expect(counts.at(-1)!).toBeGreaterThan(5 * counts[0]!);
    const conflictShare = events.filter((e) => e.intensity < 0).length / events.length;
    expect(conflictShare).toBeGreaterThan(0.2);
    expect(conflictShare).toBeLessThan(0.6);
    const forward = events.filter((e) => e.source < e.target).length / events.length;
    expect(Math.abs(forward - 0.5)).toBeLessThan(0.05);
  });

  it("refuses impossible options", () => {
    expect(() => syntheticEvents({ ...options, dyads: 0 })).toThrow(/dyads/);
    expect(() => syntheticEvents({ ...options, dyads: 300_000 })).toThrow(/dyads/);
    expect(() => syntheticEvents({ ...options, days: 0 })).toThrow(/days/);
    expect(() => syntheticEvents({ ...options, events: -1 })).toThrow(/events/);
  });
});

import { describe, expect, it } from "vitest";
import { eventsOnChart, markedEvents, MAX_MARKERS } from "./chart-events";
import type { ReleaseEvent, SeriesPoint } from "./types";

/** Events on consecutive days with strengths from a seeded sequence (|intensity| × weight varies). */
function events(n: number): ReleaseEvent[] {
  return Array.from({ length: n }, (_, i) => {
    const date = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    return { eventId: `e${i}`, date, intensity: ((i * 7919) % 21) - 10, weight: i % 3 === 0 ? 0.5 : 1 } as ReleaseEvent;
  });
}

describe("markedEvents", () => {
  it("marks every event when there are few", () => {
    const few = events(MAX_MARKERS);
    expect(markedEvents(few)).toEqual(few);
  });

  it("marks only the strongest when there are many, keeping date order", () => {
    const many = events(MAX_MARKERS * 4);
    const marked = markedEvents(many);
    expect(marked).toHaveLength(MAX_MARKERS);
    expect(marked.map((e) => e.date)).toEqual([...marked.map((e) => e.date)].sort());
    const strength = (e: ReleaseEvent) => Math.abs(e.intensity) * e.weight;
    const weakestMarked = Math.min(...marked.map(strength));
    const strongestLeft = Math.max(...many.filter((e) => !marked.includes(e)).map(strength));
    expect(weakestMarked).toBeGreaterThanOrEqual(strongestLeft);
  });
});

describe("eventsOnChart", () => {
  it("keeps the events on the days the chart shows", () => {
    const all = events(10);
    const points = all.slice(2, 5).map((e) => ({ date: e.date }) as SeriesPoint);
    expect(eventsOnChart(points, all).map((e) => e.eventId)).toEqual(["e2", "e3", "e4"]);
  });
});

// Which events a dyad's chart marks.
import type { ReleaseEvent, SeriesPoint } from "./types";

/** The events that fall on the shown days, in the order the chart numbers its markers. */
export function eventsOnChart(points: SeriesPoint[], events: ReleaseEvent[]): ReleaseEvent[] {
  const shown = new Set(points.map((p) => p.date));
  return events.filter((e) => shown.has(e.date));
}

/**
 * The most markers a chart draws: ten years of a busy dyad hold thousands of events, which
 * overlap into a smear, and each costs the page markup and the browser memory.
 */
export const MAX_MARKERS = 300;

/** The events the chart marks: all of them, or the MAX_MARKERS strongest (|intensity| × weight), in date order. */
export function markedEvents(events: ReleaseEvent[]): ReleaseEvent[] {
  if (events.length <= MAX_MARKERS) return events;
  const strength = (e: ReleaseEvent) => Math.abs(e.intensity) * e.weight;
  const strongest = new Set([...events].sort((a, b) => strength(b) - strength(a)).slice(0, MAX_MARKERS));
  return events.filter((e) => strongest.has(e));
}

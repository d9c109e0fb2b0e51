// fast-check arbitraries and helpers shared by the engine's tests (not exported from index.ts).
import fc from "fast-check";
import type { EngineEvent } from "./event";
import type { DyadSeries } from "./series";

/** Days 0 … 80: short enough that events crowd onto the same days, where summation order matters. */
export const LAST_DAY = 80;

export interface EventShape {
  day: number;
  intensity: number;
  weight: number;
  forward: boolean;
}

/** Goldstein-like intensities (one decimal) and arbitrary weights in (0, 1]. */
export const eventShape = (intensity = fc.integer({ min: -100, max: 100 })): fc.Arbitrary<EventShape> =>
  fc.record({
    day: fc.integer({ min: 0, max: LAST_DAY }),
    intensity: intensity.map((tenths) => tenths / 10),
    weight: fc.double({ min: 0.01, max: 1, noNaN: true }),
    forward: fc.boolean(),
  });

export const conflictShape = eventShape(fc.integer({ min: -100, max: -1 }));

/** An event of the dyad {source, target}; `forward` keeps the given direction. */
export function toEvent(shape: EventShape, id: string, [source, target]: [string, string] = ["RUS", "USA"]): EngineEvent {
  return { id, day: shape.day, intensity: shape.intensity, weight: shape.weight, ...(shape.forward ? { source, target } : { source: target, target: source }) };
}

/** Events of one dyad (RUS–USA). */
export const dyadEvents = (maxLength = 40): fc.Arbitrary<EngineEvent[]> =>
  fc.array(eventShape(), { minLength: 1, maxLength }).map((shapes) => shapes.map((s, i) => toEvent(s, `e${i}`)));

/** An as-of day that leaves some events after it now and then. */
export const asOfDay = fc.integer({ min: 0, max: LAST_DAY + 20 });

/** The series' value on a day; before the dyad's first event P = 0, so T = 50. */
export function valueOn(s: DyadSeries | null, day: number): number {
  return s && day >= s.startDay ? s.value[day - s.startDay]! : 50;
}

// What the engine needs of a reviewed event (methodology.md, Inputs).

export interface EngineEvent {
  id: string;
  /** Whole days since 1970-01-01 UTC (see dayNumber). */
  day: number;
  /** Actor codes, e.g. "RUS"; case does not matter. */
  source: string;
  target: string;
  /** g_e in [−10, 10]: conflict below 0, cooperation above. */
  intensity: number;
  /** w_e in (0, 1]. */
  weight: number;
}

/** The event's impulse w·(−g), after refusing values that would poison every later day. */
export function impulseOf(e: EngineEvent): number {
  if (!Number.isInteger(e.day)) throw new RangeError(`Event ${e.id}: the day must be a whole day number; got ${e.day}.`);
  if (!(e.intensity >= -10 && e.intensity <= 10)) throw new RangeError(`Event ${e.id}: intensity must lie in [-10, 10]; got ${e.intensity}.`);
  if (!(e.weight > 0 && e.weight <= 1)) throw new RangeError(`Event ${e.id}: weight must lie in (0, 1]; got ${e.weight}.`);
  return e.weight * -e.intensity;
}

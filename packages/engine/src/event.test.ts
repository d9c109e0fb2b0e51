import { describe, expect, it } from "vitest";
import { impulseOf, type EngineEvent } from "./event";

const base: EngineEvent = { id: "e1", day: 0, source: "RUS", target: "USA", intensity: -4, weight: 1 };

describe("impulseOf", () => {
  it("is w·(−g): conflict pushes the index up, cooperation down", () => {
    expect(impulseOf(base)).toBe(4);
    expect(impulseOf({ ...base, intensity: 1, weight: 0.5 })).toBe(-0.5);
  });

  it("refuses values that would poison every later day, naming the event", () => {
    expect(() => impulseOf({ ...base, intensity: -10.5 })).toThrow(/Event e1: intensity/);
    expect(() => impulseOf({ ...base, intensity: Number.NaN })).toThrow(/intensity/);
    expect(() => impulseOf({ ...base, weight: 0 })).toThrow(/weight/);
    expect(() => impulseOf({ ...base, weight: 1.01 })).toThrow(/weight/);
    expect(() => impulseOf({ ...base, day: 0.5 })).toThrow(/day/);
    expect(impulseOf({ ...base, intensity: 10, weight: 0.01 })).toBeCloseTo(-0.1, 15);
  });
});

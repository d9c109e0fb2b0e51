import { describe, expect, it } from "vitest";
import { mulberry32 } from "./random";

const draws = (seed: number, n: number) => Array.from({ length: n }, mulberry32(seed));

describe("mulberry32", () => {
  it("repeats its sequence for a seed and changes it with the seed", () => {
    expect(draws(42, 50)).toEqual(draws(42, 50));
    expect(draws(43, 50)).not.toEqual(draws(42, 50));
  });

  it("draws uniformly from [0, 1)", () => {
    const xs = draws(7, 100_000);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const tenths = new Array<number>(10).fill(0);
    for (const x of xs) tenths[Math.floor(x * 10)]!++;
    for (const count of tenths) expect(Math.abs(count - 10_000)).toBeLessThan(500); // > 5 standard deviations
  });
});

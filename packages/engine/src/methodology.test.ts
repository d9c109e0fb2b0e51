import { describe, expect, it } from "vitest";
import { checkMethodology, decayFactor, indexValue, RTI_1 } from "./methodology";

describe("methodology parameters", () => {
  it("RTI-1 pins H = 30 days and K = 20", () => {
    expect(RTI_1).toEqual({ halfLifeDays: 30, scale: 20 });
  });

  it("decays pressure to half over H days", () => {
    expect(decayFactor(RTI_1) ** 30).toBeCloseTo(0.5, 14);
    expect(decayFactor({ halfLifeDays: 7, scale: 20 }) ** 7).toBeCloseTo(0.5, 14);
  });

  it("refuses parameters that would fill a release with NaN", () => {
    for (const m of [
      { halfLifeDays: 0, scale: 20 },
      { halfLifeDays: -30, scale: 20 },
      { halfLifeDays: Number.NaN, scale: 20 },
      { halfLifeDays: 30, scale: 0 },
      { halfLifeDays: 30, scale: Number.POSITIVE_INFINITY },
    ]) {
      expect(() => checkMethodology(m)).toThrow(RangeError);
    }
    expect(() => checkMethodology(RTI_1)).not.toThrow();
  });

  it("puts zero pressure at the neutral 50 and is symmetric about it", () => {
    expect(indexValue(0, RTI_1)).toBe(50);
    expect(indexValue(7, RTI_1) + indexValue(-7, RTI_1)).toBeCloseTo(100, 12);
  });

  it("reaches exactly 0 or 100 only where float64 runs out of digits (|P| ≳ 19·K)", () => {
    expect(indexValue(18 * 20, RTI_1)).toBeLessThan(100);
    expect(indexValue(-18 * 20, RTI_1)).toBeGreaterThan(0);
    expect(indexValue(20 * 20, RTI_1)).toBe(100);
  });
});
